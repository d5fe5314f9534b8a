import COpenBLAS
import Glibc

/// One forward pass of the BERT encoder over one text, with its scratch memory.
///
/// A value is made per `encode` call and thrown away after it, so its buffers belong to one thread
/// and the shared `BertWeights` are only ever read: that is what makes one encoder safe to share
/// between worker threads. All buffers come from one zeroed allocation sized for the text's token
/// count (about 4 MB at 256 tokens); there is no padding between texts, so every real position is a
/// token and the attention mask of sentence-transformers (all ones for a batch of one) needs no
/// representation.
///
/// Activations are feature-major: `[features, lanes]`, one row per feature, one column (lane) per
/// token, plus the padding lanes `ProductSplit` may add. So a linear layer is `W · in` with PyTorch's
/// `[out, in]` weights read in place from the mapped file, no copy and no transpose (see
/// `ProductSplit` for why this layout and not `in · Wᵀ`). Matrix products go to OpenBLAS's
/// `cblas_sgemm`, row-major; everything else (embedding sums, LayerNorm, softmax, exact GELU with
/// `ErrorFunction.erf`, pooling) is plain loops, the per-token ones running along the lanes.
struct BertForwardPass: ~Copyable {
    private let tokens: Int
    private let lanes: Int
    private let split: ProductSplit
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
    private let laneMean: UnsafeMutablePointer<Float>
    private let laneScale: UnsafeMutablePointer<Float>

    /// Allocates the scratch for `tokens` tokens laid out as `split` says; matrix products go to
    /// `sgemm` (OpenBLAS's `cblas_sgemm`).
    init(tokens: Int, split: ProductSplit, sgemm: @escaping COpenBLASSgemm) {
        precondition(tokens > 0 && tokens <= ModelShape.maximumTokens)
        let lanes = split.lanes(tokens: tokens)
        let rows = ModelShape.hidden * lanes
        let total = 6 * rows + ModelShape.intermediate * lanes + tokens * tokens + 2 * lanes
        storage = .allocate(capacity: total)
        storage.initialize(repeating: 0)
        let base = storage.baseAddress!
        self.tokens = tokens
        self.lanes = lanes
        self.split = split
        self.sgemm = sgemm
        hidden = base
        query = base + rows
        key = base + 2 * rows
        value = base + 3 * rows
        context = base + 4 * rows
        projected = base + 5 * rows
        inner = base + 6 * rows
        scores = inner + ModelShape.intermediate * lanes
        laneMean = scores + tokens * tokens
        laneScale = laneMean + lanes
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

    /// Word + position + token-type (segment A) embeddings, written down each token's lane, then LayerNorm.
    private func embed(ids: [Int32], weights: BertWeights) {
        let width = ModelShape.hidden
        let segment = weights.tokenTypeEmbeddings.data
        for (position, id) in ids.enumerated() {
            let word = weights.wordEmbeddings.data + Int(id) * width
            let place = weights.positionEmbeddings.data + position * width
            for feature in 0..<width {
                hidden[feature * lanes + position] = word[feature] + place[feature] + segment[feature]
            }
        }
        layerNorm(hidden, weight: weights.embeddingNormWeight, bias: weights.embeddingNormBias)
    }

    /// Multi-head self-attention and its output projection, added to the hidden state and normalised.
    ///
    /// A head's 32 features are 32 consecutive rows of `query`, `key` and `value`; only the real
    /// tokens' lanes take part, so the padding lanes of `context` stay zero.
    private func attention(_ layer: EncoderLayerWeights) {
        let width = ModelShape.hidden
        linear(hidden, inputWidth: width, weight: layer.query, bias: layer.queryBias, into: query, outputWidth: width)
        linear(hidden, inputWidth: width, weight: layer.key, bias: layer.keyBias, into: key, outputWidth: width)
        linear(hidden, inputWidth: width, weight: layer.value, bias: layer.valueBias, into: value, outputWidth: width)
        let headWidth = ModelShape.headWidth
        let scale = 1 / Float(headWidth).squareRoot()
        let n = Int32(tokens)
        let stride = Int32(lanes)
        for head in 0..<ModelShape.heads {
            let offset = head * headWidth * lanes
            // scores = scale · Q_h K_hᵀ, one row per query token: (Q_hᵀ)ᵀ · K_hᵀ.
            sgemm(
                CblasRowMajor, CblasTrans, CblasNoTrans, n, n, Int32(headWidth), scale, query + offset, stride,
                key + offset, stride, 0, scores, n)
            softmaxRows(scores, count: tokens)
            // context_hᵀ = V_hᵀ · softmax(scores)ᵀ, written into the head's rows.
            sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans, Int32(headWidth), n, n, 1, value + offset, stride, scores, n,
                0, context + offset, stride)
        }
        linear(
            context, inputWidth: width, weight: layer.attentionOutput, bias: layer.attentionOutputBias, into: projected,
            outputWidth: width)
        addInPlace(hidden, projected, count: width * lanes)
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
        for index in 0..<(innerWidth * lanes) {
            let x = inner[index]
            inner[index] = 0.5 * x * (1 + ErrorFunction.erf(x * halfSqrt2))
        }
        linear(inner, inputWidth: innerWidth, weight: layer.output, bias: layer.outputBias, into: projected, outputWidth: width)
        addInPlace(hidden, projected, count: width * lanes)
        layerNorm(hidden, weight: layer.outputNormWeight, bias: layer.outputNormBias)
    }

