import Foundation
import Synchronization

/// The dense index for a set of documents, made from the stored vectors that still match and the
/// model for the rest, with the count of each.
///
/// A vector depends only on the model and the text, so each distinct text is embedded (or taken
/// from the file) once however many documents hold it, and a stored vector is reused when the
/// file's model and dimension are the embedder's and a stored text has the same SHA-256; anything
/// else (a new or edited text, other weights, another dimension) is embedded again. Stored texts
/// that no document holds any more are ignored. `reused` and `embedded` count distinct texts.
public struct DenseIndexBuild: Sendable {
    /// The index over the documents in their order.
    public let index: DenseIndex
    /// Each document's texts in document order, by row, for `VectorFile`.
    public let entries: [VectorFile.Entry]
    /// The SHA-256 of each row's text.
    public let textSHA256: [String]
    /// Distinct texts whose stored vector was used.
    public let reused: Int
    /// Distinct texts embedded now.
    public let embedded: Int

    /// Builds the index, embedding only what `stored` does not cover.
    ///
    /// - Parameters:
    ///   - sentenceWindows: whether passages get sentence-window vectors beside the whole.
    ///   - sectionLeadLine: whether passages get their section's lead line as a vector
    ///   (both as in `SearchDocument.embeddingTexts(sentenceWindows:sectionLeadLine:)`).
    public init(
        documents: [SearchDocument], embedder: any TextEmbedding, stored: VectorFile?, sentenceWindows: Bool = true,
        sectionLeadLine: Bool = true
    ) {
        let dimension = embedder.dimension
        let usable = Self.usableRows(stored, modelID: embedder.modelID, dimension: dimension)
        var rowOfDigest: [String: Int] = [:]
        var digests: [String] = []
        var storedRows: [Int?] = []
        var missing: [String] = []
        var owners: [Int] = []
        var rows: [Int] = []
        var entries: [VectorFile.Entry] = []
        for (slot, document) in documents.enumerated() {
            for text in document.embeddingTexts(sentenceWindows: sentenceWindows, sectionLeadLine: sectionLeadLine) {
                let digest = TextDigest.sha256(text)
                let row: Int
                if let known = rowOfDigest[digest] {
                    row = known
                } else {
                    row = digests.count
                    rowOfDigest[digest] = row
                    digests.append(digest)
                    storedRows.append(usable[digest])
                    if usable[digest] == nil { missing.append(text) }
                }
                owners.append(slot)
                rows.append(row)
                entries.append(VectorFile.Entry(key: document.key, text: row))
            }
        }
        var fresh = Self.embed(missing, with: embedder).makeIterator()
        var storage: [Float] = []
        storage.reserveCapacity(digests.count * dimension)
        for storedRow in storedRows {
            if let stored, let storedRow {
                stored.appendVector(text: storedRow, to: &storage)
            } else if let vector = fresh.next() {
                precondition(vector.count == dimension, "the embedder returned \(vector.count) floats, not \(dimension)")
                storage += vector
            }
        }
        self.index = DenseIndex(
            modelID: embedder.modelID, dimension: dimension, documentCount: documents.count, storage: storage, owners: owners,
            rows: rows)
        self.entries = entries
        self.textSHA256 = digests
        self.reused = digests.count - missing.count
        self.embedded = missing.count
    }

    /// The file that stores this build's vectors.
    public var file: VectorFile {
        VectorFile(
            modelID: index.modelID, dimension: index.dimension, entries: entries, textSHA256: textSHA256, vectors: index.storage)
    }

    /// How many distinct texts of `documents` would have to be embedded again with `stored` and a
    /// model `modelID` of `dimension` floats, without embedding anything (for `check`).
    public static func staleCount(
        documents: [SearchDocument], modelID: String, dimension: Int, stored: VectorFile?, sentenceWindows: Bool = true,
        sectionLeadLine: Bool = true
    ) -> Int {
        let usable = usableRows(stored, modelID: modelID, dimension: dimension)
        var stale = Set<String>()
        for document in documents {
            for text in document.embeddingTexts(sentenceWindows: sentenceWindows, sectionLeadLine: sectionLeadLine) {
                let digest = TextDigest.sha256(text)
                if usable[digest] == nil { stale.insert(digest) }
            }
        }
        return stale.count
    }

    /// The vectors of `texts`, in order, embedded on every core: at 1000 times the explainer, `index`
    /// embeds tens of thousands of texts, and a start after an edit embeds what changed before serving.
    private static func embed(_ texts: [String], with embedder: any TextEmbedding) -> [[Float]] {
        let lanes = min(ProcessInfo.processInfo.activeProcessorCount, texts.count)
        guard lanes > 1 else { return texts.map { embedder.embed($0) } }
        let vectors = Mutex<[[Float]]>(Array(repeating: [], count: texts.count))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for position in stride(from: lane, to: texts.count, by: lanes) {
                let vector = embedder.embed(texts[position])
                vectors.withLock { $0[position] = vector }
            }
        }
        return vectors.withLock { $0 }
    }

    /// The rows of `stored` made by this model, by text digest.
    private static func usableRows(_ stored: VectorFile?, modelID: String, dimension: Int) -> [String: Int] {
        guard let stored, stored.modelID == modelID, stored.dimension == dimension else { return [:] }
        var usable: [String: Int] = [:]
        usable.reserveCapacity(stored.textSHA256.count)
        for (row, digest) in stored.textSHA256.enumerated() { usable[digest] = row }
        return usable
    }
}
