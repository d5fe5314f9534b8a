import Foundation

/// Paths in this repository, found from this file's location so tests run from any directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed content directory the server binary serves.
    static var content: String { root.appendingPathComponent("Content").path }
}
