/// A term the explainer uses, with a plain definition written for this API.
public struct GlossaryTerm: Sendable, Hashable {
    /// A slug naming the term, e.g. `harm-reduction`.
    public let slug: String
    /// The term as usually written.
    public let term: String
    /// Other spellings or names that mean the same (`NSSI` ↔ `non-suicidal self-injury`); matched like the term.
    public let aliases: [String]
    /// A plain, calm definition; never describes methods.
    public let definition: String
    /// Slugs of related terms.
    public let relatedSlugs: [String]
    /// Ids of the sources or keys of the studies the definition rests on where it states a finding.
    public let basis: [String]

    /// Creates a term; the loader validates the values, this initializer does not.
    public init(slug: String, term: String, aliases: [String], definition: String, relatedSlugs: [String], basis: [String]) {
        self.slug = slug
        self.term = term
        self.aliases = aliases
        self.definition = definition
        self.relatedSlugs = relatedSlugs
        self.basis = basis
    }
}
