/// A run of letters and digits in a text, with where it is in every unit the index reports.
struct WordToken {
    let start: String.Index
    let end: String.Index
    let characterStart: Int
    let characterEnd: Int
    let utf8Start: Int
    let utf8End: Int
    /// The token lower-cased, for case-insensitive lookup.
    let folded: String

    /// The tokens of `text`. Anything that is not a letter or a digit separates tokens, so hyphens
    /// and apostrophes split words (`self-harm` → `self`, `harm`) and matching can honour them exactly.
    static func tokens(of text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = text.startIndex
        var characterOffset = 0
        var utf8Offset = 0
        var open: (index: String.Index, character: Int, utf8: Int)?
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if open == nil { open = (index, characterOffset, utf8Offset) }
            } else if let start = open {
                tokens.append(make(text, start, index, characterOffset, utf8Offset))
                open = nil
            }
            characterOffset += 1
            utf8Offset += character.utf8.count
            index = text.index(after: index)
        }
        if let start = open {
            tokens.append(make(text, start, index, characterOffset, utf8Offset))
        }
        return tokens
    }

    private static func make(
        _ text: String, _ start: (index: String.Index, character: Int, utf8: Int), _ end: String.Index, _ characterEnd: Int, _ utf8End: Int
    ) -> WordToken {
        WordToken(
            start: start.index, end: end, characterStart: start.character, characterEnd: characterEnd, utf8Start: start.utf8,
            utf8End: utf8End, folded: text[start.index..<end].lowercased())
    }
}
