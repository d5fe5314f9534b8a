import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import HTTPTesting

/// The real `Content/` loaded once, served by an `ExplainerApp` in process, with helpers to send it
/// requests; live tests serve the same app through a real socket.
enum APIFixture {
    /// The package root, found from this file's path so tests run from any directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A fixed load time, so nothing a test records depends on when it ran (no body or header shows it).
    static let loadTime = Date(timeIntervalSince1970: 1_764_000_000)

    /// The loaded index; a failure here names every content problem.
    static let index: ContentIndex = {
        switch ContentLoader.load(directory: packageRoot + "/Content", now: loadTime) {
        case .success(let index): return index
        case .failure(let report): fatalError("Content/ does not load:\n\(report)")
        }
    }()

    /// The app with default configuration.
    static let app = ExplainerApp(index: index)

    /// The responder under test.
    static let responder = app.responder

    /// Serves the app on 127.0.0.1:0 as `main` does: the routes' body policies handed to the server,
    /// so 413 and 415 come from the parser before a body is read.
    static func withServer<T: Sendable>(
        responder: any Responder = responder, _ body: @escaping @Sendable (TestServer) async throws -> T
    ) async throws -> T {
        let policy = app.bodyPolicy
        return try await TestServer.with(responder: responder, configure: { $0.bodyPolicy = policy }, body)
    }

    /// Every list path and the `id`s its items carry, in order.
    static var lists: [(path: String, ids: [String])] {
        [
            ("/v1/sections", index.sections.map(\.id)),
            ("/v1/claims", index.claims.map(\.id)),
            ("/v1/sources", index.sources.map(\.id)),
            ("/v1/glossary", index.glossary.map(\.slug)),
        ]
    }

    /// Every resource path at its default options.
    static var resourcePaths: [String] {
        ["/", "/v1/explainer", "/v1/support"] + lists.map(\.path)
            + index.sections.map { "/v1/sections/\($0.id)" } + index.claims.map { "/v1/claims/\($0.id)" }
            + index.sources.map { "/v1/sources/\($0.id)" } + index.glossary.map { "/v1/glossary/\($0.slug)" }
    }

    /// Sends a request straight to the responder, as the server would after parsing.
    static func send(
        _ target: String, method: HTTPMethod = .get, headers: [(String, String)] = [], to responder: any Responder = responder
    ) -> Response {
        var fields = HTTPHeaders([("Host", "localhost")])
        for (name, value) in headers { fields.add(name, value) }
        var request = Request(method: method, target: target, headers: fields)
        request.id = "test-request"
        return responder.respond(to: request)
    }

    /// The body parsed as a JSON object.
    static func json(_ response: Response) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(response.body))
        guard let object = value as? [String: Any] else { throw FixtureError.notAnObject }
        return object
    }

    enum FixtureError: Error { case notAnObject }
}
