import Foundation

/// Turns English text into search terms: split into words, fold case and accents, drop stop words, stem.
///
/// Words are runs of letters, digits and combining marks; an apostrophe (straight or curly) stays in a
/// word only between two letters, so `one’s` is one word but the quotation marks in `‘out’` are not.
/// Hyphens and slashes split words (`self-harm` → `self`, `harm`; `if/when` → `if`, `when`), which is
/// why "self harm" and "self-harm" match the same positions. Folding lower-cases, strips diacritics
/// (`naïve` → `naive`) and maps curly apostrophes to `'`, the only one Snowball knows. The same
/// analyzer runs over documents and queries, so both sides always agree.
public struct EnglishAnalyzer: Sendable {
    /// The stemmer; shared and internally locked (see `SnowballStemmer`).
    public let stemmer: SnowballStemmer

    /// Creates an analyzer with its own stemmer.
    public init(stemmer: SnowballStemmer = SnowballStemmer()) {
        self.stemmer = stemmer
    }

    /// A word as the tokenizer found it: folded, with offsets, and whether it is a stop word.
    public struct Word: Sendable, Hashable {
        /// The folded word (lower case, no diacritics, `'` as the apostrophe).
        public var folded: String
        /// The word's ordinal among all words of the text, from 0.
        public var position: Int
        /// Offset of the first scalar in the original text.
        public var start: Int
        /// Offset one past the last scalar in the original text.
        public var end: Int
        /// Offset of the first UTF-8 byte in the original text.
        public var utf8Start: Int
        /// Offset one past the last UTF-8 byte in the original text.
        public var utf8End: Int
        /// Whether the word is on the stop list and so never indexed.
        public var isStopWord: Bool
    }

    /// Splits text into folded words with their scalar and byte offsets; stop words are kept and flagged.
    ///
    /// ASCII, nearly all of this content, takes a path without Unicode property look-ups: letters are
    /// lower-cased as they are copied, and only a word holding other scalars goes through `fold`.
    public func words(in text: String) -> [Word] {
        var result: [Word] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var isASCII = true
        var lastIsLetter = false
        var pendingApostrophe = false
        var wordStart = 0
        var wordByteStart = 0
        var wordEnd = 0
        var wordByteEnd = 0
        var offset = 0
        var byteOffset = 0

        func finish() {
            guard !buffer.isEmpty else { return }
            let raw = String(decoding: buffer, as: UTF8.self)
            let folded = isASCII ? raw : Self.fold(raw)
            result.append(
                Word(
                    folded: folded, position: result.count, start: wordStart, end: wordEnd, utf8Start: wordByteStart,
                    utf8End: wordByteEnd, isStopWord: Self.stopWords.contains(folded)))
            buffer.removeAll(keepingCapacity: true)
            isASCII = true
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            let width = UTF8.width(scalar)
            let isWord: Bool
            let isLetter: Bool
            if value < 0x80 {
                isLetter = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                isWord = isLetter || (value >= 0x30 && value <= 0x39)
            } else {
                isWord = Self.isWordScalar(scalar)
                isLetter = isWord && scalar.properties.isAlphabetic
            }
            if isWord {
                if buffer.isEmpty {
                    wordStart = offset
                    wordByteStart = byteOffset
                }
                if pendingApostrophe { buffer.append(0x27) }
                if value < 0x80 {
                    // Lower-case ASCII letters by setting bit 5; digits already have it.
                    buffer.append(UInt8(value) | (isLetter ? 0x20 : 0))
                } else {
                    isASCII = false
                    buffer.append(contentsOf: String(scalar).utf8)
                }
                lastIsLetter = isLetter
                pendingApostrophe = false
                wordEnd = offset + 1
                wordByteEnd = byteOffset + width
            } else if Self.isApostrophe(scalar), !buffer.isEmpty, !pendingApostrophe, lastIsLetter {
                // Kept only if a letter or digit follows; the next scalar decides.
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                finish()
            }
            offset += 1
            byteOffset += width
        }
        finish()
        return result
    }

    /// Analyses text into indexable tokens: words minus stop words, stemmed.
    ///
    /// - Parameter cache: stems already computed, keyed by folded word; an index build passes one
    ///   dictionary through every document so each distinct word is stemmed once.
    public func tokens(in text: String, cache: inout [String: String]) -> [AnalyzedToken] {
        words(in: text).compactMap { word in
            guard !word.isStopWord else { return nil }
            return AnalyzedToken(
                term: stem(word.folded, cache: &cache), word: word.folded, position: word.position,
                start: word.start, end: word.end, utf8Start: word.utf8Start, utf8End: word.utf8End)
        }
    }

    /// Analyses text without a shared cache (queries, tests).
    public func tokens(in text: String) -> [AnalyzedToken] {
        var cache: [String: String] = [:]
        return tokens(in: text, cache: &cache)
    }

    /// Stems one folded word, consulting and filling the cache.
    public func stem(_ folded: String, cache: inout [String: String]) -> String {
        if let known = cache[folded] { return known }
        let stemmed = stemmer.stem(folded)
        cache[folded] = stemmed
        return stemmed
    }

    /// Lower-cases, strips diacritics, and normalises apostrophes; the ASCII path skips Foundation.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let mapped = String(String.UnicodeScalarView(word.unicodeScalars.map { isApostrophe($0) ? "'" : $0 }))
        return mapped.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// Letters, digits and combining marks make up words.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark
    }

    /// Straight, curly and modifier-letter apostrophes all count as one.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }
}
