/// The knobs of hybrid retrieval: the fusion method and its constants, how a document's vectors are
/// pooled, the type priors and the `match` thresholds. The defaults are the setting measured best on
/// the paraphrase set among those that keep literal queries at least as good as lexical search, and
/// among the equal ones one with a clear literal margin (`docs/hybrid-search.md` lists every setting
/// tried, its figures, and what was tuned on which set).
public struct FusionParameters: Sendable, Hashable {
    /// How the two rankings are combined. Default `.coverageBoost`.
    public var method: FusionMethod
    /// The temperature, in cosine units, at which a document's vectors are pooled into its dense score
    /// (`DenseIndex.scores(to:softness:)`): 0 is the best cosine alone (max-passage). Default 0.05
    /// (paraphrase MRR@10 of the dense retriever alone 0.788 → 0.846 with the first two batches of
    /// expansion questions, 544; 0.734 → 0.765 with the first 245).
    public var denseSoftness: Double
    /// Coverage boost: the most BM25F can add to a document's dense score, reached by a document that
    /// matches every clause of the query with a BM25F score far above `lexicalMidpoint`. Default 0.4,
    /// with `coverageExponent` 4: a document that spells out the whole query gains up to 0.4 (more
    /// than the spread of the dense head, so BM25F wins a literal query), one that matches 4 of 5
    /// clauses up to 0.16, half of them up to 0.025 (a paraphrase's common word changes little, and
    /// its words that are not the explainer's count against it: `clauseCoverage`).
    public var lexicalBoost: Double
    /// RRF's rank offset `k` (ranks are 1-based). Larger flattens the head. Default 10.
    public var reciprocalRankK: Double
    /// RRF weight of the BM25F ranking (the dense ranking weighs 1), before `coverageExponent`. Default 0.75.
    public var lexicalRankWeight: Double
    /// Blend: the share of the saturated BM25F score, 0…1 (the dense score gets the rest). Default 0.3.
    public var lexicalShare: Double
    /// Coverage boost and blend: the BM25F score that saturates to 0.5 (`s / (s + midpoint)`). Default 4.
    public var lexicalMidpoint: Double
    /// Blend: a dense score at or below this counts 0. Default 0.1 (unrelated English text with
    /// all-MiniLM-L6-v2 scores about 0 to 0.15).
    public var cosineFloor: Double
    /// Blend: a dense score at or above this counts 1. Default 0.7.
    public var cosineCeiling: Double
    /// Multipliers of the fused score by result type, so a glossary entry that only shares a word with
    /// the question does not outrank the passage that answers it. Default 1 for every type: with the
    /// coverage boost a glossary prior below 1 costs paraphrases more than it saves
    /// (`docs/hybrid-search.md`).
    public var typePriors: [SearchResultType: Double]
    /// How strongly BM25F's weight follows clause coverage: it is multiplied by
    /// `coverage ^ coverageExponent`. Coverage boost: each document's own coverage; RRF and blend: the
    /// best lexical hit's. A query BM25F explains word for word keeps its full weight and one that
    /// shares a single word with the content loses most of it. 0 turns it off. Default 4.
    public var coverageExponent: Double
    /// How many of the best documents by dense score count as found by the dense retriever. Default 30.
    public var semanticDepth: Int
    /// `match` is `.good` when the best cosine is at least this. Default 0.40 (130 of the 131 judged
    /// questions reach it, with the 1042 expansion questions' vectors).
    public var goodCosine: Double
    /// `match` is `.weak` from this cosine up to `goodCosine`, `.none` below. Default 0.33, halfway
    /// between the off-topic samples (at most 0.258 with the 1042 expansion questions' vectors, "what
    /// time does the supermarket close"; 0.227 with 544) and the judged questions (at least 0.399;
    /// 0.340 with 544).
    public var weakCosine: Double

    /// The defaults, each overridable.
    public init(
        method: FusionMethod = .coverageBoost, denseSoftness: Double = 0.05, lexicalBoost: Double = 0.4,
        reciprocalRankK: Double = 10, lexicalRankWeight: Double = 0.75, lexicalShare: Double = 0.3, lexicalMidpoint: Double = 4,
        cosineFloor: Double = 0.1, cosineCeiling: Double = 0.7, typePriors: [SearchResultType: Double] = [:],
        semanticDepth: Int = 30, goodCosine: Double = 0.40, weakCosine: Double = 0.33, coverageExponent: Double = 4
    ) {
        self.method = method
        self.denseSoftness = denseSoftness
        self.lexicalBoost = lexicalBoost
        self.coverageExponent = coverageExponent
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
