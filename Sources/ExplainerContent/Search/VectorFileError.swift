/// Why a stored vector file cannot be used; the caller then embeds every document again.
public enum VectorFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read (errno as text).
    case unreadable(path: String, reason: String)
    /// The file is larger than `VectorFile.maximumBytes`.
    case tooLarge(path: String, bytes: Int)
    /// The bytes are not the expected JSON shape, or a vector is not `dimension` floats of base64.
    case malformed(String)

    /// One line naming what is wrong.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read stored vectors: \(reason)"
        case .tooLarge(let path, let bytes): "\(path): \(bytes) bytes, over the \(VectorFile.maximumBytes)-byte limit"
        case .malformed(let reason): "stored vectors: \(reason)"
        }
    }
}
