/// The normal form danger phrases and queries are compared in (see `DangerDetector`).
///
/// Steps, in order: fold case and accents; drop apostrophes of every kind; turn every other
/// non-letter, non-digit into a space; squeeze each run of a repeated letter to one letter (so
/// misspellings that double or drop letters meet: "kil", "kill", "killl"); replace whole words by
/// their canonical spelling from `canonicalWords`; collapse spaces. Squeezing happens on both sides,
/// so the list can be written in ordinary spelling.
public enum DangerPhraseNormalizer {
    /// Misspellings, shorthand and inflections mapped to the word(s) the phrase list uses. Keys and
    /// values are written in ordinary spelling; both are squeezed before use.
    public static let canonicalWords: [String: String] = [
        // Shorthand and contractions (apostrophes are already gone).
        "wanna": "want to", "wana": "want to", "wan": "want", "wnat": "want", "wont": "will not",
        "gonna": "going to", "gona": "going to", "im": "i am", "ive": "i have", "id": "i would",
        "dont": "do not", "doesnt": "does not", "cant": "can not", "cannot": "can not", "cnt": "can not",
        "u": "you", "ur": "your", "r": "are", "2": "to", "b": "be", "n": "and", "rn": "right now",
        "kms": "kill myself", "unalive": "kill", "unaliving": "kill", "sewerslide": "suicide",
        // Misspellings seen in search logs of help services.
        "myslef": "myself", "mysef": "myself", "mself": "myself", "meself": "myself", "myselff": "myself",
        "mysel": "myself", "tonite": "tonight", "tonigt": "tonight", "2nite": "tonight", "tonght": "tonight",
        "2night": "tonight", "tonihgt": "tonight", "sucide": "suicide", "suicde": "suicide",
        "suiside": "suicide", "suicid": "suicide", "suacide": "suicide", "sucidal": "suicidal",
        "suicidel": "suicidal", "suicedal": "suicidal", "sucicidal": "suicidal", "sucicide": "suicide",
        "dei": "die", "ded": "dead", "lyf": "life", "lif": "life", "wantto": "want to",
        "anymore": "any more", "nomore": "no more",
        // Inflections, so "ending it all" and "killing myself" meet "end it all" and "kill myself".
        "killing": "kill", "killed": "kill", "kills": "kill", "ending": "end", "ended": "end",
        "ends": "end", "dying": "die", "died": "die", "taking": "take", "took": "take", "wanting": "want",
        "wants": "want", "wanted": "want", "planning": "plan", "planned": "plan", "plans": "plan",
    ]

    /// Squeezed keys and values, built once.
    private static let squeezedCanonical: [String: String] = {
        var table: [String: String] = [:]
        for (key, value) in canonicalWords {
            table[squeeze(key)] = value.split(separator: " ").map { squeeze(String($0)) }.joined(separator: " ")
        }
        return table
    }()

    /// The normal form of a phrase or query: lower-case squeezed words separated by single spaces.
    public static func normalize(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The normal form as a list of words.
    public static func words(_ text: String) -> [String] {
        let folded = EnglishAnalyzer.fold(text)
        var words: [String] = []
        var current = ""
        func finish() {
            guard !current.isEmpty else { return }
            let squeezed = squeeze(current)
            if let canonical = squeezedCanonical[squeezed] {
                words.append(contentsOf: canonical.split(separator: " ").map(String.init))
            } else {
                words.append(squeezed)
            }
            current = ""
        }
        for scalar in folded.unicodeScalars {
            if EnglishAnalyzer.isApostrophe(scalar) || scalar == "\u{00B4}" || scalar == "`" { continue }
            if EnglishAnalyzer.isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                finish()
            }
        }
        finish()
        return words
    }

    /// Normalised words run together and squeezed again, as UTF-8, for phrases typed without spaces
    /// ("wanttodie" and "want to die" both become "wantodie").
    public static func compact(_ words: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        for word in words {
            for byte in word.utf8 where !(byte == bytes.last && byte >= 0x61 && byte <= 0x7A) { bytes.append(byte) }
        }
        return bytes
    }

    /// Reduces every run of one repeated letter to a single letter.
    static func squeeze(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where scalar != result.last || !scalar.properties.isAlphabetic {
            result.append(scalar)
        }
        return String(result)
    }
}