    /// Mean over the real tokens' lanes, then division by the Euclidean norm.
    private func pooled() -> [Float] {
        let width = ModelShape.hidden
        var sums = [Double](repeating: 0, count: width)
        for feature in 0..<width {
            let row = hidden + feature * lanes
            for position in 0..<tokens { sums[feature] += Double(row[position]) }
        }
        let mean = sums.map { $0 / Double(tokens) }
        let norm = mean.reduce(0) { $0 + $1 * $1 }.squareRoot()
        // sentence-transformers' Normalize divides by max(norm, 1e-12).
        let divisor = max(norm, 1e-12)
        return mean.map { Float($0 / divisor) }
    }

    /// `output = weight · input + bias` over every lane; `weight` is `[outputWidth, inputWidth]` as
    /// PyTorch stores it, `input` is `[inputWidth, lanes]` and `output` `[outputWidth, lanes]`.
    ///
    /// A short text's product is cut into blocks of weight rows (`ProductSplit`), each a contiguous run
    /// of the mapped matrix, so that OpenBLAS reads the weights in place instead of packing them.
    private func linear(
        _ input: UnsafePointer<Float>, inputWidth: Int, weight: Tensor, bias: Tensor, into output: UnsafeMutablePointer<Float>,
        outputWidth: Int
    ) {
        for feature in 0..<outputWidth {
            (output + feature * lanes).update(repeating: bias.data[feature], count: lanes)
        }
        let block = split.rowsPerCall(lanes: lanes, inputWidth: inputWidth, outputWidth: outputWidth)
        let stride = Int32(lanes)
        for first in Swift.stride(from: 0, to: outputWidth, by: block) {
            let rows = min(block, outputWidth - first)
            sgemm(
                CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(rows), stride, Int32(inputWidth), 1,
                weight.data + first * inputWidth, Int32(inputWidth), input, stride, 1, output + first * lanes, stride)
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

    /// LayerNorm over each lane (every token, and the padding) with the biased variance and BERT's
    /// epsilon: the mean and variance are summed feature by feature, in the same order as over a
    /// token-major row, with all lanes side by side so the loops vectorise.
    private func layerNorm(_ matrix: UnsafeMutablePointer<Float>, weight: Tensor, bias: Tensor) {
        let width = ModelShape.hidden
        let gamma = weight.data
        let beta = bias.data
        laneMean.update(repeating: 0, count: lanes)
        for feature in 0..<width {
            let row = matrix + feature * lanes
            for lane in 0..<lanes { laneMean[lane] += row[lane] }
        }
        for lane in 0..<lanes { laneMean[lane] /= Float(width) }
        laneScale.update(repeating: 0, count: lanes)
        for feature in 0..<width {
            let row = matrix + feature * lanes
            for lane in 0..<lanes {
                let centred = row[lane] - laneMean[lane]
                laneScale[lane] += centred * centred
            }
        }
        for lane in 0..<lanes {
            laneScale[lane] = 1 / (laneScale[lane] / Float(width) + ModelShape.layerNormEpsilon).squareRoot()
        }
        for feature in 0..<width {
            let row = matrix + feature * lanes
            let (scale, shift) = (gamma[feature], beta[feature])
            for lane in 0..<lanes {
                row[lane] = (row[lane] - laneMean[lane]) * laneScale[lane] * scale + shift
            }
        }
    }
}
