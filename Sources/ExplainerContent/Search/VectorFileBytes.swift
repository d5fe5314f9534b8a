import Foundation
import Glibc

/// The read-only bytes behind a `VectorFile`: a file mapped with `mmap`, or a private copy of bytes
/// given in memory (tests, and a file just built by `index`).
///
/// Mapped, a file costs address space and page cache, not heap: `DenseIndexBuild` copies out only
/// the rows it uses, and the mapping goes when the last `VectorFile` holding it does. Every read
/// goes through `load(_:at:)` or `bytes(at:count:)`, whose callers have checked the range against
/// `count` (`VectorFile.parse`); nothing is written through it.
final class VectorFileBytes: @unchecked Sendable {
    /// The first byte.
    let base: UnsafeRawPointer
    /// How many bytes there are.
    let count: Int
    /// Whether `base` is a mapping (`munmap`) or an allocation (`deallocate`).
    private let mapped: Bool

    /// A private copy of `bytes`.
    init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 64)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: bytes.count) }
        self.base = UnsafeRawPointer(memory)
        self.count = bytes.count
        self.mapped = false
    }

    /// Maps the regular file at `path` read-only; `nil` when there is no file there.
    ///
    /// - Throws: `.unreadable` (not a regular file, or open, stat or mmap failed), `.tooLarge` over
    ///   `maximumBytes`, `.malformed` when it is shorter than `minimumBytes` (a truncated header).
    static func map(path: String, minimumBytes: Int, maximumBytes: Int) throws(VectorFileError) -> VectorFileBytes? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
        let size = Int(status.st_size)
        guard size <= maximumBytes else { throw .tooLarge(path: path, bytes: size) }
        guard size >= minimumBytes else { throw .malformed(path: path, reason: "\(size) bytes, shorter than the header") }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw .unreadable(path: path, reason: "mmap: " + String(cString: strerror(errno)))
        }
        return VectorFileBytes(mapping: UnsafeRawPointer(mapping), count: size)
    }

    private init(mapping: UnsafeRawPointer, count: Int) {
        self.base = mapping
        self.count = count
        self.mapped = true
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// The little-endian integer at `offset` (the caller has checked `offset + size <= count`).
    func load<Integer: FixedWidthInteger>(_ type: Integer.Type, at offset: Int) -> Integer {
        Integer(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Integer.self))
    }

    /// `count` bytes from `offset` (the caller has checked the range).
    func bytes(at offset: Int, count: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base + offset, count: count)
    }
}
