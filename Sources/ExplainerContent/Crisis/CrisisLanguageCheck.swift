/// Whether the detector can read a message: English in the Latin script, most of its words known.
///
/// The rules read English only, so a message in another language or script must not come back as a
/// confident `info`. A message is understood when its letters are mostly Latin and more than half
/// of its words are English the detector knows (`CrisisVocabulary.isKnown`, after shorthand and
/// misspellings are normalised). A message with no letters is understood when it is only digits and
/// punctuation (nothing to read), and not understood when it holds emoji or other symbols (something
/// was said that the rules cannot read). Names and rare words lower the share, so the threshold is a
/// half, not all: "samaritans number please" is understood.
enum CrisisLanguageCheck {
    /// Whether the normalised message is English the rules can read.
    static func understood(_ text: CrisisText) -> Bool {
        let letters = text.latinLetters + text.otherLetters
        guard letters > 0 else { return text.symbols == 0 }
        guard text.otherLetters * 2 < letters else { return false }
        var words = 0
        var known = 0
        for token in text.tokens where token.word != "lol" && token.word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            words += 1
            if CrisisVocabulary.isKnown(token.word) { known += 1 }
        }
        guard words > 0 else { return true }
        return known * 2 > words
    }
}
