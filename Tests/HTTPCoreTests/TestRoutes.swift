import Dispatch
import Glibc
import HTTPCore

/// The routes live tests run against.
enum TestRoutes {
    static let big = [UInt8](repeating: UInt8(ascii: "x"), count: 4 * 1024 * 1024)
    /// About the size of `openapi.yaml`: a dozen pipelined pass the 256 KiB back-pressure threshold.
    static let doc = [UInt8](repeating: UInt8(ascii: "d"), count: 51_354)
    /// About a /healthz answer's size: a thousand pipelined pass the threshold from one read of requests.
    static let small = [UInt8](repeating: UInt8(ascii: "s"), count: 600)
    /// About a section list's size.
    static let page = [UInt8](repeating: UInt8(ascii: "p"), count: 16 * 1024)
    static let huge = [UInt8](repeating: UInt8(ascii: "y"), count: 64 * 1024 * 1024)
    /// Signalled when `/slow` has begun, so a test can act while it is certainly in flight.
    static let slowStarted = DispatchSemaphore(value: 0)

    static var router: Router {
        var r = Router()
        r.get("/hello") { _ in Response(contentType: "text/plain", body: Array("hello".utf8)) }
        r.get("/id") { request in Response(contentType: "text/plain", body: Array(request.id.utf8)) }
        r.get("/items/{id}") { request in Response(contentType: "text/plain", body: Array("item \(request.pathParameters["id"]!)".utf8)) }
        r.get("/slow") { _ in
            slowStarted.signal()
            usleep(800_000)  // Holds this loop's thread: stands in for a request in flight.
            return Response(contentType: "text/plain", body: Array("slow".utf8))
        }
        r.get("/doc") { _ in Response(contentType: "text/yaml", body: doc) }
        r.get("/small") { _ in Response(contentType: "application/json", body: small) }
        r.get("/page") { _ in Response(contentType: "application/json", body: page) }
        r.get("/big") { _ in Response(contentType: "application/octet-stream", body: big) }
        // Larger than loopback's socket buffers can absorb, so a client that does not read stalls the write.
        r.get("/huge") { _ in Response(contentType: "application/octet-stream", body: huge) }
        r.get("/fails") { _ in throw CancellationError() }
        return r
    }
}
