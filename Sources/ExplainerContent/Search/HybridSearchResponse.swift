/// The outcome of one hybrid search: hits best first, how well they match, and which mode ran.
public struct HybridSearchResponse: Sendable, Hashable {
    /// The request as validated.
    public var request: SearchRequest
    /// The mode asked for.
    public var requestedMode: SearchMode
    /// The mode that ran: `.lexical` when vectors or the model are missing, whatever was asked.
    public var mode: SearchMode
    /// Why `mode` differs from `requestedMode` (no model loaded), else `nil`.
    public var fallbackReason: String?
    /// At most `request.limit` hits, best first; ties keep content order.
    public var hits: [HybridHit]
    /// How many documents of the requested types either retriever found.
    public var totalMatches: Int
    /// Whether anything answers the query (`MatchQuality`).
    public var match: MatchQuality
    /// The best cosine among the requested types, when vectors were used.
    public var bestCosine: Double?
    /// The query's crisis assessment, as lexical search gives it.
    public var support: CrisisAssessment

    /// Creates a response.
    public init(
        request: SearchRequest, requestedMode: SearchMode, mode: SearchMode, fallbackReason: String?, hits: [HybridHit],
        totalMatches: Int, match: MatchQuality, bestCosine: Double?, support: CrisisAssessment
    ) {
        self.request = request
        self.requestedMode = requestedMode
        self.mode = mode
        self.fallbackReason = fallbackReason
        self.hits = hits
        self.totalMatches = totalMatches
        self.match = match
        self.bestCosine = bestCosine
        self.support = support
    }
}
