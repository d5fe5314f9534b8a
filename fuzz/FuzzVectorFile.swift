// libFuzzer entry point for the stored-vectors reader (`VectorFile`, `vectors.bin`), built against the
// ExplainerContent target (see run.sh).
//
// Besides "never crash", it checks the reader's promise to the writer: whatever it accepts, the
// writer can write again (the parsed fields meet every precondition of `VectorFile(modelID:…)`), and
// that file reads back to the same model, entries, digests and vector bits.

import ExplainerContent
import FuzzDriver

/// Every vector of `file`, by text row, as bit patterns (NaN payloads included).
func vectorBits(_ file: VectorFile) -> [UInt32] {
    file.textSHA256.indices.flatMap { file.vector(text: $0).map(\.bitPattern) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVectorFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let parsed = try? VectorFile(bytes: bytes) else { return 0 }
    let bits = vectorBits(parsed)
    precondition(bits.count == parsed.textSHA256.count * parsed.dimension, "one vector per text")
    let written = VectorFile(
        modelID: parsed.modelID, dimension: parsed.dimension, entries: parsed.entries, textSHA256: parsed.textSHA256,
        vectors: bits.map(Float.init(bitPattern:)))
    let reread: VectorFile
    do {
        reread = try VectorFile(bytes: written.encoded())
    } catch {
        preconditionFailure("a file written from an accepted one does not read back: \(error)")
    }
    precondition(reread == written, "reading a written file changed its bytes")
    precondition(
        reread.modelID == parsed.modelID && reread.dimension == parsed.dimension && reread.entries == parsed.entries
            && reread.textSHA256 == parsed.textSHA256 && vectorBits(reread) == bits, "writing an accepted file changed its contents")
    return 0
}

/// The executable's entry point, which SwiftPM names `FuzzVectorFile_main`: libFuzzer's driver (`runFuzzer`).
@_cdecl("FuzzVectorFile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzVectorFile(data, size) }
}
