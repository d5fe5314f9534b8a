/// Every problem found in a content folder, reported together: the error `ContentLoader.load` fails with.
public struct ContentReport: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file, then line, then column, then message (so the order is stable).
    public let problems: [ContentProblem]

    /// Creates a report, sorting the problems into file order.
    public init(problems: [ContentProblem]) {
        self.problems = problems.sorted { lhs, rhs in
            if lhs.file != rhs.file { return lhs.file < rhs.file }
            if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
            if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
            return lhs.message < rhs.message
        }
    }

    /// One problem per line, then a count.
    public var description: String {
        let lines = problems.map(\.description)
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (lines + ["invalid: \(count)"]).joined(separator: "\n")
    }
}
