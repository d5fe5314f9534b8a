/// Collects problems during one load; a class so every decoding step can add to the same list.
///
/// Used by one load on one thread only, then turned into a `ContentReport`.
final class ProblemList {
    private(set) var problems: [ContentProblem] = []

    var isEmpty: Bool { problems.isEmpty }

    func add(_ kind: ContentProblem.Kind, file: String, line: Int?, column: Int? = nil, id: String?, _ message: String) {
        problems.append(ContentProblem(kind: kind, file: file, line: line, column: column, id: id, message: message))
    }
}
