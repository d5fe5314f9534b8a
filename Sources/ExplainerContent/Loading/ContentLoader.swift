import Foundation

/// Reads a content folder into a validated `ContentIndex`, or reports every problem in it at once.
///
/// The folder holds `explainer.json`, `sources.json`, `claims.json`, `glossary.json`, `support.json`
/// and `sections/NN-slug.md`. Loading never stops at the first problem: each file is read, every entry
/// is checked, and cross-references are checked against whatever did parse, so one run shows them all.
public enum ContentLoader {
    /// Loads and validates `directory`, stamping the index with `now`.
    public static func load(directory: String, now: Date = Date()) -> Result<ContentIndex, ContentReport> {
        let run = ContentLoadRun(directory: directory)
        return run.load(now: now)
    }
}
