/// Why an exemplar bank did not load: the file, and every problem found (not only the first).
public struct CrisisExemplarError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file that was read.
    public let file: String
    /// Each problem, as "line N: what is wrong" where there is a line.
    public let problems: [String]

    /// Creates an error.
    public init(file: String, problems: [String]) {
        self.file = file
        self.problems = problems
    }

    /// The problems, one a line, each prefixed with the file.
    public var description: String {
        problems.map { "\(file): \($0)" }.joined(separator: "\n")
    }
}
