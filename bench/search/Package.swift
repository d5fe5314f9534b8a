// swift-tools-version:6.0
// The search latency benchmark: a package of its own so that it builds only ExplainerContent (through
// symlinks to the main package's sources) and never touches the main package's manifest.
import PackageDescription

let package = Package(
    name: "search-bench",
    targets: [
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl"),
        .systemLibrary(name: "CStemmer"),
        .target(name: "ExplainerContent", dependencies: ["COpenSSL", "CStemmer"]),
        .executableTarget(name: "search-bench", dependencies: ["ExplainerContent"]),
    ],
    swiftLanguageModes: [.v6]
)
