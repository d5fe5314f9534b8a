import Foundation

/// The `check` command's logic, shared by `explainer-server check` and `serve`'s start-up.
///
/// `main` prints `report` (to stdout when valid, stderr when not) and exits with `exitCode`;
/// `serve` exits `2` instead of `1` on invalid content so a supervisor can tell it from a crash.
public enum ContentCheck {
    /// Loads and validates `directory` and describes the outcome.
    public static func run(directory: String, now: Date = Date()) -> ContentCheckResult {
        switch ContentLoader.load(directory: directory, now: now) {
        case .success(let index):
            let lines = warnings(of: index, today: ContentDate(containing: now)) + [summary(of: index)]
            return ContentCheckResult(report: lines.joined(separator: "\n"), exitCode: 0, index: index)
        case .failure(let report):
            return ContentCheckResult(report: report.description, exitCode: 1, index: nil)
        }
    }

    /// What valid content should still get a person's attention, one line each, as
    /// `file: id: warning: …`: a section whose `next_review` is before `today`.
    ///
    /// Warnings never make content invalid: an overdue review is a reason to review, not to stop serving.
    public static func warnings(of index: ContentIndex, today: ContentDate) -> [String] {
        index.sections.compactMap { section in
            guard let next = section.nextReview, next < today else { return nil }
            return "\(ContentFiles.dates): \(section.id): warning: next_review \(next) has passed"
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
