/// The bytes of `vectors.bin`, format version 1, every integer little-endian:
///
/// | offset | bytes | field |
/// |---:|---:|---|
/// | 0 | 8 | magic `XPLVECS\0` |
/// | 8 | 4 | format version (1) |
/// | 12 | 4 | dimension, 1…4096 |
/// | 16 | 4 | distinct texts T, at most the entries |
/// | 20 | 4 | entries E, at most 4,194,304 |
/// | 24 | 4 | key bytes K, at most E × 1024 |
/// | 28 | 4 | zero |
/// | 32 | 64 | model ID (its SHA-256 in hex), NUL-padded |
/// | 96 | 32 × T | each text's SHA-256, raw |
/// | … | 12 × E | each entry: key offset in the keys, key length, text row |
/// | … | K | the keys, UTF-8 |
/// | … | 0…63 | zero, up to a multiple of 64 |
/// | … | 4 × dimension × T | the vectors, float32, by text row |
///
/// The file ends with the last vector. Parsing checks every field against its bound and every range
/// against the file's size before reading through it, and refuses padding that is not zero, so a
/// truncated, grown or hostile file is a `.malformed` error naming the file, and equal files are
/// equal bytes. Nothing in a file is trusted to be small: the bounds are what keep a parse cheap.
extension VectorFile {
    /// The magic: the format's name, so another file is refused at its first byte.
    static let magic: [UInt8] = Array("XPLVECS\u{0}".utf8)
    /// The format version written and required.
    static let version: UInt32 = 1
    /// The fixed header's length.
    static let headerBytes = 96
    /// The model ID field's length.
    static let modelIDBytes = 64
    /// The alignment of the vector data, in bytes (a cache line, and any SIMD load).
    static let vectorAlignment = 64

    /// Where each table starts and where the file must end, for counts read from a header.
    private struct Layout {
        let textTable: Int
        let entryTable: Int
        let keys: Int
        let padding: Int
        let vectors: Int
        let end: Int

        /// Offsets for the counts (already bounded, so no sum overflows an `Int`).
        init(dimension: Int, texts: Int, entries: Int, keyBytes: Int) {
            textTable = VectorFile.headerBytes
            entryTable = textTable + 32 * texts
            keys = entryTable + 12 * entries
            padding = keys + keyBytes
            vectors = (padding + VectorFile.vectorAlignment - 1) / VectorFile.vectorAlignment * VectorFile.vectorAlignment
            end = vectors + 4 * dimension * texts
        }
    }

