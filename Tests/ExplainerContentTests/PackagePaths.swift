import Foundation

/// Where the package's own files and the project's shared folder are, found from this file's path
/// so tests run the same from any working directory.
enum PackagePaths {
    /// The package root: two folders above `Tests/ExplainerContentTests/`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The real `Content/` folder.
    static var content: String { root.appendingPathComponent("Content").path }

    /// `../shared/` beside the package (a fresh clone has none), or `nil`.
    static var shared: URL? {
        let candidate = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
    }

    /// The explainer's original text in `../shared/explainer/`, or `nil` when absent.
    static var explainerText: String? {
        guard let shared else { return nil }
        let url = shared.appendingPathComponent("explainer").appendingPathComponent("000_0284aec5c720bb52.txt")
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The checked research notes in `../shared/research/`, or `nil` when absent.
    static func research(_ name: String) -> String? {
        guard let shared else { return nil }
        return try? String(contentsOf: shared.appendingPathComponent("research").appendingPathComponent(name), encoding: .utf8)
    }
}
