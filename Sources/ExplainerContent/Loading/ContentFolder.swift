import Glibc

/// A content folder opened once for one load: every file is read relative to one directory descriptor,
/// and every read is bounded.
///
/// Resolving the path once is what makes a reload atomic when `--content` is a symlink swapped between
/// two trees (`ln -s new tmp && mv -T tmp content`): the descriptor keeps pointing at the tree it was
/// opened on, so one load sees that tree whole or fails, never half of each. Sizes are checked with
/// `fstat` before a byte is read, and only regular files are read at all (a FIFO would block the load,
/// `/dev/zero` would never end). Used by one load on one thread.
final class ContentFolder {
    /// The most bytes one content file may hold: 16 MiB.
    ///
    /// The real explainer's largest file is about 10 KB; the 1000× synthetic folder of
    /// `bench/content-scale` (largest file about 10 MB) still loads.
    static let maximumFileBytes = 16 * 1024 * 1024
    /// The most bytes all files of one folder may hold together: 64 MiB (the real content is about 45 KB,
    /// the 1000× synthetic folder about 30 MB).
    static let maximumTotalBytes = 64 * 1024 * 1024
    /// Names read from one folder listing at the most (real content has 8 sections): past it the
    /// listing stops, so a folder of millions of files costs a bounded read, and `check` says so.
    static let maximumListedNames = 10_000

    private let descriptor: Int32
    /// Bytes read so far through this folder, counted against `maximumTotalBytes`.
    private(set) var totalBytes = 0

    /// Opens `path`, following symlinks once, now; `nil` when it is missing or not a directory.
    init?(path: String) {
        let opened = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard opened >= 0 else { return nil }
        descriptor = opened
    }

    deinit {
        Glibc.close(descriptor)
    }

    /// The bytes of `relativePath` (such as `claims.json` or `sections/01-intro.md`) inside this folder.
    func read(_ relativePath: String) -> Result<[UInt8], ContentFileError> {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is then refused as not regular.
        let file = Glibc.openat(descriptor, relativePath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard file >= 0 else {
            return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(errno: errno))
        }
        defer { Glibc.close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { return .failure(.unreadable(errno: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile) }
        let size = Int(status.st_size)
        if let refusal = refusal(bytes: size) { return .failure(refusal) }
        // Read one byte past what is allowed, so a file that grew after fstat is caught, not truncated.
        let allowed = min(Self.maximumFileBytes, Self.maximumTotalBytes - totalBytes)
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        bytes.reserveCapacity(size + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= allowed {
            let wanted = min(chunk.count, allowed + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        if failure != 0 { return .failure(.unreadable(errno: failure)) }
        if let refusal = refusal(bytes: bytes.count) { return .failure(refusal) }
        totalBytes += bytes.count
        return .success(bytes)
    }

    /// The names in the folder `relativePath` (without `.` and `..`), or `nil` when it cannot be listed;
    /// at most `maximumListedNames + 1`, so a caller can tell that the folder holds too many.
    func names(in relativePath: String) -> [String]? {
        let folder = Glibc.openat(descriptor, relativePath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return nil }
        guard let stream = fdopendir(folder) else {
            Glibc.close(folder)
            return nil
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
            if names.count > Self.maximumListedNames { break }
        }
        return names
    }

    /// The error for a file of `bytes`, or `nil` when it fits under both limits.
    private func refusal(bytes: Int) -> ContentFileError? {
        if bytes > Self.maximumFileBytes { return .fileTooLarge(bytes: bytes) }
        if bytes > Self.maximumTotalBytes - totalBytes { return .folderTooLarge(bytes: bytes, total: totalBytes) }
        return nil
    }
}
