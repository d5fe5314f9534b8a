import Foundation
import Glibc
import HTTPTesting
import Testing

@Suite("explainer-server command line", .enabled(if: ServerBinary.path != nil, "build the explainer-server product first"))
struct CommandLineTests {
    @Test("--help and serve --help print the usage, with every serve option and its default, and exit 0")
    func help() throws {
        for arguments in [["--help"], ["serve", "--help"], ["serve", "--port", "1", "-h"]] {
            let r = try ServerProcess.runToExit(arguments)
            #expect(r.status == 0, "\(arguments)")
            #expect(r.stdout.contains("usage: explainer-server serve [OPTIONS]"))
            #expect(r.stdout.contains("EXPLAINER_"))
            let lines = r.stdout.split(separator: "\n")
            for name in [
                "host", "port", "content", "threads", "access-log", "drain-timeout", "log-level", "cors-origins",
                "cache-max-age", "tls-cert", "tls-handshakes", "rate-limit", "burst", "trust-proxy", "memo-bytes", "model",
                "search-workers", "public-url", "admin-listen", "frame-ancestors", "mcp-origins",
            ] {
                #expect(lines.contains { $0.hasPrefix("  --\(name) ") && $0.contains("(default") }, "--\(name) and its default")
            }
        }
    }

    @Test("--version prints openapi.yaml's info.version, the one source of the version, and exits 0")
    func version() throws {
        let r = try ServerProcess.runToExit(["--version"])
        #expect(r.status == 0)
        let spec = try String(contentsOf: Repository.root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        let info = spec.components(separatedBy: "\ninfo:\n")[1]
        let version = info.split(separator: "\n").first { $0.hasPrefix("  version: ") }?.dropFirst("  version: ".count)
        #expect(version != nil)
        #expect(r.stdout == "explainer-server \(version ?? "")\n")
    }

    @Test(
        "an unknown option is a usage error: exit 64 and a clear message",
        arguments: [
            ["serve", "--bogus", "1"], ["--bogus"], ["serve", "--port"], ["serve", "--port", "70000"], ["serve", "--access-log", "maybe"],
            ["serve", "--threads", "0"], ["serve", "--tls-cert", "a.pem"], ["frobnicate"], ["serve", "stray"],
        ])
    func usageErrors(arguments: [String]) throws {
        let r = try ServerProcess.runToExit(arguments)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("explainer-server: "))
        #expect(r.stderr.contains("usage:"))
        #expect(r.stdout.isEmpty)
    }

    @Test(
        "a number out of its range, a missing unit, a lone --burst and a malformed list stop start-up: exit 64 naming the option",
        arguments: [
            (["--rate-limit", "1e-20/s"], "--rate-limit"), (["--rate-limit", "inf/s"], "--rate-limit"),
            (["--rate-limit", "1e400/s"], "--rate-limit"), (["--rate-limit", "1e300/s"], "--rate-limit"),
            (["--rate-limit", "5"], "--rate-limit"),
            (["--burst", "5"], "--burst"), (["--rate-limit", "1/s", "--burst", "1e9"], "--burst"),
            (["--trust-proxy", ""], "--trust-proxy"),
            (["--trust-proxy", "127.0.0.1,10.0.0/8"], "10.0.0/8"), (["--cors-origins", "https://a.example/path"], "--cors-origins"),
            (["--cors-origins", "a.example"], "--cors-origins"), (["--drain-timeout", "nan"], "--drain-timeout"),
            (["--drain-timeout", "1e308"], "--drain-timeout"), (["--cache-max-age", "-1"], "--cache-max-age"),
            (["--memo-bytes", "2GiB"], "--memo-bytes"), (["--threads", "1e2"], "--threads"),
            (["--tls-handshakes", "8"], "--tls-handshakes"),
            (["--search-workers", "0"], "--search-workers"), (["--search-workers", "17"], "--search-workers"),
            (["--model", ""], "--model"), (["--public-url", "ftp://a.example"], "--public-url"),
            (["--public-url", "https://a.example/api?x=1"], "--public-url"),
            (["--public-url", "https://user@a.example"], "--public-url"), (["--public-url", "https://a.example//x"], "--public-url"),
            (["--admin-listen", "9090"], "--admin-listen"),
            (["--admin-listen", "127.0.0.1:65536"], "--admin-listen"), (["--admin-listen", "::1:9090"], "--admin-listen"),
            (["--admin-listen", "metrics.example:9090"], "--admin-listen"), (["--admin-listen", "[10.0.0.1]:9090"], "--admin-listen"),
            (["--frame-ancestors", "https://a.example; script-src *"], "--frame-ancestors"),
            (["--frame-ancestors", "'none',https://a.example"], "--frame-ancestors"),
            (["--frame-ancestors", "a.example"], "--frame-ancestors"),
        ])
    func refusedValues(arguments: [String], named: String) throws {
        let r = try BoundedRun.toExit(["serve", "--port", "0", "--content", Repository.content] + arguments, timeout: .seconds(5))
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("explainer-server: "))
        #expect(r.stderr.split(separator: "\n").first?.contains(named) == true)
    }

    @Test("an out-of-range EXPLAINER_* variable is refused the same way", arguments: ["EXPLAINER_RATE_LIMIT", "EXPLAINER_DRAIN_TIMEOUT"])
    func refusedVariables(variable: String) throws {
        let r = try BoundedRun.toExit(
            ["serve", "--port", "0", "--content", Repository.content], environment: [variable: "inf"], timeout: .seconds(5))
        #expect(r.status == 64)
        #expect(r.stderr.contains("--" + variable.dropFirst("EXPLAINER_".count).lowercased().replacingOccurrences(of: "_", with: "-")))
    }

    @Test("an invalid environment value is a usage error too, unless the option overrides it")
    func environment() throws {
        let bad = try ServerProcess.runToExit(["serve"], environment: ["EXPLAINER_PORT": "eighty"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--port"))
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--content", Repository.content], environment: ["EXPLAINER_PORT": "eighty"])
        server.signal(SIGTERM)
        #expect(server.waitForExit(timeout: .seconds(10)) == 0)
    }

    @Test("EXPLAINER_PORT=0 is read from the environment")
    func environmentPort() throws {
        let server = try ServerProcess(arguments: ["serve", "--content", Repository.content], environment: ["EXPLAINER_PORT": "0"])
        #expect(server.port > 0)
        #expect(server.port != 8080)
        server.signal(SIGINT)
        #expect(server.waitForExit(timeout: .seconds(10)) == 0)
    }
}
