import CZlib
import Foundation

/// The reference made by `scripts/make-embedding-fixture.py` with sentence-transformers: per text,
/// its token ids and its vector rounded to six decimals.
struct ParityFixture: Decodable {
    struct Case: Decodable {
        let text: String
        let ids: [Int32]
        let vector: [Float]
    }

    let modelSHA256: String
    let versions: [String: String]
    let cases: [Case]

    enum CodingKeys: String, CodingKey {
        case modelSHA256 = "model_sha256"
        case versions, cases
    }

    /// Reads and gunzips the committed fixture.
    static func load() throws -> ParityFixture {
        let compressed = try Data(contentsOf: URL(fileURLWithPath: ModelFiles.fixture))
        return try JSONDecoder().decode(ParityFixture.self, from: gunzip(compressed))
    }

    private static func gunzip(_ data: Data) throws -> Data {
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CocoaError(.fileReadCorruptFile)
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var input = [UInt8](data)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputBuffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(chunkBuffer.baseAddress!, count: chunkBuffer.count - Int(stream.avail_out))
                }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else { throw CocoaError(.fileReadCorruptFile) }
        return output
    }
}
