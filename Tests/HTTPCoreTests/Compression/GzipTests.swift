import Foundation
import HTTPCore
import Testing

@Suite struct GzipTests {
    /// A body like the API's: repetitive JSON, where gzip pays off.
    static let sample = Array(String(repeating: "{\"id\":\"research-shows\",\"title\":\"Research shows:\"},", count: 100).utf8)

    @Test func compressedBytesInflateToTheOriginal() throws {
        let compressed = try #require(Gzip.compress(Self.sample))
        #expect(compressed.count < Self.sample.count / 4)
        #expect(Gzip.decompress(compressed) == Self.sample)
    }

    @Test func outputIsAGzipMemberWithTheMagicBytesAndDeflateMethod() throws {
        let compressed = try #require(Gzip.compress(Self.sample))
        // RFC 1952 §2.3.1: ID1 ID2 = 1f 8b, CM = 8 (deflate); not a raw zlib stream (78 xx).
        #expect(Array(compressed.prefix(3)) == [0x1F, 0x8B, 0x08])
    }

    @Test func theSystemGunzipReadsOurOutput() throws {
        let compressed = try #require(Gzip.compress(Self.sample))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gzip-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("body.gz")
        try Data(compressed).write(to: file)
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-dc", file.path]
        let pipe = Pipe()
        gunzip.standardOutput = pipe
        try gunzip.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        gunzip.waitUntilExit()
        #expect(gunzip.terminationStatus == 0)
        #expect(Array(output) == Self.sample)
    }

    @Test func emptyInputStillMakesAValidMember() throws {
        let compressed = try #require(Gzip.compress([]))
        #expect(Gzip.decompress(compressed) == [])
    }

    @Test func truncatedOrCorruptInputIsRejected() throws {
        let compressed = try #require(Gzip.compress(Self.sample))
        #expect(Gzip.decompress(Array(compressed.prefix(compressed.count / 2))) == nil)
        #expect(Gzip.decompress(Array("not gzip at all".utf8)) == nil)
    }

    @Test func inflatingStopsAtTheLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        let compressed = try #require(Gzip.compress(zeros))
        #expect(Gzip.decompress(compressed, limit: 1 << 16) == nil)
        #expect(Gzip.decompress(compressed, limit: 1 << 21) == zeros)
    }
}
