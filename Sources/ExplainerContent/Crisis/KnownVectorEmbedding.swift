/// An embedding that already knows one text's vector and asks `base` for any other text.
///
/// A search worker embeds the query for retrieval and then asks the crisis model layer about the same
/// query; with this, the layer compares the vector the worker already has instead of running the
/// model a second time (a forward pass is most of a hybrid search's cost).
struct KnownVectorEmbedding: TextEmbedding {
    /// The text whose vector is known.
    let text: String
    /// Its vector, as `base` made it.
    let vector: [Float]
    /// The model, for every other text.
    let base: any TextEmbedding

    var modelID: String { base.modelID }
    var dimension: Int { base.dimension }

    func embed(_ text: String) -> [Float] {
        text == self.text ? vector : base.embed(text)
    }
}
