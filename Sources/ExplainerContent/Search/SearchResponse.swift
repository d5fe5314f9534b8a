/// The outcome of one search: the hits, best first, and the support signal for the query.
public struct SearchResponse: Sendable, Hashable {
    /// The request as validated.
    public var request: SearchRequest
    /// At most `request.limit` hits, best first; ties keep content order.
    public var hits: [SearchHit]
    /// How many documents of the requested types matched in all (before the limit).
    public var totalMatches: Int
    /// Whether to lead with the support block.
    public var support: SupportSignal

    /// Creates a response.
    public init(request: SearchRequest, hits: [SearchHit], totalMatches: Int, support: SupportSignal) {
        self.request = request
        self.hits = hits
        self.totalMatches = totalMatches
        self.support = support
    }
}
