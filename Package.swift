// swift-tools-version:6.0
import PackageDescription

/// explainer-server: an HTTP content API for the "unpacking self-harm" explainer.
///
/// Everything beyond the toolchain comes from Debian as C libraries in system-library targets:
/// zlib for gzip, OpenSSL for hashes and TLS, Snowball's libstemmer for English stemming, and OpenBLAS for
/// the matrix products of the sentence-embedding model (its header only: SentenceEmbedding dlopens the
/// library itself, after choosing the kernel for the CPU).
let package = Package(
    name: "explainer-server",
    products: [
        .executable(name: "explainer-server", targets: ["explainer-server"])
    ],
    targets: [
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "COpenBLAS", providers: [.apt(["libopenblas-dev"])]),
        // epoll, eventfd and accept4 for the event loop: Linux headers the Glibc module leaves out.
        .systemLibrary(name: "CLinux"),
        .target(name: "HTTPCore", dependencies: ["CZlib", "COpenSSL", "CLinux"], linkerSettings: [.linkedLibrary("m")]),
        .target(name: "ExplainerContent", dependencies: ["COpenSSL", "CStemmer"]),
        // openapi.yaml lives here so SwiftPM embeds it in the binary; the top-level one is a symlink to it.
        // The embed script is embedded the same way: served as written, no build step.
        .target(
            name: "ExplainerAPI", dependencies: ["HTTPCore", "ExplainerContent", "SentenceEmbedding", "COpenSSL"],
            resources: [.embedInCode("openapi.yaml"), .embedInCode("Pages/explainer.css"), .embedInCode("Embed/embed-v1.js")]),
        .target(name: "HTTPTesting", dependencies: ["HTTPCore"]),
        .target(name: "SentenceEmbedding", dependencies: ["COpenBLAS", "COpenSSL"], linkerSettings: [.linkedLibrary("m")]),
        .executableTarget(
            name: "explainer-server", dependencies: ["HTTPCore", "ExplainerContent", "ExplainerAPI", "SentenceEmbedding", "CLinux"]),
        .testTarget(name: "HTTPCoreTests", dependencies: ["HTTPCore", "HTTPTesting"]),
        .testTarget(name: "ExplainerContentTests", dependencies: ["ExplainerContent", "SentenceEmbedding"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ExplainerAPITests", dependencies: ["ExplainerAPI", "ExplainerContent", "HTTPCore", "HTTPTesting"],
            exclude: ["Golden"]),
        .testTarget(name: "ExplainerServerTests", dependencies: ["HTTPTesting", "HTTPCore", "explainer-server"]),
        .testTarget(name: "SentenceEmbeddingTests", dependencies: ["SentenceEmbedding", "CZlib"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// `fuzz/run.sh` sets EXPLAINER_FUZZ=1 to add the libFuzzer targets, on RequestParser (built from the
// HTTPCore target) and on the stored-vectors reader (from ExplainerContent), like everything else;
// they need `-sanitize=fuzzer` (libFuzzer brings `main`), so an ordinary build leaves them out.
if Context.environment["EXPLAINER_FUZZ"] == "1" {
    let fuzzFiles = ["Driver", "corpus", "corpus-vectors", "run.sh"]
    package.targets += [
        .target(name: "FuzzDriver", path: "fuzz/Driver"),
        .executableTarget(
            name: "FuzzRequestParser", dependencies: ["FuzzDriver", "HTTPCore"], path: "fuzz",
            exclude: fuzzFiles + ["FuzzVectorFile.swift"],
            sources: ["FuzzRequestParser.swift"]),
        .executableTarget(
            name: "FuzzVectorFile", dependencies: ["ExplainerContent", "FuzzDriver"], path: "fuzz",
            exclude: fuzzFiles + ["FuzzRequestParser.swift"],
            sources: ["FuzzVectorFile.swift"]),
    ]
}
