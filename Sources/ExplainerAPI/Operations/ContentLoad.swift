import ExplainerContent
import HTTPCore

/// One load of the content folder, timed and recorded: what start-up and every reload run.
///
/// `run` loads and validates the folder, measures how long that took and, when the content is
/// valid, records it in the content metrics; the caller logs `fields` under its own event, since
/// start-up logs once it is listening and a reload at once.
public struct ContentLoad: Sendable {
    /// The folder read.
    public let directory: String
    /// The index, or every problem found.
    public let result: Result<ContentIndex, ContentReport>
    /// How long loading, validating and indexing took, in seconds.
    public let seconds: Double

    /// Loads `directory`, times it, and records a valid index in `metrics`.
    public static func run(directory: String, metrics: ContentMetrics) -> ContentLoad {
        let started = ContinuousClock.now
        let result = ContentLoader.load(directory: directory)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if case .success(let index) = result { metrics.contentServed(version: index.contentVersion, loadSeconds: seconds) }
        return ContentLoad(directory: directory, result: result, seconds: seconds)
    }

    /// The event-log fields of a valid load: its version, how long it took and the folder.
    public func fields(_ index: ContentIndex) -> [(String, EventLog.Value)] {
        [("version", .string(index.contentVersion)), ("load_seconds", .double(seconds)), ("directory", .string(directory))]
    }
}
