import COpenBLAS
import Glibc

/// One forward pass of the BERT encoder over one text, with its scratch memory.
///
/// A value is made per `encode` call and thrown away after it, so its buffers belong to one thread
/// and the shared `BertWeights` are only ever read: that is what makes one encoder safe to share
/// between worker threads. All buffers come from one allocation sized for the text's token count
/// (about 4 MB at 256 tokens); there is no padding, so every position is a real token and the
/// attention mask of sentence-transformers (all ones for a batch of one) needs no representation.
///
/// Matrix products go to OpenBLAS's `cblas_sgemm`, row-major; PyTorch's `[out, in]` weights are
/// read in place with `CblasTrans`. Everything else (embedding sums, LayerNorm, softmax, exact GELU with
/// `ErrorFunction.erf`, pooling) is plain loops over contiguous rows.
struct BertForwardPass: ~Copyable {
    private let tokens: Int
    private let sgemm: COpenBLASSgemm
    private let storage: UnsafeMutableBufferPointer<Float>
    private let hidden: UnsafeMutablePointer<Float>
    private let query: UnsafeMutablePointer<Float>
    private let key: UnsafeMutablePointer<Float>
    private let value: UnsafeMutablePointer<Float>
    private let context: UnsafeMutablePointer<Float>
    private let projected: UnsafeMutablePointer<Float>
    private let inner: UnsafeMutablePointer<Float>
    private let scores: UnsafeMutablePointer<Float>

    /// Allocates the scratch for `tokens` tokens; matrix products go to `sgemm` (OpenBLAS's `cblas_sgemm`).
    init(tokens: Int, sgemm: @escaping COpenBLASSgemm) {
        precondition(tokens > 0 && tokens <= ModelShape.maximumTokens)
        let width = ModelShape.hidden
        let rows = tokens * width
        let total = 6 * rows + tokens * ModelShape.intermediate + tokens * tokens
        storage = .allocate(capacity: total)
        let base = storage.baseAddress!
        self.tokens = tokens
        self.sgemm = sgemm
        hidden = base
        query = base + rows
        key = base + 2 * rows
        value = base + 3 * rows
        context = base + 4 * rows
        projected = base + 5 * rows
        inner = base + 6 * rows
        scores = inner + tokens * ModelShape.intermediate
    }

    deinit {
        storage.deallocate()
    }

    /// The L2-normalised mean of the last layer's token states for `ids`.
    mutating func run(ids: [Int32], weights: BertWeights) -> [Float] {
        precondition(ids.count == tokens)
        embed(ids: ids, weights: weights)
        for layer in weights.layers {
            attention(layer)
            feedForward(layer)
        }
        return pooled()
    }

    /// Word + position + token-type (segment A) embeddings, then LayerNorm.
    private func embed(ids: [Int32], weights: BertWeights) {
        let width = ModelShape.hidden
        let segment = weights.tokenTypeEmbeddings.data
        for (position, id) in ids.enumerated() {
            let word = weights.wordEmbeddings.data + Int(id) * width
            let place = weights.positionEmbeddings.data + position * width
            let row = hidden + position * width
            for column in 0..<width {
                row[column] = word[column] + place[column] + segment[column]
            }
        }
        layerNorm(hidden, weight: weights.embeddingNormWeight, bias: weights.embeddingNormBias)
    }

