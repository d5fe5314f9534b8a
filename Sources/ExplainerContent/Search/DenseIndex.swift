/// Unit vectors for the search documents (one or more each), for exhaustive cosine ranking.
///
/// The explainer has a few hundred vectors, so a flat scan (384 multiply-adds each) takes
/// microseconds and needs no approximate index. A document's score is the best cosine of its vectors
/// (`SearchDocument.embeddingTexts`). Built by `DenseIndexBuild`; immutable and shared by every worker.
public struct DenseIndex: Sendable {
    /// The model the vectors come from (`TextEmbedding.modelID`).
    public let modelID: String
    /// Floats per vector.
    public let dimension: Int
    /// How many documents the vectors cover (slots `0..<documentCount`).
    public let documentCount: Int
    /// The document slot each vector belongs to, in order.
    public let owners: [Int]
    /// The vectors back to back, `owners.count × dimension` floats.
    private let storage: [Float]

    /// Creates an index: `vectors[i]` belongs to document `owners[i]`.
    ///
    /// - Precondition: every vector has `dimension` floats, one owner each, every owner below
    ///   `documentCount`, and every document has at least one vector.
    public init(modelID: String, dimension: Int, documentCount: Int, vectors: [[Float]], owners: [Int]) {
        precondition(vectors.allSatisfy { $0.count == dimension } && vectors.count == owners.count, "one owner per vector")
        precondition(Set(owners) == Set(0..<documentCount), "every document has a vector")
        self.modelID = modelID
        self.dimension = dimension
        self.documentCount = documentCount
        self.owners = owners
        self.storage = vectors.flatMap { $0 }
    }

    /// Vector `position` (in `owners` order).
    public func vector(at position: Int) -> ArraySlice<Float> {
        storage[position * dimension..<(position + 1) * dimension]
    }

    /// Each document's best cosine with `query`, by document slot (dot products: all vectors are unit
    /// length). A query of another length scores -1 everywhere.
    public func cosines(to query: [Float]) -> [Float] {
        var result = [Float](repeating: -1, count: documentCount)
        guard query.count == dimension else { return result }
        storage.withUnsafeBufferPointer { vectors in
            query.withUnsafeBufferPointer { q in
                for (position, owner) in owners.enumerated() {
                    var sum: Float = 0
                    let base = position * dimension
                    for step in 0..<dimension { sum += vectors[base + step] * q[step] }
                    result[owner] = max(result[owner], sum)
                }
            }
        }
        return result
    }
}
