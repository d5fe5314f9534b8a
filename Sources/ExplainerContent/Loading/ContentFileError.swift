/// Why one file of a content folder could not be read; the loader turns each into a `ContentProblem`.
enum ContentFileError: Error, Sendable, Hashable {
    /// No such file (or a path component is not a directory).
    case missing
    /// The name is a directory, FIFO, device or socket: reading it could block or never end.
    case notARegularFile
    /// The file holds `bytes`, more than `ContentFolder.maximumFileBytes`.
    case fileTooLarge(bytes: Int)
    /// The file's `bytes` would take the folder past `ContentFolder.maximumTotalBytes`, `total` bytes
    /// having been read before it.
    case folderTooLarge(bytes: Int, total: Int)
    /// `open`, `fstat` or `read` failed with `errno`.
    case unreadable(errno: Int32)

    /// What is wrong, as a problem message.
    var message: String {
        switch self {
        case .missing, .unreadable: return "file is missing or unreadable"
        case .notARegularFile: return "not a regular file"
        case .fileTooLarge(let bytes):
            return "file is \(bytes) bytes, over the limit of \(ContentFolder.maximumFileBytes) bytes for one content file"
        case .folderTooLarge(let bytes, let total):
            return "file is \(bytes) bytes, which takes the folder past its limit of \(ContentFolder.maximumTotalBytes) bytes "
                + "(\(total) bytes read before it)"
        }
    }
}
