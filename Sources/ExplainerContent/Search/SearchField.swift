/// One weighted text field of a search document (a title, a term, a body).
///
/// Weights multiply a field's term frequency before BM25's saturation (BM25F), so a word in a weight-3
/// term field counts as three in the body. The standard names and weights are in `SearchField.Name`.
public struct SearchField: Sendable, Hashable {
    /// The field's name; documents of every type share the names, so BM25's average length is per name.
    public var name: String
    /// How much one occurrence here counts relative to one in the body (1).
    public var weight: Double
    /// The field's plain text.
    public var text: String

    /// Creates a field.
    public init(name: String, weight: Double, text: String) {
        self.name = name
        self.weight = weight
        self.text = text
    }

    /// The field names used when mapping content into documents, with their weights.
    ///
    /// A glossary term's name (3) and aliases (2.5) are its title: they say most precisely what the
    /// document is about, so they weigh well above its definition (1). Passages and claims have no
    /// title of their own: the section's lead line is context shared by every passage and claim of the
    /// section (and in the explainer it is itself a sentence of the text, often a claim), so it weighs
    /// half a body word (0.5). Measured on the relevance set (b 0.5, coordination on): section weight
    /// 0.5 gives MRR@10 0.900 / recall@3 0.934; 1.0 gives 0.910 / 0.895; 1.5 gives 0.905 / 0.908,
    /// because a lead line naming a term ("NSSI is an effective emotion relief strategy…") then
    /// outranks the passage that defines it.
    public enum Name {
        /// The section's title (lead line), on each of its passages and claims.
        public static let section = "section"
        /// A glossary term's name.
        public static let term = "term"
        /// A glossary term's aliases, joined.
        public static let aliases = "aliases"
        /// A passage's text, a claim's quote, or a term's definition.
        public static let body = "body"
    }

    /// The weight for each standard field name; unknown names weigh 1.
    public static func standardWeight(for name: String) -> Double {
        switch name {
        case Name.term: 3
        case Name.aliases: 2.5
        case Name.section: 0.5
        default: 1
        }
    }
}
