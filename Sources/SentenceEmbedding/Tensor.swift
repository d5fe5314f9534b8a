/// One float32 tensor inside a memory-mapped safetensors file: a pointer into the mapping and a shape.
///
/// It owns nothing; it is valid only while the `SafetensorsFile` it came from is alive, which the
/// encoder guarantees by holding the file for its whole life.
struct Tensor: @unchecked Sendable {
    /// The first element, row-major.
    let data: UnsafePointer<Float>
    /// The dimensions, outermost first.
    let shape: [Int]

    /// The number of elements.
    var count: Int { shape.reduce(1, *) }
}
