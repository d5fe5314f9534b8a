/// The knobs of hybrid retrieval: the fusion method and its constants, the type priors and the
/// `match` thresholds. The defaults are the setting measured best on the paraphrase set
/// (`docs/hybrid-search.md` lists every setting tried and its figures).
public struct FusionParameters: Sendable, Hashable {
    /// How the two rankings are combined. Default `.reciprocalRank`: the best paraphrase figures of
    /// the settings that keep literal queries at least as good as lexical search.
    public var method: FusionMethod
    /// RRF's rank offset `k` (ranks are 1-based). Larger flattens the head. Default 10 (60, the
    /// usual value, flattens a 49-document ranking too much: paraphrase MRR@10 0.29 against 0.36
    /// without coverage).
    public var reciprocalRankK: Double
    /// RRF weight of the BM25F ranking (the dense ranking weighs 1), before `coverageExponent`. Default 0.75.
    public var lexicalRankWeight: Double
    /// Blend: the share of the saturated BM25F score, 0…1 (the cosine gets the rest). Default 0.3.
    public var lexicalShare: Double
    /// Blend: the BM25F score that saturates to 0.5 (`s / (s + midpoint)`). Default 4.
    public var lexicalMidpoint: Double
    /// Blend: a cosine at or below this counts 0. Default 0.1 (unrelated English text with
    /// all-MiniLM-L6-v2 scores about 0 to 0.15).
    public var cosineFloor: Double
    /// Blend: a cosine at or above this counts 1. Default 0.7.
    public var cosineCeiling: Double
    /// Multipliers of the fused score by result type, so a glossary entry that only shares a word with
    /// the question does not outrank the passage that answers it. Default passage 1, claim 1, glossary 0.85.
    public var typePriors: [SearchResultType: Double]
    /// How strongly BM25F's weight (RRF) or share (blend) follows the best lexical hit's clause
    /// coverage: both are multiplied by `coverage ^ coverageExponent`, so a query BM25F explains word
    /// for word keeps its full weight and one that shares a single word with the content loses most
    /// of it. 0 turns it off. Default 3 (paraphrase MRR@10 0.363 → 0.423 at the same literal figures).
    public var coverageExponent: Double
    /// How many of the nearest documents count as found by the dense retriever. Default 30.
    public var semanticDepth: Int
    /// `match` is `.good` when the best cosine is at least this. Default 0.40 (60 % of the judged
    /// questions reach it).
    public var goodCosine: Double
    /// `match` is `.weak` from this cosine up to `goodCosine`, `.none` below. Default 0.22: above every
    /// off-topic sample (at most 0.20), below 94 % of the judged questions.
    public var weakCosine: Double

    /// The defaults, each overridable.
    public init(
        method: FusionMethod = .reciprocalRank, reciprocalRankK: Double = 10, lexicalRankWeight: Double = 0.75,
        lexicalShare: Double = 0.3, lexicalMidpoint: Double = 4, cosineFloor: Double = 0.1, cosineCeiling: Double = 0.7,
        typePriors: [SearchResultType: Double] = [.passage: 1, .claim: 1, .glossary: 0.85], semanticDepth: Int = 30,
        goodCosine: Double = 0.40, weakCosine: Double = 0.22, coverageExponent: Double = 3
    ) {
        self.coverageExponent = coverageExponent
        self.method = method
        self.reciprocalRankK = reciprocalRankK
        self.lexicalRankWeight = lexicalRankWeight
        self.lexicalShare = lexicalShare
        self.lexicalMidpoint = lexicalMidpoint
        self.cosineFloor = cosineFloor
        self.cosineCeiling = cosineCeiling
        self.typePriors = typePriors
        self.semanticDepth = semanticDepth
        self.goodCosine = goodCosine
        self.weakCosine = weakCosine
    }

    /// The prior of a type (1 when not given).
    func prior(_ type: SearchResultType) -> Double { typePriors[type] ?? 1 }
}
