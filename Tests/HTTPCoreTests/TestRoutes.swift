import Glibc
import HTTPCore

/// The routes live tests run against.
enum TestRoutes {
    static let big = [UInt8](repeating: UInt8(ascii: "x"), count: 4 * 1024 * 1024)

    static var router: Router {
        var r = Router()
        r.get("/hello") { _ in Response(contentType: "text/plain", body: Array("hello".utf8)) }
        r.get("/id") { request in Response(contentType: "text/plain", body: Array(request.id.utf8)) }
        r.get("/items/{id}") { request in Response(contentType: "text/plain", body: Array("item \(request.pathParameters["id"]!)".utf8)) }
        r.get("/slow") { _ in
            usleep(400_000)  // Holds this loop's thread: stands in for a request in flight.
            return Response(contentType: "text/plain", body: Array("slow".utf8))
        }
        r.get("/big") { _ in Response(contentType: "application/octet-stream", body: big) }
        r.get("/fails") { _ in throw CancellationError() }
        return r
    }
}
