/// Escaping for text placed in HTML, shared by the Markdown renderer and search snippets.
package enum HTMLText {
    /// Appends `text` escaped for element content and attribute values alike: the five characters
    /// that could start or end markup or an attribute become entities, every other byte is kept.
    package static func escape<Bytes: Sequence>(_ text: Bytes, into output: inout [UInt8]) where Bytes.Element == UInt8 {
        // A native string's bytes (the usual argument) are escaped in runs, copied whole between entities.
        if text.withContiguousStorageIfAvailable({ escape($0, into: &output) }) != nil { return }
        for byte in text {
            if let entity = entity(for: byte) { output.append(contentsOf: entity) } else { output.append(byte) }
        }
    }

    /// `escape`, over contiguous bytes: the runs between the five characters are appended whole.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var run = 0
        for i in bytes.indices {
            guard let entity = entity(for: bytes[i]) else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            output.append(contentsOf: entity)
            run = i + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
    }

    private static let ampersand: [UInt8] = [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
    private static let lessThan: [UInt8] = [0x26, 0x6C, 0x74, 0x3B]  // &lt;
    private static let greaterThan: [UInt8] = [0x26, 0x67, 0x74, 0x3B]  // &gt;
    private static let quotation: [UInt8] = [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
    private static let apostrophe: [UInt8] = [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;

    /// The entity a byte is written as, or nil for a byte kept as it is.
    private static func entity(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quotation
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }
}
