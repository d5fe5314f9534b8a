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
        /// Whether the word is on the stop list and so never indexed.
        public var isStopWord: Bool
    }

    /// Splits text into folded words with their scalar offsets; stop words are kept and flagged.
    public func words(in text: String) -> [Word] {
        var result: [Word] = []
        var current = String.UnicodeScalarView()
        var wordStart = 0
        var pendingApostrophe = false
        var offset = 0

        func finish() {
            guard !current.isEmpty else { return }
            let folded = Self.fold(String(current))
            result.append(
                Word(
                    folded: folded, position: result.count, start: wordStart, end: wordStart + current.count,
                    isStopWord: Self.stopWords.contains(folded)))
            current.removeAll()
        }

        for scalar in text.unicodeScalars {
            if Self.isWordScalar(scalar) {
                if current.isEmpty { wordStart = offset }
                if pendingApostrophe { current.append("'") }
                current.append(scalar)
                pendingApostrophe = false
            } else if Self.isApostrophe(scalar), !current.isEmpty, !pendingApostrophe,
                current.last.map({ $0.properties.isAlphabetic }) == true
            {
                // Kept only if a letter or digit follows; the next scalar decides.
                pendingApostrophe = true
            } else {
                pendingApostrophe = false
                finish()
            }
            offset += 1
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
                start: word.start, end: word.end)
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
