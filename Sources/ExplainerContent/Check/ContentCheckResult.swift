/// What `explainer-server check` prints and how it exits.
public struct ContentCheckResult: Sendable {
    /// The text to print: the problems one per line then `invalid: N problems`, or one `ok: …` summary line.
    public let report: String
    /// `0` when the content is valid, `1` when not (`serve` uses `2` instead: see `ContentCheck`).
    public let exitCode: Int32
    /// The loaded index when the content is valid, so `serve` need not load it twice.
    public let index: ContentIndex?
}
