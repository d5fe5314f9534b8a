/// The weights of one transformer layer, as pointers into the mapped file.
///
/// Linear weights stay in PyTorch's `[out, in]` layout, read in place: the forward pass keeps its
/// activations feature-major so that each layer is `W · in`, with no transposed copy (`ProductSplit`).
struct EncoderLayerWeights: Sendable {
    let query: Tensor
    let queryBias: Tensor
    let key: Tensor
    let keyBias: Tensor
    let value: Tensor
    let valueBias: Tensor
    let attentionOutput: Tensor
    let attentionOutputBias: Tensor
    let attentionNormWeight: Tensor
    let attentionNormBias: Tensor
    let intermediate: Tensor
    let intermediateBias: Tensor
    let output: Tensor
    let outputBias: Tensor
    let outputNormWeight: Tensor
    let outputNormBias: Tensor

    /// Looks up and shape-checks layer `index` of `file`.
    init(file: SafetensorsFile, index: Int) throws(ModelLoadError) {
        let prefix = "encoder.layer.\(index)."
        let hidden = ModelShape.hidden
        let inner = ModelShape.intermediate
        func tensor(_ name: String, _ shape: [Int]) throws(ModelLoadError) -> Tensor {
            try file.tensor(prefix + name, shape: shape)
        }
        query = try tensor("attention.self.query.weight", [hidden, hidden])
        queryBias = try tensor("attention.self.query.bias", [hidden])
        key = try tensor("attention.self.key.weight", [hidden, hidden])
        keyBias = try tensor("attention.self.key.bias", [hidden])
        value = try tensor("attention.self.value.weight", [hidden, hidden])
        valueBias = try tensor("attention.self.value.bias", [hidden])
        attentionOutput = try tensor("attention.output.dense.weight", [hidden, hidden])
        attentionOutputBias = try tensor("attention.output.dense.bias", [hidden])
        attentionNormWeight = try tensor("attention.output.LayerNorm.weight", [hidden])
        attentionNormBias = try tensor("attention.output.LayerNorm.bias", [hidden])
        intermediate = try tensor("intermediate.dense.weight", [inner, hidden])
        intermediateBias = try tensor("intermediate.dense.bias", [inner])
        output = try tensor("output.dense.weight", [hidden, inner])
        outputBias = try tensor("output.dense.bias", [hidden])
        outputNormWeight = try tensor("output.LayerNorm.weight", [hidden])
        outputNormBias = try tensor("output.LayerNorm.bias", [hidden])
    }
}
