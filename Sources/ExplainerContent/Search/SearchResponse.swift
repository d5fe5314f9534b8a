/// The outcome of one search: the hits, best first, and the crisis assessment of the query.
public struct SearchResponse: Sendable, Hashable {
    /// The request as validated.
    public var request: SearchRequest
    /// At most `request.limit` hits, best first; ties keep content order.
    public var hits: [SearchHit]
    /// How many documents of the requested types matched in all (before the limit).
    public var totalMatches: Int
    /// The query's crisis assessment; `support.urgent` leads with the support block.
    public var support: CrisisAssessment

    /// Creates a response.
    public init(request: SearchRequest, hits: [SearchHit], totalMatches: Int, support: CrisisAssessment) {
        self.request = request
        self.hits = hits
        self.totalMatches = totalMatches
        self.support = support
    }
}
