/// The `check` command's logic, shared by `explainer-server check` and `serve`'s start-up.
///
/// `main` prints `report` (to stdout when valid, stderr when not) and exits with `exitCode`;
/// `serve` exits `2` instead of `1` on invalid content so a supervisor can tell it from a crash.
public enum ContentCheck {
    /// Loads and validates `directory` and describes the outcome.
    public static func run(directory: String) -> ContentCheckResult {
        switch ContentLoader.load(directory: directory) {
        case .success(let index):
            return ContentCheckResult(report: summary(of: index), exitCode: 0, index: index)
        case .failure(let report):
            return ContentCheckResult(report: report.description, exitCode: 1, index: nil)
        }
    }

    /// The one-line summary of a valid index:
    /// `ok: 8 sections, 11 claims, 3 sources, 7 studies, 24 glossary terms, 6 support lines, version <hex>`.
    public static func summary(of index: ContentIndex) -> String {
        "ok: \(index.sections.count) sections, \(index.claims.count) claims, \(index.sources.count) sources, "
            + "\(index.studies.count) studies, \(index.glossary.count) glossary terms, "
            + "\(index.supportLines.count) support lines, version \(index.contentVersion)"
    }
}
