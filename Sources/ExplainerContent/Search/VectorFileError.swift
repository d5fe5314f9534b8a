/// Why a stored vector file cannot be used; the caller then embeds every document again.
public enum VectorFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened, examined or mapped (errno as text).
    case unreadable(path: String, reason: String)
    /// The file is larger than `VectorFile.maximumBytes`.
    case tooLarge(path: String, bytes: Int)
    /// The bytes are not a vector file of this format: a wrong magic or version, a field out of its
    /// bounds, a table or the data running past the end, or bytes left over.
    case malformed(path: String, reason: String)

    /// One line naming the file and what is wrong.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read stored vectors: \(reason)"
        case .tooLarge(let path, let bytes): "\(path): \(bytes) bytes, over the \(VectorFile.maximumBytes)-byte limit"
        case .malformed(let path, let reason): "\(path): not a usable vector file: \(reason)"
        }
    }
}
