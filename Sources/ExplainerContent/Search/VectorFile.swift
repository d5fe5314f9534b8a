import Foundation

/// The document vectors stored in the content folder (`vectors.bin`), so a restart embeds nothing.
///
/// Binary and read with `mmap`, so a folder of 1000 times the explainer (tens of thousands of
/// vectors) starts in a fraction of a second: a 96-byte header (magic, format version, dimension,
/// counts, the model's SHA-256), a table of the distinct texts' SHA-256, an entry table (document
/// key, text), the keys' UTF-8, then each distinct text's vector as little-endian float32, aligned to
/// 64 bytes (`VectorFile+Format`). A text is stored once however many documents share it, and its
/// vector is used whenever the file's model is the embedder's and the text's digest matches
/// (`DenseIndexBuild`), so an edited passage or new weights are embedded again and a stale file is
/// never wrong, only slower. `explainer-server index DIR` writes it; the content loader never reads it.
public struct VectorFile: Sendable, Equatable {
    /// The file's name inside the content folder.
    public static let fileName = "vectors.bin"
    /// The largest file read, in bytes (2 GiB − 1: about 1.3 million distinct texts of 384 floats).
    public static let maximumBytes = Int(Int32.max)
    /// The largest dimension accepted.
    public static let maximumDimension = 4096
    /// The most entries (and so the most distinct texts) accepted: 4,194,304.
    public static let maximumEntries = 1 << 22
    /// The longest document key accepted, in UTF-8 bytes.
    public static let maximumKeyBytes = 1024

    /// One document's use of a stored text.
    public struct Entry: Sendable, Hashable {
        /// The document's `type:id`.
        public var key: String
        /// The text's row: its digest is `textSHA256[text]` and its vector `vector(text:)`.
        public var text: Int

        /// Creates an entry.
        public init(key: String, text: Int) {
            self.key = key
            self.text = text
        }
    }

    /// The model the vectors come from (`TextEmbedding.modelID`, at most 64 bytes).
    public let modelID: String
    /// Floats per vector.
    public let dimension: Int
    /// Every document's texts, in document order.
    public let entries: [Entry]
    /// The SHA-256 (lower-case hex) of each distinct text, by row, in order of first use.
    public let textSHA256: [String]
    /// The file's bytes, header to last vector.
    let storage: VectorFileBytes
    /// Where the first vector starts in `storage`.
    let vectorOffset: Int

    /// The file for `vectors` (`textSHA256.count × dimension` floats, by row), encoded now.
    ///
    /// - Precondition: `modelID` is 1…64 UTF-8 bytes without NUL, every entry's text is a row, every
    ///   key 1…`maximumKeyBytes` bytes, and the counts and dimension are within their maximums.
    public init(modelID: String, dimension: Int, entries: [Entry], textSHA256: [String], vectors: [Float]) {
        let bytes = Self.encode(modelID: modelID, dimension: dimension, entries: entries, textSHA256: textSHA256, vectors: vectors)
        // What `encode` writes always parses; a failure here is a bug in one of the two.
        do {
            self = try VectorFile(storage: VectorFileBytes(copying: bytes), path: Self.fileName)
        } catch {
            preconditionFailure("an encoded vector file does not parse: \(error)")
        }
    }

    /// Parses a file's bytes; `path` names it in errors.
    ///
    /// - Throws: `.malformed` naming the first problem (see `VectorFile+Format`).
    public init(bytes: [UInt8], path: String = fileName) throws(VectorFileError) {
        try self.init(storage: VectorFileBytes(copying: bytes), path: path)
    }

    /// Maps `vectors.bin` of `directory` read-only and checks it; `nil` when there is none.
    ///
    /// The vectors stay in the mapping (page cache) until `DenseIndexBuild` copies the ones it uses.
    ///
    /// - Throws: `.unreadable`, `.tooLarge` over `maximumBytes`, or `.malformed`.
    public static func read(directory: String) throws(VectorFileError) -> VectorFile? {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard let storage = try VectorFileBytes.map(path: path, minimumBytes: headerBytes, maximumBytes: maximumBytes) else {
            return nil
        }
        return try VectorFile(storage: storage, path: path)
    }

    /// The vector of text row `text` (`dimension` floats).
    public func vector(text: Int) -> [Float] {
        var vector: [Float] = []
        vector.reserveCapacity(dimension)
        appendVector(text: text, to: &vector)
        return vector
    }

    /// Appends the vector of text row `text` to `floats`, without an intermediate array.
    func appendVector(text: Int, to floats: inout [Float]) {
        precondition((0..<textSHA256.count).contains(text), "no text row \(text)")
        let start = vectorOffset + text * dimension * 4
        #if _endian(little)
            // The data is aligned to 64 bytes in a page-aligned mapping (or a 64-aligned copy).
            let first = (storage.base + start).assumingMemoryBound(to: Float.self)
            floats.append(contentsOf: UnsafeBufferPointer(start: first, count: dimension))
        #else
            for position in 0..<dimension {
                floats.append(Float(bitPattern: storage.load(UInt32.self, at: start + position * 4)))
            }
        #endif
    }

    /// The file's bytes, as written by `index`.
    public func encoded() -> [UInt8] {
        Array(storage.bytes(at: 0, count: storage.count))
    }

    /// Two files are equal when their bytes are: the encoding is canonical (zero padding, no slack).
    public static func == (left: VectorFile, right: VectorFile) -> Bool {
        left.storage.count == right.storage.count && memcmp(left.storage.base, right.storage.base, left.storage.count) == 0
    }
}
