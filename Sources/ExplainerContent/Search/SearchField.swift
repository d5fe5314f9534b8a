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
    /// Weights were chosen by reading, then checked against the relevance set: a glossary term's own
    /// name (3) and aliases (2.5) say most precisely what it is about; a section's title (1.5) is a
    /// one-line summary shared by every passage of the section, so it lifts them all a little without
    /// drowning the passage that actually answers; bodies, quotes and definitions count 1.
    public enum Name {
        /// A section's title, on each of its passages.
        public static let title = "title"
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
        case Name.title: 1.5
        default: 1
        }
    }
}
