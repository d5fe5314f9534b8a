// swift-tools-version:6.0
// The sentence-embedding benchmark: a package of its own so that it builds only SentenceEmbedding (through
// symlinks to the main package's sources) and never touches the main package's manifest.
import PackageDescription

let package = Package(
    name: "embedding-bench",
    targets: [
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl"),
        .systemLibrary(name: "COpenBLAS"),
        .target(name: "SentenceEmbedding", dependencies: ["COpenBLAS", "COpenSSL"], linkerSettings: [.linkedLibrary("m")]),
        .executableTarget(name: "embedding-bench", dependencies: ["SentenceEmbedding"]),
        .executableTarget(name: "forward-lengths", dependencies: ["SentenceEmbedding"]),
    ],
    swiftLanguageModes: [.v6]
)
