import Glibc

/// Lines for the operator on standard error: the `listening on` line and errors with no log to go to.
///
/// One `write(2)` per line, so lines from several threads never interleave mid-line.
public enum StandardError {
    /// Writes `line` and a newline to file descriptor 2.
    @Sendable public static func write(_ line: String) {
        let text = Array((line + "\n").utf8)
        _ = text.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
