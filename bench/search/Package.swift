// swift-tools-version:6.0
// The search benchmarks: a package of their own so that they build only ExplainerContent and
// SentenceEmbedding (through symlinks to the main package's sources) and never touch the main manifest.
import PackageDescription

let package = Package(
    name: "search-bench",
    targets: [
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl"),
        .systemLibrary(name: "CStemmer"),
        .systemLibrary(name: "COpenBLAS"),
        .target(name: "ExplainerContent", dependencies: ["COpenSSL", "CStemmer"]),
        .target(name: "SentenceEmbedding", dependencies: ["COpenBLAS", "COpenSSL"], linkerSettings: [.linkedLibrary("m")]),
        .executableTarget(name: "search-bench", dependencies: ["ExplainerContent"]),
        .executableTarget(name: "hybrid-bench", dependencies: ["ExplainerContent", "SentenceEmbedding"]),
    ],
    swiftLanguageModes: [.v6]
)
