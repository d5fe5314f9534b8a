// The HTTP core alone, serving one fixed 1,531-byte JSON body at /bench: what bench/load.sh measures
// against nginx for the server core (the fixed-body target). It is compiled by load.sh
// straight from Sources/HTTPCore with swiftc, like the fuzz target, so it is not a product of the
// package and ships nowhere. Same Server, same configuration defaults, two event loops.
import Glibc

@main
struct CoreServer {
    static func main() throws {
        let body = Array(("{\"id\":\"bench\",\"text\":\"" + String(repeating: "x", count: 1531 - 25) + "\"}\n").utf8)
        var router = Router()
        router.get("/bench") { _ in Response(contentType: "application/json", body: body) }
        let threads = Int(CommandLine.arguments.dropFirst().first ?? "2") ?? 2
        let server = Server(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: threads), responder: router)
        try server.start()
        StandardError.write("listening on http://127.0.0.1:\(server.port!)")
        server.waitUntilStopped()
    }
}
