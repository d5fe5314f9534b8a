/// The ranking constants: BM25F's k1 and b, and how type-ahead prefixes are weighed.
///
/// Scoring is BM25F (Robertson, Zaragoza & Taylor 2004): for a term t and document d,
/// `tf~ = Σ_fields weight_f · tf_f / (1 − b + b · len_f / avglen_f)` and
/// `score = idf(t) · tf~ · (k1 + 1) / (k1 + tf~)` with `idf = ln(1 + (N − df + 0.5) / (df + 0.5))`.
/// `avglen_f` is the average length of field f among documents *of the same type*: passages, claims and
/// glossary definitions differ several-fold in length, and one shared average would rank a one-sentence
/// claim above the paragraph it comes from for no other reason. A document's score is the sum over the
/// query's clauses.
public struct BM25Parameters: Sendable, Hashable {
    /// Term-frequency saturation: how quickly extra occurrences stop helping. Default 1.2, the usual
    /// choice; passages are short (a sentence to a paragraph), so repetition matters little anyway.
    public var k1: Double
    /// Length normalisation, 0 (none) to 1 (full). Default 0.5, below the usual 0.75: a match in a
    /// one-line bullet should outrank the same match in a long paragraph, but the explainer's longest
    /// paragraphs are also its defining ones ("Self-harm, also known as non-suicidal self-injury or
    /// NSSI, …"), and 0.75 pushed them below every sentence that merely mentions a term. On the
    /// relevance set, recall@3 is 0.934 at 0.5 against 0.921 at 0.3 and lower at 0.75.
    public var b: Double
    /// Factor applied to a word found only by completing the query's last word as a prefix. Default 0.8,
    /// so a completed word counts a little less than one typed in full.
    public var prefixWeight: Double
    /// At most this many distinct terms a prefix expands to (the most frequent win). Default 32; bounds
    /// the work for one- or two-letter prefixes over large content.
    public var maximumPrefixExpansions: Int
    /// Shortest last word, in characters, that is completed as a prefix. Default 2.
    public var minimumPrefixLength: Int
    /// Exponent of the coordination factor `(clauses matched / clauses in the query)^e` that scales a
    /// document's score (0 turns it off). Default 1, as classic Lucene's `coord`.
    public var coordinationExponent: Double

    /// Creates parameters; every argument defaults to the documented value.
    public init(
        k1: Double = 1.2, b: Double = 0.5, prefixWeight: Double = 0.8, maximumPrefixExpansions: Int = 32,
        minimumPrefixLength: Int = 2, coordinationExponent: Double = 1
    ) {
        self.k1 = k1
        self.b = b
        self.prefixWeight = prefixWeight
        self.maximumPrefixExpansions = maximumPrefixExpansions
        self.minimumPrefixLength = minimumPrefixLength
        self.coordinationExponent = coordinationExponent
    }
}
