/// One hybrid search result: the hit as lexical search renders it, and which retrievers found it.
public struct HybridHit: Sendable, Hashable {
    /// The hit; its `score` is the fused score (`FusionMethod`; in semantic mode the pooled dense
    /// score), comparable only within one response.
    /// Only words BM25F matched are marked in its snippet, so a hit found by meaning alone has none.
    public var hit: SearchHit
    /// The retrievers that found it, lexical first: BM25F matched it, or it is among the
    /// `semanticDepth` nearest documents.
    public var retrievers: [SearchRetriever]
    /// Its 1-based place in the BM25F ranking, if BM25F matched it.
    public var lexicalRank: Int?
    /// Its 1-based place by pooled dense score among the requested types (set whenever vectors were used).
    public var semanticRank: Int?
    /// The best cosine of its vectors with the query (set whenever vectors were used).
    public var cosine: Double?

    /// Creates a hit.
    public init(hit: SearchHit, retrievers: [SearchRetriever], lexicalRank: Int?, semanticRank: Int?, cosine: Double?) {
        self.hit = hit
        self.retrievers = retrievers
        self.lexicalRank = lexicalRank
        self.semanticRank = semanticRank
        self.cosine = cosine
    }

    /// The hit's `type:id`, as relevance judgements name results.
    public var key: String { "\(hit.type.rawValue):\(hit.id)" }
}
