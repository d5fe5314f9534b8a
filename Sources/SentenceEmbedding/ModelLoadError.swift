/// Why a model folder could not be loaded, always naming the file at fault.
///
/// The server treats every case the same way (it falls back to lexical search and logs the
/// description), so the cases exist for the log line and for tests, not for recovery.
public enum ModelLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist (or is not a regular file).
    case missingFile(path: String)
    /// The file exists but could not be opened, read or mapped; `errno` is the C error number.
    case unreadableFile(path: String, errno: Int32)
    /// The file was read but is not what the encoder needs: a bad header, a tensor missing or of the
    /// wrong shape, a vocabulary that does not match the embedding table.
    case corruptFile(path: String, reason: String)
    /// The weights' SHA-256 is not the one the caller asked for.
    case checksumMismatch(path: String, expected: String, actual: String)
    /// The shared library the forward pass needs (`libopenblas.so.0`) could not be opened, or lacks a
    /// function; `reason` is `dlerror()`'s text.
    case libraryUnavailable(path: String, reason: String)

    /// The path of the file at fault.
    public var path: String {
        switch self {
        case .missingFile(let path), .unreadableFile(let path, _), .corruptFile(let path, _),
            .checksumMismatch(let path, _, _), .libraryUnavailable(let path, _):
            return path
        }
    }

    /// One line for a log: the file and what is wrong with it.
    public var description: String {
        switch self {
        case .missingFile(let path):
            return "\(path): missing"
        case .unreadableFile(let path, let errno):
            return "\(path): cannot be read (errno \(errno))"
        case .corruptFile(let path, let reason):
            return "\(path): corrupt: \(reason)"
        case .checksumMismatch(let path, let expected, let actual):
            return "\(path): SHA-256 is \(actual), expected \(expected)"
        case .libraryUnavailable(let path, let reason):
            return "\(path): cannot be loaded: \(reason)"
        }
    }
}
