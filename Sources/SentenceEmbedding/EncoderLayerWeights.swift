/// The weights of one transformer layer: the linear layers copied and transposed (`LinearWeight`),
/// the LayerNorm parameters as pointers into the mapped file.
struct EncoderLayerWeights: Sendable {
    /// The attention's query, key and value side by side: `[384, 1152]`, output columns Q | K | V.
    let queryKeyValue: LinearWeight
    let attentionOutput: LinearWeight
    let attentionNormWeight: Tensor
    let attentionNormBias: Tensor
    let intermediate: LinearWeight
    let output: LinearWeight
    let outputNormWeight: Tensor
    let outputNormBias: Tensor

    /// The floats one layer's linear weights take in the `WeightArena`.
    static let arenaFloats: Int = {
        let hidden = ModelShape.hidden
        let inner = ModelShape.intermediate
        return LinearWeight.floats(inputWidth: hidden, outputWidth: 3 * hidden)
            + LinearWeight.floats(inputWidth: hidden, outputWidth: hidden)
            + LinearWeight.floats(inputWidth: hidden, outputWidth: inner) + LinearWeight.floats(inputWidth: inner, outputWidth: hidden)
    }()

    /// Looks up and shape-checks layer `index` of `file`, copies its linear weights into `memory`
    /// (`arenaFloats` of them, moving `memory` past them), and gives the mapped originals of those
    /// back to the kernel (`SafetensorsFile.release`).
    init(file: SafetensorsFile, index: Int, memory: inout UnsafeMutablePointer<Float>) throws(ModelLoadError) {
        let prefix = "encoder.layer.\(index)."
        let hidden = ModelShape.hidden
        let inner = ModelShape.intermediate
        func tensor(_ name: String, _ shape: [Int]) throws(ModelLoadError) -> Tensor {
            try file.tensor(prefix + name, shape: shape)
        }
        func linear(_ names: [String], _ shape: [Int]) throws(ModelLoadError) -> LinearWeight {
            var parts: [(weight: Tensor, bias: Tensor)] = []
            for name in names {
                parts.append((try tensor(name + ".weight", shape), try tensor(name + ".bias", [shape[0]])))
            }
            let joined = LinearWeight(parts: parts, memory: &memory)
            for part in parts { file.release(part.weight) }
            return joined
        }
        queryKeyValue = try linear(
            ["attention.self.query", "attention.self.key", "attention.self.value"], [hidden, hidden])
        attentionOutput = try linear(["attention.output.dense"], [hidden, hidden])
        attentionNormWeight = try tensor("attention.output.LayerNorm.weight", [hidden])
        attentionNormBias = try tensor("attention.output.LayerNorm.bias", [hidden])
        intermediate = try linear(["intermediate.dense"], [inner, hidden])
        output = try linear(["output.dense"], [hidden, inner])
        outputNormWeight = try tensor("output.LayerNorm.weight", [hidden])
        outputNormBias = try tensor("output.LayerNorm.bias", [hidden])
    }
}
