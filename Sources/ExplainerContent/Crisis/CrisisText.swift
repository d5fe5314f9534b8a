/// A message after normalisation: its words, and what the language check needs to know about its letters.
struct CrisisText: Sendable, Hashable {
    /// The words in normal form, in order.
    var tokens: [CrisisToken]
    /// Letters in the Latin script (ASCII and the Latin blocks).
    var latinLetters: Int
    /// Letters in any other script (Cyrillic, Arabic, Han, Devanagari, …).
    var otherLetters: Int
    /// Emoji and other symbols that are neither letters, digits, spaces nor punctuation.
    var symbols: Int
    /// How many words were written with letters outside ASCII (accents, other scripts).
    var accentedWords: Int
}
