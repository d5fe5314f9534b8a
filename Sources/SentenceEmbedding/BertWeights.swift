/// Every tensor the forward pass reads, looked up and shape-checked once at load.
struct BertWeights: Sendable {
    let wordEmbeddings: Tensor
    let positionEmbeddings: Tensor
    let tokenTypeEmbeddings: Tensor
    let embeddingNormWeight: Tensor
    let embeddingNormBias: Tensor
    let layers: [EncoderLayerWeights]

    /// Looks up the embeddings and the six layers in `file`; any tensor missing or misshapen is an error.
    init(file: SafetensorsFile) throws(ModelLoadError) {
        let hidden = ModelShape.hidden
        wordEmbeddings = try file.tensor("embeddings.word_embeddings.weight", shape: [ModelShape.vocabulary, hidden])
        positionEmbeddings = try file.tensor("embeddings.position_embeddings.weight", shape: [ModelShape.positions, hidden])
        tokenTypeEmbeddings = try file.tensor("embeddings.token_type_embeddings.weight", shape: [ModelShape.tokenTypes, hidden])
        embeddingNormWeight = try file.tensor("embeddings.LayerNorm.weight", shape: [hidden])
        embeddingNormBias = try file.tensor("embeddings.LayerNorm.bias", shape: [hidden])
        var layers: [EncoderLayerWeights] = []
        for index in 0..<ModelShape.layers {
            layers.append(try EncoderLayerWeights(file: file, index: index))
        }
        self.layers = layers
    }
}
