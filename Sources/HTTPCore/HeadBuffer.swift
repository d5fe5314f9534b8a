/// A response head being written into storage sized for it in advance: bytes copied with `memcpy`,
/// no capacity or uniqueness check per append (`ResponseWriter.serialize`).
///
/// The writer measures the most the head can take before it starts, so every append here is in
/// bounds; a field it then drops (not a token, a control byte in the value) only leaves room unused.
struct HeadBuffer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        // A head always has room for at least its status line, so the storage exists.
        base = buffer.baseAddress!
        capacity = buffer.count
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        precondition(count + bytes.count <= capacity, "response head measured too small")
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(byte: UInt8) {
        precondition(count < capacity, "response head measured too small")
        base[count] = byte
        count += 1
    }

    mutating func appendCRLF() {
        append(byte: 0x0D)
        append(byte: 0x0A)
    }

    /// A non-negative integer in decimal, written from its last digit back, without a string.
    mutating func appendDecimal(_ n: Int) {
        var n = max(n, 0)
        var digits = 1
        var rest = n / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        precondition(count + digits <= capacity, "response head measured too small")
        for i in stride(from: count + digits - 1, through: count, by: -1) {
            base[i] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
        }
        count += digits
    }

    /// `name: value\r\n` unless the name is not a token or the value holds a byte a field value may
    /// not (`FieldBlock.withCheckedField`); returns whether it was written.
    @discardableResult
    mutating func appendChecked(_ name: String, _ value: String) -> Bool {
        FieldBlock.withCheckedField(name, value) { nameBytes, valueBytes in
            append(nameBytes)
            append(byte: UInt8(ascii: ":"))
            append(byte: 0x20)
            append(valueBytes)
            appendCRLF()
        }
    }

    /// The most bytes `appendChecked` can write for a field.
    static func fieldLength(_ name: String, _ value: String) -> Int { name.utf8.count + value.utf8.count + 4 }

    /// The most bytes `appendDecimal` writes for any `Int`.
    static let decimalLength = 20
}
