import Foundation
import Glibc

/// BERT's uncased WordPiece tokenizer, as the model's `tokenizer.json` configures it.
///
/// The steps and their order are those of Hugging Face tokenizers' `BertNormalizer` (clean text,
/// space out CJK ideographs, strip accents, lower-case), `BertPreTokenizer` (split on whitespace and
/// punctuation) and `WordPiece` (greedy longest match, `##` for continuations, a word over 100
/// scalars is `[UNK]`), because sentence-transformers runs that Rust implementation and token ids
/// must match it exactly. Character classes follow `BertCharacter`. As there, the special tokens
/// (`[CLS]`, `[SEP]`, `[PAD]`, `[UNK]`, `[MASK]`) written literally in the raw text, case and all,
/// are those tokens, not the letters of them; it changes only the vector of the text that contains them.
///
/// Work is bounded by the output: words are normalized and split one at a time and tokenizing stops
/// once `maximumTokens - 2` pieces are found, so a huge input costs only the prefix that is used.
/// Only a run without spaces can make that prefix long, so at most `maximumInputScalars` scalars are
/// read: past them the text is ignored (sentence-transformers would read on), which bounds time and
/// memory (about 4 MB of scalars) for a hostile input and changes nothing for any real text.
struct WordPieceTokenizer: Sendable {
    /// The most Unicode scalars of a text that are read (2^20).
    static let maximumInputScalars = 1 << 20
    /// The longest word (in Unicode scalars) that is split into pieces; longer ones become `[UNK]`.
    static let maximumWordScalars = 100

    let vocabulary: [String: Int32]
    let unknown: Int32
    let classification: Int32
    let separator: Int32
    /// `[PAD]`, `[UNK]`, `[CLS]`, `[SEP]` and `[MASK]` as scalars, with their ids.
    let specialTokens: [([Unicode.Scalar], Int32)]

    /// Reads `vocab.txt`: one token a line, the line number is the id.
    init(vocabularyPath path: String, expectedCount: Int) throws(ModelLoadError) {
        let bytes = try Self.readSmallFile(path: path, limit: 4 << 20)
        let text = String(decoding: bytes, as: UTF8.self)
        var vocabulary: [String: Int32] = [:]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard lines.count == expectedCount else {
            throw .corruptFile(path: path, reason: "\(lines.count) tokens, expected \(expectedCount)")
        }
        vocabulary.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            guard vocabulary.updateValue(Int32(index), forKey: String(line)) == nil else {
                throw .corruptFile(path: path, reason: "token \(line) appears twice")
            }
        }
        func special(_ token: String) throws(ModelLoadError) -> Int32 {
            guard let id = vocabulary[token] else { throw .corruptFile(path: path, reason: "no \(token) token") }
            return id
        }
        self.unknown = try special("[UNK]")
        self.classification = try special("[CLS]")
        self.separator = try special("[SEP]")
        var specialTokens: [([Unicode.Scalar], Int32)] = []
        for token in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] {
            specialTokens.append((Array(token.unicodeScalars), try special(token)))
        }
        self.specialTokens = specialTokens
        self.vocabulary = vocabulary
    }

    /// The ids for `text`: `[CLS]`, at most `maximumTokens - 2` pieces, `[SEP]`.
    func tokenize(_ text: String, maximumTokens: Int) -> [Int32] {
        let budget = max(0, maximumTokens - 2)
        var ids: [Int32] = [classification]
        var word: [Unicode.Scalar] = []
        func flush() {
            if !word.isEmpty, ids.count - 1 < budget { appendPieces(of: word, to: &ids) }
            word.removeAll(keepingCapacity: true)
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var read = 0
        while index < scalars.endIndex, ids.count - 1 < budget, read < Self.maximumInputScalars {
            let scalar = scalars[index]
            read += 1
            if scalar == "[", let (id, end) = specialToken(at: index, in: scalars) {
                flush()
                if ids.count - 1 < budget { ids.append(id) }
                index = end
                continue
            }
            index = scalars.index(after: index)
            if BertCharacter.isRemoved(scalar) { continue }
            if BertCharacter.isWhitespace(scalar) {
                flush()
            } else if BertCharacter.isCJKIdeograph(scalar) {
                flush()
                word.append(scalar)
                flush()
            } else {
                word.append(scalar)
            }
        }
        flush()
        if ids.count - 1 > budget { ids.removeLast(ids.count - 1 - budget) }
        ids.append(separator)
        return ids
    }

    /// The special token spelled exactly (case and all) at `start` of the raw text, and where it ends.
    private func specialToken(at start: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView)
        -> (Int32, String.UnicodeScalarView.Index)?
    {
        for (spelling, id) in specialTokens {
            var index = start
            var matched = true
            for expected in spelling {
                guard index < scalars.endIndex, scalars[index] == expected else {
                    matched = false
                    break
                }
                index = scalars.index(after: index)
            }
            if matched { return (id, index) }
        }
        return nil
    }

    /// Normalizes one whitespace-separated run (accents stripped, lower-cased), splits it at
    /// punctuation and appends each part's pieces.
    private func appendPieces(of run: [Unicode.Scalar], to ids: inout [Int32]) {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: run)
        let decomposed = String(scalars).decomposedStringWithCanonicalMapping
        var part: [Unicode.Scalar] = []
        for scalar in decomposed.unicodeScalars where !BertCharacter.isNonspacingMark(scalar) {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if BertCharacter.isPunctuation(lower) {
                    if !part.isEmpty { appendWordPieces(part, to: &ids) }
                    part.removeAll(keepingCapacity: true)
                    appendWordPieces([lower], to: &ids)
                } else {
                    part.append(lower)
                }
            }
        }
        if !part.isEmpty { appendWordPieces(part, to: &ids) }
    }

    /// Greedy longest-match WordPiece: the whole word is `[UNK]` if any position has no match.
    private func appendWordPieces(_ word: [Unicode.Scalar], to ids: inout [Int32]) {
        guard word.count <= Self.maximumWordScalars else {
            ids.append(unknown)
            return
        }
        var pieces: [Int32] = []
        var start = 0
        while start < word.count {
            var end = word.count
            var match: Int32?
            while start < end {
                var candidate = String.UnicodeScalarView()
                if start > 0 { candidate.append(contentsOf: "##".unicodeScalars) }
                candidate.append(contentsOf: word[start..<end])
                if let id = vocabulary[String(candidate)] {
                    match = id
                    break
                }
                end -= 1
            }
            guard let id = match else {
                ids.append(unknown)
                return
            }
            pieces.append(id)
            start = end
        }
        ids.append(contentsOf: pieces)
    }

    /// Reads a whole file of at most `limit` bytes.
    static func readSmallFile(path: String, limit: Int) throws(ModelLoadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .missingFile(path: path) : .unreadableFile(path: path, errno: errno)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= limit else { throw .corruptFile(path: path, reason: "larger than \(limit) bytes") }
        }
    }
}