    /// The canonical bytes for a file's contents (see the preconditions of `init(modelID:…)`).
    static func encode(modelID: String, dimension: Int, entries: [Entry], textSHA256: [String], vectors: [Float]) -> [UInt8] {
        let modelBytes = Array(modelID.utf8)
        precondition((1...modelIDBytes).contains(modelBytes.count) && !modelBytes.contains(0), "model ID of 1…64 bytes")
        precondition((1...maximumDimension).contains(dimension) && entries.count <= maximumEntries, "dimension or entries out of bounds")
        precondition(textSHA256.count <= max(entries.count, 0) && vectors.count == textSHA256.count * dimension, "one vector per text")
        // Each key once, in order of first use; entries point at it.
        var keyOffsets: [String: Int] = [:]
        var keys: [UInt8] = []
        var table: [UInt8] = []
        table.reserveCapacity(12 * entries.count)
        for entry in entries {
            precondition((0..<textSHA256.count).contains(entry.text), "entry of an unknown text")
            let utf8 = entry.key.utf8
            precondition((1...maximumKeyBytes).contains(utf8.count), "key of 1…\(maximumKeyBytes) bytes")
            let offset: Int
            if let known = keyOffsets[entry.key] {
                offset = known
            } else {
                offset = keys.count
                keyOffsets[entry.key] = offset
                keys.append(contentsOf: utf8)
            }
            append(UInt32(offset), to: &table)
            append(UInt32(utf8.count), to: &table)
            append(UInt32(entry.text), to: &table)
        }
        let layout = Layout(dimension: dimension, texts: textSHA256.count, entries: entries.count, keyBytes: keys.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(layout.end)
        bytes += magic
        for field in [version, UInt32(dimension), UInt32(textSHA256.count), UInt32(entries.count), UInt32(keys.count), 0] {
            append(field, to: &bytes)
        }
        bytes += modelBytes + [UInt8](repeating: 0, count: modelIDBytes - modelBytes.count)
        for digest in textSHA256 {
            let raw = hexBytes(digest)
            precondition(raw?.count == 32, "a text digest is not 64 hex digits")
            bytes += raw ?? []
        }
        bytes += table + keys
        bytes += [UInt8](repeating: 0, count: layout.vectors - layout.padding)
        for value in vectors { append(value.bitPattern, to: &bytes) }
        return bytes
    }

    /// Parses and checks `storage`; `path` names the file in errors.
    init(storage: VectorFileBytes, path: String) throws(VectorFileError) {
        func fail(_ reason: String) -> VectorFileError { .malformed(path: path, reason: reason) }
        guard storage.count >= Self.headerBytes else { throw fail("\(storage.count) bytes, shorter than the header") }
        guard Array(storage.bytes(at: 0, count: 8)) == Self.magic else { throw fail("no vector-file magic") }
        let version = storage.load(UInt32.self, at: 8)
        guard version == Self.version else { throw fail("format version \(version), expected \(Self.version)") }
        let dimension = Int(storage.load(UInt32.self, at: 12))
        let texts = Int(storage.load(UInt32.self, at: 16))
        let entryCount = Int(storage.load(UInt32.self, at: 20))
        let keyBytes = Int(storage.load(UInt32.self, at: 24))
        guard (1...Self.maximumDimension).contains(dimension) else { throw fail("dimension \(dimension)") }
        guard entryCount <= Self.maximumEntries else { throw fail("\(entryCount) entries, over \(Self.maximumEntries)") }
        guard texts <= entryCount else { throw fail("\(texts) texts for \(entryCount) entries") }
        guard keyBytes <= entryCount * Self.maximumKeyBytes else { throw fail("\(keyBytes) key bytes for \(entryCount) entries") }
        guard storage.load(UInt32.self, at: 28) == 0 else { throw fail("reserved field is not zero") }
        let modelField = Array(storage.bytes(at: 32, count: Self.modelIDBytes))
        let modelLength = modelField.firstIndex(of: 0) ?? Self.modelIDBytes
        guard modelLength > 0, modelField[modelLength...].allSatisfy({ $0 == 0 }),
            let modelID = String(validating: modelField[..<modelLength], as: UTF8.self)
        else { throw fail("model ID is not 1…64 bytes of UTF-8, NUL-padded") }
        let layout = Layout(dimension: dimension, texts: texts, entries: entryCount, keyBytes: keyBytes)
        guard storage.count == layout.end else {
            throw fail("\(storage.count) bytes, expected \(layout.end) for \(texts) texts and \(entryCount) entries")
        }
        guard storage.bytes(at: layout.padding, count: layout.vectors - layout.padding).allSatisfy({ $0 == 0 }) else {
            throw fail("padding before the vectors is not zero")
        }
        let digests = (0..<texts).map { LowercaseHex.string(storage.bytes(at: layout.textTable + 32 * $0, count: 32)) }
        var keysByOffset: [Int: String] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(entryCount)
        for position in 0..<entryCount {
            let field = layout.entryTable + 12 * position
            let offset = Int(storage.load(UInt32.self, at: field))
            let length = Int(storage.load(UInt32.self, at: field + 4))
            let text = Int(storage.load(UInt32.self, at: field + 8))
            guard text < texts else { throw fail("entry \(position): text row \(text) of \(texts)") }
            guard (1...Self.maximumKeyBytes).contains(length), offset + length <= keyBytes else {
                throw fail("entry \(position): key range \(offset)+\(length) outside \(keyBytes) key bytes")
            }
            if let known = keysByOffset[offset], known.utf8.count == length {
                entries.append(Entry(key: known, text: text))
                continue
            }
            guard let key = String(validating: storage.bytes(at: layout.keys + offset, count: length), as: UTF8.self) else {
                throw fail("entry \(position): key is not UTF-8")
            }
            keysByOffset[offset] = key
            entries.append(Entry(key: key, text: text))
        }
        self.modelID = modelID
        self.dimension = dimension
        self.entries = entries
        self.textSHA256 = digests
        self.storage = storage
        self.vectorOffset = layout.vectors
    }

    /// Appends `value` little-endian.
    private static func append<Integer: FixedWidthInteger>(_ value: Integer, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// The bytes of lower-case or upper-case hex, or nil for anything else.
    private static func hexBytes(_ hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for pair in stride(from: 0, to: digits.count, by: 2) {
            guard let high = value(digits[pair]), let low = value(digits[pair + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }
}
