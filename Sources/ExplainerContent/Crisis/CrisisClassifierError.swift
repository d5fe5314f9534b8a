/// Why a classifier weight table did not parse: the line and what is wrong with it.
package struct CrisisClassifierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The line, counted from 1.
    package let line: Int
    /// What is wrong.
    package let reason: String

    /// Creates an error.
    package init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// "line N: reason".
    package var description: String { "line \(line): \(reason)" }
}
