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
            let search = searchFiles(directory: directory, index: index)
            guard search.problems.isEmpty else {
                return ContentCheckResult(report: search.problems.joined(separator: "\n"), exitCode: 1, index: nil)
            }
            let lines = warnings(of: index, today: ContentDate(containing: now)) + search.warnings + [summary(of: index)]
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

    /// The search aids beside the content, checked without the model: `search-questions.json` must
    /// decode (a problem each, and the check fails) and name only documents that exist (a warning each);
    /// `vectors.bin`, when there is one, is warned about when it is unusable or when texts it does not
    /// cover would be embedded at start (re-run `explainer-server index`); a folder without one is fine.
    static func searchFiles(directory: String, index: ContentIndex) -> (problems: [String], warnings: [String]) {
        var documents = SearchIndex.documents(for: index)
        var warnings: [String] = []
        do {
            if let questions = try SearchQuestions.read(directory: directory) {
                warnings += questions.unknownKeys(in: documents).map {
                    "\(SearchQuestions.fileName): \($0): warning: names no passage, claim or glossary term"
                }
                documents = questions.attached(to: documents)
            }
        } catch {
            return (error.problems.map { "\(SearchQuestions.fileName): error: \($0)" }, [])
        }
        do {
            if let stored = try VectorFile.read(directory: directory) {
                let stale = DenseIndexBuild.staleCount(
                    documents: documents, modelID: stored.modelID, dimension: stored.dimension, stored: stored)
                if stale > 0 {
                    warnings.append(
                        "\(VectorFile.fileName): warning: \(stale) distinct texts have no stored vector and would be embedded at start "
                            + "(run explainer-server index)")
                }
            }
        } catch {
            warnings.append("\(VectorFile.fileName): warning: unusable (\(error)); every text is embedded at start")
        }
        return ([], warnings)
    }

    /// The one-line summary of a valid index:
    /// `ok: 8 sections, 11 claims, 3 sources, 7 studies, 24 glossary terms, 6 support lines, version <hex>`.
    public static func summary(of index: ContentIndex) -> String {
        "ok: \(index.sections.count) sections, \(index.claims.count) claims, \(index.sources.count) sources, "
            + "\(index.studies.count) studies, \(index.glossary.count) glossary terms, "
            + "\(index.supportLines.count) support lines, version \(index.contentVersion)"
    }
}
