/// A peer-reviewed study that a claim's `evidence` names.
public struct Study: Sendable, Hashable {
    /// A slug naming the study, e.g. `franklin-2013`.
    public let key: String
    /// The full citation as checked.
    public let citation: String
    /// The authors as checked ("Franklin JC"); when only part of the list is known, `authorsComplete` is false.
    public let authors: [String]
    /// Whether `authors` is the full author list.
    public let authorsComplete: Bool
    /// The publication year.
    public let year: Int
    /// The study's title.
    public let title: String
    /// The journal, or `nil` when not verified.
    public let journal: String?
    /// The DOI (`10.NNNN/…`), present only where it was verified.
    public let doi: String?
    /// Where the facts were checked (not a date: the research notes name the pages read).
    public let checkedAt: String

    /// Creates a study; the loader validates the values, this initializer does not.
    public init(
        key: String, citation: String, authors: [String], authorsComplete: Bool, year: Int, title: String,
        journal: String?, doi: String?, checkedAt: String
    ) {
        self.key = key
        self.citation = citation
        self.authors = authors
        self.authorsComplete = authorsComplete
        self.year = year
        self.title = title
        self.journal = journal
        self.doi = doi
        self.checkedAt = checkedAt
    }
}
