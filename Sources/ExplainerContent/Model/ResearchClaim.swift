/// A research claim the explainer makes, with what is known about where it comes from.
public struct ResearchClaim: Sendable, Hashable {
    /// A slug naming the claim.
    public let id: String
    /// The claim's sentence or bullet exactly as the explainer has it; found verbatim in its section's
    /// Markdown or in its plain text (so `**` emphasis markers may be left out).
    public let quote: String
    /// The id of the section the quote is in.
    public let sectionID: String
    /// Ids of the cited articles that discuss the claim; empty when none is known to.
    public let sourceIDs: [String]
    /// Keys of the peer-reviewed studies behind the claim; empty when none has been verified.
    public let evidence: [String]
    /// Short accuracy notes drawn from the checked research (e.g. "the finding is correlational").
    public let notes: [String]

    /// Creates a claim; the loader validates the values, this initializer does not.
    public init(id: String, quote: String, sectionID: String, sourceIDs: [String], evidence: [String], notes: [String]) {
        self.id = id
        self.quote = quote
        self.sectionID = sectionID
        self.sourceIDs = sourceIDs
        self.evidence = evidence
        self.notes = notes
    }
}
