import Foundation
import Glibc

/// A safetensors file mapped read-only into memory, with its tensor table parsed and checked.
///
/// The format is an 8-byte little-endian header length, a JSON header naming each tensor's dtype,
/// shape and byte range, then the raw data. The data is never copied: `tensor(_:shape:)` hands out
/// pointers into the mapping, so the weights cost address space and page cache, and only the pages a
/// forward pass touches count towards the process's resident set. Every number in the header is
/// checked against the file's size before a pointer is made from it.
final class SafetensorsFile: @unchecked Sendable {
    /// The largest header accepted: the real one is 11 KB; this bounds what a hostile file makes us parse.
    static let maximumHeaderBytes = 1 << 24

    /// The path, for errors.
    let path: String
    private let base: UnsafeRawPointer
    private let size: Int
    private let entries: [String: Entry]

    private struct Entry {
        let dtype: String
        let shape: [Int]
        let begin: Int
        let end: Int
    }

    /// Maps the file and parses its header.
    init(path: String) throws(ModelLoadError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .missingFile(path: path) : .unreadableFile(path: path, errno: errno)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadableFile(path: path, errno: errno) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw .missingFile(path: path) }
        let size = Int(status.st_size)
        guard size >= 8 else { throw .corruptFile(path: path, reason: "\(size) bytes, shorter than a header") }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw .unreadableFile(path: path, errno: errno)
        }
        let base = UnsafeRawPointer(mapping)
        do {
            self.entries = try Self.parseHeader(base: base, size: size, path: path)
        } catch {
            munmap(mapping, size)
            throw error
        }
        self.base = base
        self.size = size
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }

    /// The float32 tensor called `name`, which must have exactly `shape`.
    func tensor(_ name: String, shape: [Int]) throws(ModelLoadError) -> Tensor {
        guard let entry = entries[name] else { throw .corruptFile(path: path, reason: "no tensor \(name)") }
        guard entry.dtype == "F32" else {
            throw .corruptFile(path: path, reason: "\(name) is \(entry.dtype), expected F32")
        }
        guard entry.shape == shape else {
            throw .corruptFile(path: path, reason: "\(name) has shape \(entry.shape), expected \(shape)")
        }
        let pointer = base.advanced(by: entry.begin)
        guard Int(bitPattern: pointer) % MemoryLayout<Float>.alignment == 0 else {
            throw .corruptFile(path: path, reason: "\(name) is not aligned to 4 bytes")
        }
        return Tensor(data: pointer.assumingMemoryBound(to: Float.self), shape: shape)
    }

    private static func parseHeader(base: UnsafeRawPointer, size: Int, path: String) throws(ModelLoadError)
        -> [String: Entry]
    {
        var headerLength: UInt64 = 0
        withUnsafeMutableBytes(of: &headerLength) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: 8)) }
        headerLength = UInt64(littleEndian: headerLength)
        guard headerLength <= UInt64(min(maximumHeaderBytes, size - 8)) else {
            throw .corruptFile(path: path, reason: "header length \(headerLength) does not fit the file")
        }
        let dataStart = 8 + Int(headerLength)
        let dataSize = size - dataStart
        let headerBytes = Data(bytes: base.advanced(by: 8), count: Int(headerLength))
        guard let object = try? JSONSerialization.jsonObject(with: headerBytes), let table = object as? [String: Any] else {
            throw .corruptFile(path: path, reason: "header is not a JSON object")
        }
        var entries: [String: Entry] = [:]
        for (name, value) in table where name != "__metadata__" {
            guard let fields = value as? [String: Any], let dtype = fields["dtype"] as? String,
                let shape = fields["shape"] as? [Int], let offsets = fields["data_offsets"] as? [Int], offsets.count == 2
            else {
                throw .corruptFile(path: path, reason: "tensor \(name) has no dtype, shape and data_offsets")
            }
            let (begin, end) = (offsets[0], offsets[1])
            guard 0 <= begin, begin <= end, end <= dataSize else {
                throw .corruptFile(path: path, reason: "tensor \(name) lies outside the file")
            }
            if dtype == "F32" {
                var elements = 1
                for dimension in shape {
                    let (product, overflow) = elements.multipliedReportingOverflow(by: dimension)
                    guard dimension >= 0, !overflow else {
                        throw .corruptFile(path: path, reason: "tensor \(name) has shape \(shape)")
                    }
                    elements = product
                }
                guard (end - begin) % 4 == 0, elements == (end - begin) / 4 else {
                    throw .corruptFile(path: path, reason: "tensor \(name) has \(end - begin) bytes for shape \(shape)")
                }
            }
            entries[name] = Entry(dtype: dtype, shape: shape, begin: dataStart + begin, end: dataStart + end)
        }
        return entries
    }
}
