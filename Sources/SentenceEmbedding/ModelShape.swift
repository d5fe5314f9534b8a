/// The dimensions of all-MiniLM-L6-v2 (a 6-layer BERT), which the weights file is checked against.
///
/// They are constants rather than read from `config.json` because the forward pass is written for
/// this architecture (exact GELU, post-LayerNorm, absolute positions); a file with other dimensions is
/// a different model and is refused as corrupt instead of being run.
enum ModelShape {
    /// Width of every hidden state and of the sentence vector.
    static let hidden = 384
    /// Attention heads per layer; each sees `hidden / heads` = 32 dimensions.
    static let heads = 12
    /// Width of the feed-forward layer.
    static let intermediate = 1536
    /// Transformer layers.
    static let layers = 6
    /// WordPiece vocabulary entries, and rows of the word-embedding table.
    static let vocabulary = 30522
    /// Rows of the position-embedding table (the model was trained with 512).
    static let positions = 512
    /// Token types (segment A and B); a single text is all segment A.
    static let tokenTypes = 2
    /// LayerNorm's epsilon, from BERT's configuration.
    static let layerNormEpsilon: Float = 1e-12
    /// The longest input, counting [CLS] and [SEP]: sentence-transformers' `max_seq_length` for this model.
    static let maximumTokens = 256

    /// Width of one attention head.
    static var headWidth: Int { hidden / heads }
}
