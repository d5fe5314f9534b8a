import Glibc
import HTTPTesting
import Testing

@Suite("explainer-server command line", .enabled(if: ServerBinary.path != nil, "build the explainer-server product first"))
struct CommandLineTests {
    @Test("--help prints the usage and exits 0")
    func help() throws {
        let r = try ServerProcess.runToExit(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("usage: explainer-server serve [--host H] [--port P]"))
        #expect(r.stdout.contains("EXPLAINER_"))
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let r = try ServerProcess.runToExit(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("explainer-server "))
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
