import ExplainerAPI
import Foundation
import HTTPCore
import Testing

/// The server's routes and `openapi.yaml`'s paths are the same set: neither has one the other lacks.
@Suite struct RouteParityTests {
    /// The keys of the YAML's top-level `paths:` mapping (two-space indented keys up to the next section).
    static func specPaths() throws -> Set<String> {
        let text = try String(contentsOfFile: APIFixture.packageRoot + "/openapi.yaml", encoding: .utf8)
        var inPaths = false
        var paths: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" {
                inPaths = true
            } else if inPaths, let first = line.first, first != " ", first != "#" {
                inPaths = false
            } else if inPaths, line.hasPrefix("  /"), !line.hasPrefix("   "), line.hasSuffix(":") {
                paths.insert(String(line.dropFirst(2).dropLast()))
            }
        }
        return paths
    }

    /// The routes as `main` serves them: the app's plus `/metrics`.
    static func serverPaths() -> Set<String> {
        var router = APIFixture.app.router
        MetricsRoute.add(to: &router, metrics: ServerMetrics())
        return Set(router.patterns)
    }

    @Test func everyRouteIsInTheSpecAndEverySpecPathIsARoute() throws {
        let spec = try Self.specPaths()
        let server = Self.serverPaths()
        #expect(spec.count >= 15)
        #expect(server.subtracting(spec).isEmpty, "routes missing from openapi.yaml: \(server.subtracting(spec).sorted())")
        #expect(spec.subtracting(server).isEmpty, "openapi.yaml paths the server lacks: \(spec.subtracting(server).sorted())")
    }

    @Test func everyRouteAnswersGetHeadAndOptionsAndSignalsPostAndOptionsAndMCPItsThree() {
        for pattern in APIFixture.app.router.patterns {
            let expected: [HTTPMethod] =
                switch pattern {
                case "/v1/signals": [.options, .post]
                case "/mcp": [.get, .head, .options, .post, .delete]  // The stream and the session's end.
                default: [.get, .head, .options]
                }
            #expect(APIFixture.app.router.methods(for: pattern) == expected, "\(pattern)")
        }
    }
}
