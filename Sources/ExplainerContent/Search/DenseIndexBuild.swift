/// The dense index for a set of documents, made from the stored vectors that still match and the
/// model for the rest, with the count of each.
///
/// A stored vector is reused when the file's model is the embedder's and an entry of the document
/// carries the SHA-256 of that text today; anything else (a new or edited document, other weights,
/// another dimension) is embedded again. Entries of documents that no longer exist are ignored.
public struct DenseIndexBuild: Sendable {
    /// The index over the documents in their order.
    public let index: DenseIndex
    /// The stored form of every vector, for `VectorFile`.
    public let entries: [VectorFile.Entry]
    /// Texts whose stored vector was used.
    public let reused: Int
    /// Texts embedded now.
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
        let usable = Self.usableVectors(stored, modelID: embedder.modelID, dimension: embedder.dimension)
        var vectors: [[Float]] = []
        var owners: [Int] = []
        var entries: [VectorFile.Entry] = []
        var reused = 0
        for (slot, document) in documents.enumerated() {
            for text in document.embeddingTexts(sentenceWindows: sentenceWindows, sectionLeadLine: sectionLeadLine) {
                let digest = TextDigest.sha256(text)
                let vector: [Float]
                if let known = usable[StoredKey(key: document.key, digest: digest)] {
                    vector = known
                    reused += 1
                } else {
                    vector = embedder.embed(text)
                }
                vectors.append(vector)
                owners.append(slot)
                entries.append(VectorFile.Entry(key: document.key, textSHA256: digest, vector: vector))
            }
        }
        self.index = DenseIndex(
            modelID: embedder.modelID, dimension: embedder.dimension, documentCount: documents.count, vectors: vectors,
            owners: owners)
        self.entries = entries
        self.reused = reused
        self.embedded = vectors.count - reused
    }

    /// The file that stores this build's vectors.
    public var file: VectorFile { VectorFile(modelID: index.modelID, dimension: index.dimension, entries: entries) }

    /// How many texts of `documents` would have to be embedded again with `stored` and a model
    /// `modelID` of `dimension` floats, without embedding anything (for start-up logs).
    public static func staleCount(
        documents: [SearchDocument], modelID: String, dimension: Int, stored: VectorFile?, sentenceWindows: Bool = true,
        sectionLeadLine: Bool = true
    ) -> Int {
        let usable = usableVectors(stored, modelID: modelID, dimension: dimension)
        return documents.reduce(0) { count, document in
            count
                + document.embeddingTexts(sentenceWindows: sentenceWindows, sectionLeadLine: sectionLeadLine).filter {
                    usable[StoredKey(key: document.key, digest: TextDigest.sha256($0))] == nil
                }.count
        }
    }

    /// A stored vector's identity: the document and the digest of its text.
    private struct StoredKey: Hashable {
        var key: String
        var digest: String
    }

    /// The stored vectors made by this model, by document and text digest.
    private static func usableVectors(_ stored: VectorFile?, modelID: String, dimension: Int) -> [StoredKey: [Float]] {
        guard let stored, stored.modelID == modelID, stored.dimension == dimension else { return [:] }
        var usable: [StoredKey: [Float]] = [:]
        for entry in stored.entries where entry.vector.count == dimension {
            usable[StoredKey(key: entry.key, digest: entry.textSHA256)] = entry.vector
        }
        return usable
    }
}
