/// The features the lexical classifier reads from a message: the normaliser's words, the pairs of
/// words next to each other and one apart in a clause, the words after a negation in a clause, and
/// two marks of shape (a question, how long the message is).
///
/// They are read from `CrisisNormalizer`'s words, so the classifier sees what the rules see:
/// shorthand and algospeak canonicalised ("kms" = "kill myself", "dont" = "do not"), repeated
/// letters squeezed, typing slips a step from a word the rules know corrected, clauses split at
/// punctuation and "but". A negated word is its own feature ("i do not want to die" reads
/// `n:want`, `n:die`), and so is a pair one word apart ("want … die"), which carries a phrase across
/// a filler word. Letter pieces of words were tried and dropped: by writer held out they cost
/// recall at the same false alarms (docs/crisis-detector.md, "The lexical layer"). The trainer
/// (`scripts/train-crisis-classifier.py`) reads the same features through `bench/crisis`'s
/// `crisis-features`, so what was learnt and what is read cannot drift apart.
package enum CrisisClassifierFeatures {
    /// Words that negate what follows them in their clause (the normaliser has already turned
    /// "don't", "can't", "won't" into "do not", "can not", "will not").
    package static let negations: Set<String> = ["not", "never", "no", "nothing", "nobody", "without", "neither", "nor"]
    /// The message lengths, in words, at which the length mark changes.
    package static let lengthBounds = [3, 8, 20]

    /// The features of a message: each once, in no particular order.
    package static func of(_ message: Substring) -> Set<String> {
        of(CrisisNormalizer.text(message), asking: message.contains("?"))
    }

    /// The features of a normalised message; `asking` says whether it holds a question mark.
    static func of(_ text: CrisisText, asking: Bool) -> Set<String> {
        var features: Set<String> = []
        features.reserveCapacity(text.tokens.count * 5)
        let tokens = text.tokens
        var negated = false
        for (position, token) in tokens.enumerated() {
            features.insert("w:" + token.word)
            if position > 0, tokens[position - 1].clause != token.clause { negated = false }
            if negations.contains(token.word) {
                negated = true
            } else if negated {
                features.insert("n:" + token.word)
            }
            if position >= 1, tokens[position - 1].clause == token.clause {
                features.insert("b:" + tokens[position - 1].word + "_" + token.word)
            }
            if position >= 2, tokens[position - 2].clause == token.clause {
                features.insert("s:" + tokens[position - 2].word + "_" + token.word)
            }
        }
        if asking { features.insert("shape:question") }
        let length = lengthBounds.firstIndex { tokens.count <= $0 } ?? lengthBounds.count
        features.insert("shape:length\(length)")
        return features
    }
}
