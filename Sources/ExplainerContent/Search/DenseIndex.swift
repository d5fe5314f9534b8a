import Foundation

/// Unit vectors for the search documents (one or more each), for exhaustive cosine ranking.
///
/// The explainer has a few hundred vectors, so a flat scan (384 multiply-adds each) takes
/// microseconds and needs no approximate index. A document's score pools the cosines of its vectors
/// (`SearchDocument.embeddingTexts`) into a soft maximum (`scores(to:softness:)`, `DenseScores`).
/// Built by `DenseIndexBuild`; immutable and shared by every worker.
public struct DenseIndex: Sendable {
    /// The model the vectors come from (`TextEmbedding.modelID`).
    public let modelID: String
    /// Floats per vector.
    public let dimension: Int
    /// How many documents the vectors cover (slots `0..<documentCount`).
    public let documentCount: Int
    /// The document slot each vector belongs to, in order.
    public let owners: [Int]
    /// The vectors back to back, `owners.count × dimension` floats.
    private let storage: [Float]

    /// Creates an index: `vectors[i]` belongs to document `owners[i]`.
    ///
    /// - Precondition: every vector has `dimension` floats, one owner each, every owner below
    ///   `documentCount`, and every document has at least one vector.
    public init(modelID: String, dimension: Int, documentCount: Int, vectors: [[Float]], owners: [Int]) {
        precondition(vectors.allSatisfy { $0.count == dimension } && vectors.count == owners.count, "one owner per vector")
        precondition(Set(owners) == Set(0..<documentCount), "every document has a vector")
        self.modelID = modelID
        self.dimension = dimension
        self.documentCount = documentCount
        self.owners = owners
        self.storage = vectors.flatMap { $0 }
    }

    /// Vector `position` (in `owners` order).
    public func vector(at position: Int) -> ArraySlice<Float> {
        storage[position * dimension..<(position + 1) * dimension]
    }

    /// Each document's best cosine with `query` and its pooled score (`DenseScores`), by document slot.
    ///
    /// `softness` is the log-sum-exp temperature, in cosine units: 0 pools nothing (the pooled score
    /// is the best cosine), 0.08 lets several close vectors lift a document by a few hundredths. All
    /// vectors are unit length, so each cosine is a dot product. A query of another length scores -1
    /// everywhere.
    public func scores(to query: [Float], softness: Float = 0) -> DenseScores {
        var best = [Float](repeating: -1, count: documentCount)
        guard query.count == dimension else { return DenseScores(best: best, pooled: best) }
        var cosines = [Float](repeating: 0, count: owners.count)
        storage.withUnsafeBufferPointer { vectors in
            query.withUnsafeBufferPointer { q in
                guard let vectorBase = vectors.baseAddress, let queryBase = q.baseAddress else { return }
                for (position, owner) in owners.enumerated() {
                    let sum = Self.dot(vectorBase + position * dimension, queryBase, count: dimension)
                    cosines[position] = sum
                    best[owner] = max(best[owner], sum)
                }
            }
        }
        guard softness > 0 else { return DenseScores(best: best, pooled: best) }
        // Shifted by each document's best cosine, every term is at most 1: no overflow, and the
        // document's best vector alone gives exactly its best cosine.
        var mass = [Float](repeating: 0, count: documentCount)
        for (position, owner) in owners.enumerated() { mass[owner] += expf((cosines[position] - best[owner]) / softness) }
        let pooled = (0..<documentCount).map { best[$0] + softness * logf(mass[$0]) }
        return DenseScores(best: best, pooled: pooled)
    }

    /// The dot product of two runs of `count` floats, eight lanes at a time: a plain loop of `+=` is
    /// kept in order (floating-point addition does not reassociate), so it would not vectorise, and
    /// with hundreds of question vectors the scan is most of a hybrid search's time after the model.
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var lanes = SIMD8<Float>()
        var step = 0
        while step + 8 <= count {
            let x = UnsafeRawPointer(a + step).loadUnaligned(as: SIMD8<Float>.self)
            let y = UnsafeRawPointer(b + step).loadUnaligned(as: SIMD8<Float>.self)
            lanes += x * y
            step += 8
        }
        var sum = lanes.sum()
        while step < count {
            sum += a[step] * b[step]
            step += 1
        }
        return sum
    }
}
