import ExplainerContent
import Foundation

/// The repository's real `Content/` and a search index over it, loaded once for all search tests.
enum SearchTestContent {
    /// The `Content/` folder, found from this file's path (Tests/ExplainerContentTests/ → repo root).
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content").path

    /// The loaded content, or the loader's report when it does not load.
    static let loaded: Result<ContentIndex, ContentReport> = ContentLoader.load(directory: directory)

    /// The index over the real content; `nil` when the content does not load (tests then fail on that).
    static let index: SearchIndex? = {
        guard case .success(let content) = loaded else { return nil }
        return SearchIndex(content: content)
    }()

    /// The content, for tests that need it.
    static var content: ContentIndex? {
        guard case .success(let content) = loaded else { return nil }
        return content
    }
}