    /// Multi-head self-attention and its output projection, added to the hidden state and normalised.
    private func attention(_ layer: EncoderLayerWeights) {
        let width = ModelShape.hidden
        linear(hidden, inputWidth: width, weight: layer.query, bias: layer.queryBias, into: query, outputWidth: width)
        linear(hidden, inputWidth: width, weight: layer.key, bias: layer.keyBias, into: key, outputWidth: width)
        linear(hidden, inputWidth: width, weight: layer.value, bias: layer.valueBias, into: value, outputWidth: width)
        let headWidth = ModelShape.headWidth
        let scale = 1 / Float(headWidth).squareRoot()
        let n = Int32(tokens)
        for head in 0..<ModelShape.heads {
            let offset = head * headWidth
            // scores = scale · Q_h K_hᵀ, one row per query token.
            sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, n, n, Int32(headWidth), scale, query + offset, Int32(width),
                key + offset, Int32(width), 0, scores, n)
            softmaxRows(scores, count: tokens)
            // context_h = softmax(scores) V_h, written into the head's columns.
            sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, n, Int32(headWidth), n, 1, scores, n, value + offset,
                Int32(width), 0, context + offset, Int32(width))
        }
        linear(
            context, inputWidth: width, weight: layer.attentionOutput, bias: layer.attentionOutputBias, into: projected,
            outputWidth: width)
        addInPlace(hidden, projected, count: tokens * width)
        layerNorm(hidden, weight: layer.attentionNormWeight, bias: layer.attentionNormBias)
    }

    /// The feed-forward block: expand, exact GELU, contract, residual, LayerNorm.
    private func feedForward(_ layer: EncoderLayerWeights) {
        let width = ModelShape.hidden
        let innerWidth = ModelShape.intermediate
        linear(
            hidden, inputWidth: width, weight: layer.intermediate, bias: layer.intermediateBias, into: inner,
            outputWidth: innerWidth)
        let halfSqrt2: Float = 0.707_106_781_186_547_6
        for index in 0..<(tokens * innerWidth) {
            let x = inner[index]
            inner[index] = 0.5 * x * (1 + ErrorFunction.erf(x * halfSqrt2))
        }
        linear(inner, inputWidth: innerWidth, weight: layer.output, bias: layer.outputBias, into: projected, outputWidth: width)
        addInPlace(hidden, projected, count: tokens * width)
        layerNorm(hidden, weight: layer.outputNormWeight, bias: layer.outputNormBias)
    }

    /// Mean over tokens, then division by the Euclidean norm.
    private func pooled() -> [Float] {
        let width = ModelShape.hidden
        var sums = [Double](repeating: 0, count: width)
        for position in 0..<tokens {
            let row = hidden + position * width
            for column in 0..<width { sums[column] += Double(row[column]) }
        }
        let mean = sums.map { $0 / Double(tokens) }
        let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
        // sentence-transformers' Normalize divides by max(norm, 1e-12).
        let divisor = max(norm, 1e-12)
        return mean.map { Float($0 / divisor) }
    }

    /// `output = input · weightᵀ + bias` for every token row; `weight` is `[outputWidth, inputWidth]`.
    ///
    /// A short text's product is split by output columns (`ProductSplit`) so that OpenBLAS reads the
    /// weights in place instead of packing them; each block is a contiguous run of weight rows.
    private func linear(
        _ input: UnsafePointer<Float>, inputWidth: Int, weight: Tensor, bias: Tensor, into output: UnsafeMutablePointer<Float>,
        outputWidth: Int
    ) {
        for row in 0..<tokens {
            (output + row * outputWidth).update(from: bias.data, count: outputWidth)
        }
        let block = ProductSplit.columnsPerCall(tokens: tokens, inputWidth: inputWidth, outputWidth: outputWidth)
        for first in stride(from: 0, to: outputWidth, by: block) {
            let columns = min(block, outputWidth - first)
            sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(tokens), Int32(columns), Int32(inputWidth), 1, input,
                Int32(inputWidth), weight.data + first * inputWidth, Int32(inputWidth), 1, output + first, Int32(outputWidth))
        }
    }

    private func addInPlace(_ target: UnsafeMutablePointer<Float>, _ addend: UnsafePointer<Float>, count: Int) {
        for index in 0..<count { target[index] += addend[index] }
    }

    /// Row-wise softmax of a `count × count` matrix, shifted by each row's maximum for stability.
    ///
    /// The maximum and the sum are taken eight lanes at a time and the exponentials in a loop of their
    /// own (`ExponentialFunction.exp`), so that all three vectorise.
    private func softmaxRows(_ matrix: UnsafeMutablePointer<Float>, count: Int) {
        let lanes = 8
        let vectorEnd = count - count % lanes
        for rowIndex in 0..<count {
            let row = matrix + rowIndex * count
            let raw = UnsafeMutableRawPointer(row)
            var largestLanes = SIMD8<Float>(repeating: -.infinity)
            for column in stride(from: 0, to: vectorEnd, by: lanes) {
                let values = raw.loadUnaligned(fromByteOffset: column * 4, as: SIMD8<Float>.self)
                for lane in 0..<lanes where values[lane] > largestLanes[lane] { largestLanes[lane] = values[lane] }
            }
            var largest = -Float.infinity
            for lane in 0..<lanes { largest = max(largest, largestLanes[lane]) }
            for column in vectorEnd..<count { largest = max(largest, row[column]) }
            for column in 0..<count { row[column] = ExponentialFunction.exp(row[column] - largest) }
            var totalLanes = SIMD8<Float>()
            for column in stride(from: 0, to: vectorEnd, by: lanes) {
                totalLanes += raw.loadUnaligned(fromByteOffset: column * 4, as: SIMD8<Float>.self)
            }
            var total = totalLanes.sum()
            for column in vectorEnd..<count { total += row[column] }
            let inverse = 1 / total
            for column in 0..<count { row[column] *= inverse }
        }
    }

    /// LayerNorm over each token row with the biased variance and BERT's epsilon.
    private func layerNorm(_ matrix: UnsafeMutablePointer<Float>, weight: Tensor, bias: Tensor) {
        let width = ModelShape.hidden
        let gamma = weight.data
        let beta = bias.data
        for rowIndex in 0..<tokens {
            let row = matrix + rowIndex * width
            var sum: Float = 0
            for column in 0..<width { sum += row[column] }
            let mean = sum / Float(width)
            var squares: Float = 0
            for column in 0..<width {
                let centred = row[column] - mean
                squares += centred * centred
            }
            let inverseDeviation = 1 / (squares / Float(width) + ModelShape.layerNormEpsilon).squareRoot()
            for column in 0..<width {
                row[column] = (row[column] - mean) * inverseDeviation * gamma[column] + beta[column]
            }
        }
    }
}
