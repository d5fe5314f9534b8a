extension SearchDocument {
    /// The texts a document's vectors are made from; its dense score is the best cosine among them.
    ///
    /// - Passage: its whole body, then (with `sentenceWindows`) every window of two consecutive
    ///   sentences, then (with `sectionLeadLine`) the section's lead line alone. A passage of the
    ///   explainer runs to 130 words over several points; one vector of the whole blurs them, so a
    ///   question about one point meets the window that makes it (max-passage scoring). The lead line
    ///   states what the section answers ("Self-harm is not the same as suicidal ideation or an
    ///   attempt"); as a vector of its own it never dilutes the body's.
    /// - Claim: its quote.
    /// - Glossary term: `term (alias, alias): definition`, so a question naming an alias meets the term.
    /// Every document then adds its `questions` (`SearchQuestions`), one vector each.
    /// The model reads at most 256 tokens; the content's longest passage is well under that.
    public func embeddingTexts(sentenceWindows: Bool = true, sectionLeadLine: Bool = true) -> [String] {
        ownTexts(sentenceWindows: sentenceWindows, sectionLeadLine: sectionLeadLine) + questions
    }

    /// The texts made from the document's own words.
    private func ownTexts(sentenceWindows: Bool, sectionLeadLine: Bool) -> [String] {
        let body = fields.first(where: { $0.name == SearchField.Name.body })?.text ?? ""
        switch type {
        case .glossary:
            let term = fields.first(where: { $0.name == SearchField.Name.term })?.text ?? title
            let aliases = (fields.first(where: { $0.name == SearchField.Name.aliases })?.text ?? "")
                .split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            return [aliases.isEmpty ? "\(term): \(body)" : "\(term) (\(aliases.joined(separator: ", "))): \(body)"]
        case .claim:
            return [body]
        case .passage:
            var texts = [body]
            let sentences = Self.sentences(body)
            if sentenceWindows, sentences.count > 2 {
                texts += (0..<(sentences.count - 1)).map { sentences[$0] + " " + sentences[$0 + 1] }
            }
            let lead = fields.first(where: { $0.name == SearchField.Name.section })?.text ?? ""
            if sectionLeadLine, !lead.isEmpty, lead != body { texts.append(lead) }
            return texts
        }
    }

    /// The key stored vectors are filed under: `type:id`, as relevance judgements name documents.
    public var key: String { "\(type.rawValue):\(id)" }

    /// The text cut after each `.`, `?` or `!` that a space follows; good enough for the explainer's prose
    /// (an abbreviation only makes a window shorter).
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if character == " ", previous == "." || previous == "?" || previous == "!" {
                sentences.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.allSatisfy({ $0 == " " }) { sentences.append(current) }
        return sentences
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
