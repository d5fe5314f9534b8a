// libFuzzer entry point for RequestParser, built against the HTTPCore target (see run.sh), and for
// the content negotiation that reads the parsed headers.
//
// Besides "never crash", it checks the parser's central promise: the same bytes give the same
// outcome whether fed whole or in pieces. Small limits make every limit's refusal reachable.

import FuzzDriver
import HTTPCore

let fuzzLimits = Limits(requestLineBytes: 64, headerSectionBytes: 256, headerFields: 8, bodyBytes: 128)

/// A body policy on paths under `/p`, smaller than the global body limit, so its 413 and 415 are
/// reachable too.
let fuzzBodyPolicy: BodyPolicy.Lookup = { _, path in
    path.hasPrefix("/p") ? BodyPolicy(maxBytes: 32, mediaTypes: ["application/json"]) : nil
}

/// Requests (as comparable text) and the error, if any, from feeding `pieces` in order.
func outcome(_ pieces: [ArraySlice<UInt8>]) -> (requests: [String], error: RequestParseError?) {
    var parser = RequestParser(limits: fuzzLimits, bodyPolicy: fuzzBodyPolicy)
    var requests: [String] = []
    for piece in pieces {
        parser.append(piece)
        do {
            while let r = try parser.next() {
                let headers = r.headers.map { "\($0.name):\($0.value)" }.joined(separator: "|")
                requests.append("\(r.method) \(r.target) \(r.version) \(headers) \(r.body) \(r.path) \(r.query.names) \(r.wantsKeepAlive)")
                requests.append(negotiated(r.headers))
            }
        } catch {
            return (requests, error)
        }
    }
    return (requests, nil)
}

/// What content negotiation makes of a request's headers, through every entry point the API uses, so
/// fuzzed field values reach the in-place scanner through every type that reads weights.
func negotiated(_ headers: HTTPHeaders) -> String {
    let encoding = AcceptEncoding(headers)
    let media = AcceptedMediaTypes(headers)
    let languages = QualityList(headers.values("Accept-Language")).elements.map { "\($0.value);\($0.quality)" }
    return "\(String(describing: encoding.preferred(gzipAvailable: true))) \(encoding.accepts("gzip")) "
        + "\(String(describing: media.preferred(["application/json", "text/markdown", "text/plain"]))) \(languages)"
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = outcome([bytes[...]])
    // A split point derived from the input itself, plus byte-by-byte for short inputs.
    let cut = size == 0 ? 0 : Int(bytes[0]) % (size + 1)
    let split = outcome([bytes[..<cut], bytes[cut...]])
    precondition(whole.requests == split.requests && whole.error == split.error, "split at \(cut) changed the outcome")
    if size <= 512 {
        let single = outcome(bytes.indices.map { bytes[$0...$0] })
        precondition(whole.requests == single.requests && whole.error == single.error, "byte-by-byte changed the outcome")
    }
    return 0
}

/// The executable's entry point, which SwiftPM names `FuzzRequestParser_main`: libFuzzer's driver (`runFuzzer`).
@_cdecl("FuzzRequestParser_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzRequestParser(data, size) }
}
