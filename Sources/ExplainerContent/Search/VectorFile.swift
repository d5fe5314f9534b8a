import Foundation

/// The document vectors stored in the content folder (`vectors.json`), so a restart embeds nothing.
///
/// JSON, one entry per vector: its document's `key` (`type:id`), the SHA-256 of the text it was embedded from
/// and the vector as base64 of little-endian float32; the whole file names the model's SHA-256 and
/// the dimension. An entry is used only when the model and the text's digest both still match
/// (`DenseIndexBuild`), so an edited passage or new weights are embedded again and a stale file is
/// never wrong, only slower. `explainer-server index DIR` writes it; the content loader never reads it.
public struct VectorFile: Sendable, Hashable {
    /// The file's name inside the content folder.
    public static let fileName = "vectors.json"
    /// The largest file read, in bytes (64 MiB: about 30,000 vectors of 384 floats).
    public static let maximumBytes = 64 << 20
    /// The largest dimension accepted.
    public static let maximumDimension = 4096
    /// The format tag written and required.
    static let format = "explainer-vectors/1"

    /// One stored vector.
    public struct Entry: Sendable, Hashable {
        /// The document's `type:id`.
        public var key: String
        /// SHA-256 of the text the vector was made from (one of `SearchDocument.embeddingTexts`).
        public var textSHA256: String
        /// `dimension` floats.
        public var vector: [Float]

        /// Creates an entry.
        public init(key: String, textSHA256: String, vector: [Float]) {
            self.key = key
            self.textSHA256 = textSHA256
            self.vector = vector
        }
    }

    /// The model the vectors come from (`TextEmbedding.modelID`).
    public var modelID: String
    /// Floats per vector.
    public var dimension: Int
    /// The vectors, in document order.
    public var entries: [Entry]

    /// Creates a file's contents.
    public init(modelID: String, dimension: Int, entries: [Entry]) {
        self.modelID = modelID
        self.dimension = dimension
        self.entries = entries
    }

    /// Parses a file's bytes.
    ///
    /// - Throws: `.malformed` naming the first problem: not JSON, another format, a dimension outside
    ///   1…4096, or a vector that is not `dimension` floats.
    public init(bytes: [UInt8]) throws(VectorFileError) {
        let stored: Stored
        do {
            stored = try JSONDecoder().decode(Stored.self, from: Data(bytes))
        } catch {
            throw .malformed("not a vector file (\(type(of: error)))")
        }
        guard stored.format == Self.format else { throw .malformed("format \(stored.format), expected \(Self.format)") }
        guard (1...Self.maximumDimension).contains(stored.dimension) else { throw .malformed("dimension \(stored.dimension)") }
        var entries: [Entry] = []
        entries.reserveCapacity(stored.vectors.count)
        for entry in stored.vectors {
            guard let data = Data(base64Encoded: entry.vector), data.count == stored.dimension * 4 else {
                throw .malformed("\(entry.key): vector is not \(stored.dimension) base64 floats")
            }
            let vector = data.withUnsafeBytes { raw in
                (0..<stored.dimension).map { position in
                    Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
                }
            }
            entries.append(Entry(key: entry.key, textSHA256: entry.text_sha256, vector: vector))
        }
        self.init(modelID: stored.model_sha256, dimension: stored.dimension, entries: entries)
    }

    /// Reads `vectors.json` from `directory`; `nil` when there is none.
    ///
    /// - Throws: `.tooLarge` over `maximumBytes`, `.unreadable`, or what `init(bytes:)` throws.
    public static func read(directory: String) throws(VectorFileError) -> VectorFile? {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumBytes else { throw .tooLarge(path: path, bytes: size) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path, reason: "cannot open") }
        defer { try? handle.close() }
        // Read one byte past the limit, so a file that grew since the size check is still refused.
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        guard data.count <= maximumBytes else { throw .tooLarge(path: path, bytes: data.count) }
        return try VectorFile(bytes: Array(data))
    }

    /// The file's bytes: JSON with sorted keys, one vector per entry.
    public func encoded() -> [UInt8] {
        let stored = Stored(
            format: Self.format, model_sha256: modelID, dimension: dimension,
            vectors: entries.map { entry in
                var data = Data(capacity: entry.vector.count * 4)
                for value in entry.vector {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
                }
                return Stored.Vector(key: entry.key, text_sha256: entry.textSHA256, vector: data.base64EncodedString())
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and integers cannot fail.
        return Array((try? encoder.encode(stored)) ?? Data())
    }

    /// The JSON shape, field names as written.
    private struct Stored: Codable {
        struct Vector: Codable {
            var key: String
            var text_sha256: String
            var vector: String
        }
        var format: String
        var model_sha256: String
        var dimension: Int
        var vectors: [Vector]
    }
}
