import ExplainerContent
import Foundation
import Testing

/// Small vector files and embedders for the stored-vector tests, none of which needs the model.
enum StoredVectorFixture {
    /// A claim whose only field is `body`.
    static func claim(_ id: String, _ body: String) -> SearchDocument {
        SearchDocument(
            id: id, type: .claim, title: "Research shows:", url: "/v1/claims/\(id)",
            fields: [SearchField(name: SearchField.Name.body, weight: 1, text: body)])
    }

    /// A unit vector of four floats from the text's bytes: different texts, different vectors.
    struct HashEmbedding: TextEmbedding {
        func embed(_ text: String) -> [Float] {
            var state: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in text.utf8 { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
            let raw = (0..<4).map { Float((state >> (16 * UInt64($0))) & 0xFFFF) + 1 }
            let length = raw.map { $0 * $0 }.reduce(0, +).squareRoot()
            return raw.map { $0 / length }
        }
        var modelID: String { "hash-embedding" }
        var dimension: Int { 4 }
    }

    /// An embedder with a stored file's model that records an issue if it is ever asked for a vector:
    /// for builds that must take every vector from the file.
    struct RefusingEmbedding: TextEmbedding {
        let modelID: String
        let dimension: Int

        init(of file: VectorFile) {
            modelID = file.modelID
            dimension = file.dimension
        }

        func embed(_ text: String) -> [Float] {
            Issue.record("a text was embedded although the stored vectors should cover it")
            return [Float](repeating: 0, count: dimension)
        }
    }

    /// Three entries (`claim:a`…`claim:c`, 21 key bytes) over two texts of four floats, model
    /// `hash-embedding`: 96 header + 64 digests + 36 entries (from 160) + 21 keys (from 196) + 39
    /// padding (from 217) + 32 of vectors (from 256) = 288 bytes.
    static func smallFile() -> VectorFile {
        let documents = [claim("a", "One text."), claim("b", "One text."), claim("c", "Another text.")]
        return DenseIndexBuild(documents: documents, embedder: HashEmbedding(), stored: nil).file
    }

    /// One way to damage `smallFile()`'s bytes and the reason the parser must give.
    struct Corruption: Sendable, CustomTestStringConvertible {
        let name: String
        let reason: String
        let apply: @Sendable (inout [UInt8]) -> Void
        var testDescription: String { name }
    }

    /// Writes `value` little-endian at `offset`.
    static func put(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for position in 0..<4 { bytes[offset + position] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(position))) }
    }

    /// Every header field, table and padding out of bounds, one at a time.
    static let corruptions: [Corruption] = [
        Corruption(name: "magic", reason: "no vector-file magic") { $0[0] = UInt8(ascii: "Y") },
        Corruption(name: "version", reason: "format version 2, expected 1") { put(2, at: 8, in: &$0) },
        Corruption(name: "dimension 0", reason: "dimension 0") { put(0, at: 12, in: &$0) },
        Corruption(name: "dimension 4097", reason: "dimension 4097") { put(4097, at: 12, in: &$0) },
        Corruption(name: "more texts than entries", reason: "4 texts for 3 entries") { put(4, at: 16, in: &$0) },
        Corruption(name: "entries over the limit", reason: "4294967295 entries, over 4194304") { put(.max, at: 20, in: &$0) },
        Corruption(name: "key bytes over the limit", reason: "4000000 key bytes for 3 entries") { put(4_000_000, at: 24, in: &$0) },
        Corruption(name: "reserved", reason: "reserved field is not zero") { put(1, at: 28, in: &$0) },
        Corruption(name: "model ID padding", reason: "model ID is not 1…64 bytes of UTF-8, NUL-padded") { $0[95] = 0x41 },
        Corruption(name: "model ID empty", reason: "model ID is not 1…64 bytes of UTF-8, NUL-padded") {
            for position in 32..<96 { $0[position] = 0 }
        },
        Corruption(name: "a byte too many", reason: "289 bytes, expected 288 for 2 texts and 3 entries") { $0.append(0) },
        Corruption(name: "key bytes that move the end", reason: "288 bytes, expected 352 for 2 texts and 3 entries") {
            put(100, at: 24, in: &$0)
        },
        Corruption(name: "padding", reason: "padding before the vectors is not zero") { $0[220] = 1 },
        Corruption(name: "text row", reason: "entry 0: text row 2 of 2") { put(2, at: 168, in: &$0) },
        Corruption(name: "empty key", reason: "entry 0: key range 0+0 outside 21 key bytes") { put(0, at: 164, in: &$0) },
        Corruption(name: "key past the keys", reason: "entry 2: key range 20+7 outside 21 key bytes") { put(20, at: 184, in: &$0) },
        Corruption(name: "key not UTF-8", reason: "entry 0: key is not UTF-8") { $0[196] = 0xFF },
    ]

    /// A fresh empty folder, removed after `body`.
    static func withFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }
}
