import Foundation

/// One load of a content folder: collects problems while reading, then builds the index if there are none.
struct ContentLoadRun {
    let directory: String
    var problems: [ContentProblem] = []

    init(directory: String) {
        self.directory = directory
    }

    mutating func load(now: Date) -> Result<ContentIndex, ContentReport> {
        problems.append(ContentProblem(kind: .missingFile, file: "explainer.json", message: "loader not yet implemented"))
        return .failure(ContentReport(problems: problems))
    }
}
