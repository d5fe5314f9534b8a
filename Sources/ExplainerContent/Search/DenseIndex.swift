import Foundation

/// Unit vectors for the search documents (one or more each), for exhaustive cosine ranking.
///
/// Each distinct text has one vector (a row), and each document's texts point at rows: at 1000 times
/// the explainer, copies of a passage share every row, so the scan computes one dot product per
/// distinct text and only the pooling walks every (document, text) pair. A flat scan of tens of
/// thousands of rows (384 multiply-adds each) takes milliseconds and needs no approximate index. A
/// document's score pools the cosines of its texts (`SearchDocument.embeddingTexts`) into a soft
/// maximum (`scores(to:softness:)`, `DenseScores`). Built by `DenseIndexBuild`; immutable and shared
/// by every worker.
public struct DenseIndex: Sendable {
    /// The model the vectors come from (`TextEmbedding.modelID`).
    public let modelID: String
    /// Floats per vector.
    public let dimension: Int
    /// How many documents the vectors cover (slots `0..<documentCount`).
    public let documentCount: Int
    /// The document slot of each (document, text) pair, in document order.
    public let owners: [Int]
    /// The row of each pair's vector, beside `owners`.
    public let rows: [Int]
    /// The rows back to back, `rowCount × dimension` floats.
    let storage: [Float]

    /// Creates an index: `vectors[i]` belongs to document `owners[i]`, one row each.
    ///
    /// - Precondition: as `init(modelID:dimension:documentCount:storage:owners:rows:)`.
    public init(modelID: String, dimension: Int, documentCount: Int, vectors: [[Float]], owners: [Int]) {
        precondition(vectors.allSatisfy { $0.count == dimension } && vectors.count == owners.count, "one owner per vector")
        self.init(
            modelID: modelID, dimension: dimension, documentCount: documentCount, storage: vectors.flatMap { $0 }, owners: owners,
            rows: Array(owners.indices))
    }

    /// Creates an index over `storage` (rows of `dimension` floats): pair `i` is document `owners[i]`
    /// with row `rows[i]`.
    ///
    /// - Precondition: `storage` is whole rows, one row per pair, every row and owner in range, and
    ///   every document has at least one pair.
    public init(modelID: String, dimension: Int, documentCount: Int, storage: [Float], owners: [Int], rows: [Int]) {
        precondition(dimension > 0 && storage.count.isMultiple(of: dimension) && rows.count == owners.count, "one row per pair")
        let rowCount = storage.count / dimension
        precondition(rows.allSatisfy { (0..<rowCount).contains($0) }, "every row is stored")
        var covered = [Bool](repeating: false, count: documentCount)
        for owner in owners {
            precondition((0..<documentCount).contains(owner), "an owner outside the documents")
            covered[owner] = true
        }
        precondition(!covered.contains(false), "every document has a vector")
        self.modelID = modelID
        self.dimension = dimension
        self.documentCount = documentCount
        self.owners = owners
        self.rows = rows
        self.storage = storage
    }

    /// Distinct vectors stored.
    public var rowCount: Int { storage.count / dimension }

    /// The vector of pair `position` (in `owners` order).
    public func vector(at position: Int) -> ArraySlice<Float> {
        let row = rows[position]
        return storage[row * dimension..<(row + 1) * dimension]
    }

    /// Each document's best cosine with `query` and its pooled score (`DenseScores`), by document slot.
    ///
    /// `softness` is the log-sum-exp temperature, in cosine units: 0 pools nothing (the pooled score
    /// is the best cosine), 0.08 lets several close vectors lift a document by a few hundredths. All
    /// vectors are unit length, so each cosine is a dot product. A query of another length scores -1
    /// everywhere. A text a document holds twice counts twice in its pool, as two vectors did before
    /// rows were shared.
    public func scores(to query: [Float], softness: Float = 0) -> DenseScores {
        var best = [Float](repeating: -1, count: documentCount)
        guard query.count == dimension else { return DenseScores(best: best, pooled: best) }
        var cosines = [Float](repeating: 0, count: rowCount)
        storage.withUnsafeBufferPointer { vectors in
            query.withUnsafeBufferPointer { q in
                cosines.withUnsafeMutableBufferPointer { cosines in
                    guard let vectorBase = vectors.baseAddress, let queryBase = q.baseAddress else { return }
                    for row in cosines.indices { cosines[row] = Self.dot(vectorBase + row * dimension, queryBase, count: dimension) }
                }
            }
        }
        owners.withUnsafeBufferPointer { owners in
            rows.withUnsafeBufferPointer { rows in
                best.withUnsafeMutableBufferPointer { best in
                    for pair in owners.indices { best[owners[pair]] = max(best[owners[pair]], cosines[rows[pair]]) }
                }
            }
        }
        guard softness > 0 else { return DenseScores(best: best, pooled: best) }
        // Shifted by each document's best cosine, every term is at most 1: no overflow, and the
        // document's best vector alone gives exactly its best cosine.
        var mass = [Float](repeating: 0, count: documentCount)
        owners.withUnsafeBufferPointer { owners in
            rows.withUnsafeBufferPointer { rows in
                mass.withUnsafeMutableBufferPointer { mass in
                    for pair in owners.indices {
                        let owner = owners[pair]
                        mass[owner] += expf((cosines[rows[pair]] - best[owner]) / softness)
                    }
                }
            }
        }
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
