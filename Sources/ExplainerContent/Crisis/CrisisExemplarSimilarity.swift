/// The model layer of the crisis detector: a sentence-embedding model comparing a message with every
/// exemplar of `CrisisExemplarBank`, answering an urgent match only when the nearest exemplar of all
/// is an urgent one.
///
/// Nearest-neighbour over all three levels, not nearness to urgent alone: "I used to hurt myself but
/// I've been well for years" is close to urgent statements too, but closer to an `info` one, so it is
/// not raised. The exemplar vectors are embedded once, at construction (start-up, off any event loop);
/// each call embeds the message (milliseconds), so callers run it on a worker, never on a loop.
public struct CrisisExemplarSimilarity: CrisisSimilarity {
    /// The cosine at or above which an urgent nearest exemplar raises a message, calibrated on the
    /// development set (`CrisisModelEvaluationTests`): below it the nearest exemplar is only topical.
    public static let defaultThreshold = 0.55

    /// `<model>/exemplars-<bank size>`, appended to `detector_version`.
    public let modelVersion: String
    /// The cosine at or above which an urgent nearest exemplar counts.
    public let threshold: Double
    /// The model.
    let embedder: any TextEmbedding
    /// Every exemplar's id, level and unit vector, in bank order.
    let vectors: [(id: String, level: CrisisLevel, vector: [Float])]

    /// Embeds every exemplar of `bank` with `embedder`; `modelName` names the model in `modelVersion`.
    public init(bank: CrisisExemplarBank, embedder: any TextEmbedding, modelName: String, threshold: Double = defaultThreshold) {
        self.init(bank: bank, embedder: embedder, modelName: modelName, threshold: threshold, stopped: { false })!
    }

    /// Embeds the exemplars one by one, asking `stopped` before each; nil once it answers true, so a
    /// server shutting down waits for one forward pass at most, not for the whole bank.
    public init?(
        bank: CrisisExemplarBank, embedder: any TextEmbedding, modelName: String, threshold: Double = defaultThreshold,
        stopped: () -> Bool
    ) {
        self.embedder = embedder
        self.threshold = threshold
        modelVersion = "\(modelName)/exemplars-\(bank.exemplars.count)"
        var vectors: [(id: String, level: CrisisLevel, vector: [Float])] = []
        vectors.reserveCapacity(bank.exemplars.count)
        for exemplar in bank.exemplars {
            if stopped() { return nil }
            vectors.append((exemplar.id, exemplar.level, embedder.embed(exemplar.text)))
        }
        self.vectors = vectors
    }

    /// This layer with `vector` already known as `text`'s, made by the same model: a caller that has
    /// just embedded `text` (a search worker embedding the query) is not made to embed it again.
    public func knowing(_ vector: [Float], for text: String) -> CrisisExemplarSimilarity {
        CrisisExemplarSimilarity(
            modelVersion: modelVersion, threshold: threshold,
            embedder: KnownVectorEmbedding(text: text, vector: vector, base: embedder), vectors: vectors)
    }

    private init(
        modelVersion: String, threshold: Double, embedder: any TextEmbedding,
        vectors: [(id: String, level: CrisisLevel, vector: [Float])]
    ) {
        self.modelVersion = modelVersion
        self.threshold = threshold
        self.embedder = embedder
        self.vectors = vectors
    }

    /// A detector that asks this layer whenever the rules do not already say `urgent`.
    public func detector(limits: CrisisLimits = CrisisLimits()) -> CrisisDetector {
        CrisisDetector(limits: limits, similarity: self, similarityThreshold: threshold)
    }

    /// The nearest exemplar of any level to `text`, with its cosine; `nil` for an empty bank.
    public func nearestExemplar(to text: String) -> (id: String, level: CrisisLevel, score: Double)? {
        let query = embedder.embed(text)
        var best: (id: String, level: CrisisLevel, score: Double)?
        for exemplar in vectors {
            var dot: Float = 0
            for index in 0..<min(query.count, exemplar.vector.count) { dot += query[index] * exemplar.vector[index] }
            if Double(dot) > best?.score ?? -2 { best = (exemplar.id, exemplar.level, Double(dot)) }
        }
        return best
    }

    /// The nearest exemplar when it is an urgent one; `nil` when the nearest is `concern` or `info`.
    public func nearestUrgentExemplar(to text: String) -> CrisisSimilarityMatch? {
        guard let nearest = nearestExemplar(to: text), nearest.level == .urgent else { return nil }
        return CrisisSimilarityMatch(exemplarID: nearest.id, score: nearest.score)
    }
}
