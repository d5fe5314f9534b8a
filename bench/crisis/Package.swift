// swift-tools-version:6.0
// The crisis detector's latency benchmark: a package of its own so that it builds only
// ExplainerContent (through symlinks to the main package's sources) and never touches the main manifest.
import PackageDescription

let package = Package(
    name: "crisis-bench",
    targets: [
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl"),
        .systemLibrary(name: "CStemmer"),
        .target(name: "ExplainerContent", dependencies: ["COpenSSL", "CStemmer"]),
        .executableTarget(name: "crisis-bench", dependencies: ["ExplainerContent"]),
        .executableTarget(name: "crisis-features", dependencies: ["ExplainerContent"]),
        .systemLibrary(name: "COpenBLAS"),
        .target(name: "SentenceEmbedding", dependencies: ["COpenBLAS", "COpenSSL"], linkerSettings: [.linkedLibrary("m")]),
        .executableTarget(name: "crisis-model-bench", dependencies: ["ExplainerContent", "SentenceEmbedding"]),
    ],
    swiftLanguageModes: [.v6]
)
