import ExplainerContent
import Foundation
import HTTPCore
import Testing

@testable import ExplainerAPI

/// `MCPDispatcher` without a transport: the eras, the errors by code and HTTP status, and tool results
/// that are the REST bodies byte for byte.
@Suite struct MCPDispatcherTests {
    static let dispatcher = MCPDispatcher(live: APIFixture.app.live)
    static let meta = #""_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}"#

    /// The status and the decoded JSON-RPC response for one message.
    static func answer(_ text: String) throws -> (HTTPStatus, [String: Any]) {
        let message = try JSONRPCMessage.parse(Array(text.utf8)).get()
        switch dispatcher.handle(message) {
        case .answer(let status, let bytes):
            return (status, try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]))
        case .deferred(let response):
            let body = response.awaitingAnswer().body
            return (.ok, try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]))
        case .accepted:
            Issue.record("no answer")
            return (.ok, [:])
        }
    }

    static func errorCode(_ object: [String: Any]) -> Int? { (object["error"] as? [String: Any])?["code"] as? Int }
    static func result(_ object: [String: Any]) -> [String: Any] { object["result"] as? [String: Any] ?? [:] }

    @Test func initializeNegotiatesAHandshakeVersion() throws {
        for (asked, answered) in [("2025-06-18", "2025-06-18"), ("2025-11-25", "2025-11-25"), ("2024-11-05", "2025-11-25")] {
            let (_, object) = try Self.answer(
                #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"\#(asked)","capabilities":{}}}"#)
            #expect(Self.result(object)["protocolVersion"] as? String == answered)
            #expect(Self.result(object)["resultType"] == nil)
        }
    }

    @Test func discoverListsEveryVersionWithTheModernMembers() throws {
        let (status, object) = try Self.answer(#"{"jsonrpc":"2.0","id":"d","method":"server/discover","params":{\#(Self.meta)}}"#)
        #expect(status == .ok)
        let result = Self.result(object)
        #expect(result["supportedVersions"] as? [String] == ["2026-07-28", "2025-11-25", "2025-06-18"])
        #expect(result["resultType"] as? String == "complete")
        #expect(result["cacheScope"] as? String == "public")
        #expect((result["ttlMs"] as? Int ?? -1) >= 0)
        #expect(
            ((result["_meta"] as? [String: Any])?["io.modelcontextprotocol/serverInfo"] as? [String: Any])?["name"] as? String
                == "explainer-server")
    }

    @Test func modernErrorsHaveTheRevisionsCodesAndStatuses() throws {
        let unsupported = try Self.answer(
            #"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2099-01-01","io.modelcontextprotocol/clientCapabilities":{}}}}"#
        )
        #expect(unsupported.0 == .badRequest && Self.errorCode(unsupported.1) == -32022)
        let noCapabilities = try Self.answer(
            #"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28"}}}"#)
        #expect(noCapabilities.0 == .badRequest && Self.errorCode(noCapabilities.1) == -32602)
        let unknown = try Self.answer(#"{"jsonrpc":"2.0","id":1,"method":"ping","params":{\#(Self.meta)}}"#)
        #expect(unknown.0 == .notFound && Self.errorCode(unknown.1) == -32601)
        let legacyUnknown = try Self.answer(#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#)
        #expect(legacyUnknown.0 == .ok && Self.errorCode(legacyUnknown.1) == -32601)
        let initializeModern = try Self.answer(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{\#(Self.meta)}}"#)
        #expect(Self.errorCode(initializeModern.1) == -32601)
    }

    @Test func aToolResultIsTheRESTBodyByteForByte() throws {
        let id = APIFixture.index.claims[0].id
        let message = try JSONRPCMessage.parse(
            Array(#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"get_claim","arguments":{"id":"\#(id)"}}}"#.utf8)
        ).get()
        guard case .answer(_, let bytes) = Self.dispatcher.handle(message) else {
            Issue.record("not answered at once")
            return
        }
        var rest = APIFixture.send("/v1/claims/\(id)").body
        rest.removeLast()  // the newline after every REST body
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""structuredContent":"# + String(decoding: rest, as: UTF8.self) + #","isError":false"#))
    }

    @Test func aBadArgumentIsAToolErrorNotAProtocolError() throws {
        let (status, object) = try Self.answer(
            #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"define_term","arguments":{"term":"qqqq","extra":1}}}"#)
        #expect(status == .ok && object["error"] == nil)
        #expect(Self.result(object)["isError"] as? Bool == true)
        let unknownTool = try Self.answer(#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"rm"}}"#)
        #expect(Self.errorCode(unknownTool.1) == -32602)
    }

    @Test func defineTermFindsATermByAliasInAnyCase() throws {
        let term = try #require(APIFixture.index.glossary.first { !$0.aliases.isEmpty })
        let (_, object) = try Self.answer(
            #"{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"define_term","arguments":{"term":"\#(term.aliases[0].uppercased())"}}}"#
        )
        let structured = try #require(Self.result(object)["structuredContent"] as? [String: Any])
        #expect((structured["id"] ?? structured["slug"]) as? String == term.slug)
    }

    @Test func resourceNotFoundDependsOnTheEra() throws {
        let legacy = try Self.answer(#"{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"explainer://claims/none"}}"#)
        #expect(Self.errorCode(legacy.1) == -32002)
        let modern = try Self.answer(
            #"{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{"uri":"explainer://claims/none",\#(Self.meta)}}"#)
        #expect(Self.errorCode(modern.1) == -32602)
    }

    @Test func notificationsAreAccepted() throws {
        let message = try JSONRPCMessage.parse(Array(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#.utf8)).get()
        guard case .accepted = Self.dispatcher.handle(message) else {
            Issue.record("a notification was answered")
            return
        }
    }

    @Test func originsDefaultToLoopback() {
        let policy = MCPOriginPolicy(allowed: nil)
        #expect(policy.allows(nil))
        #expect(policy.allows("http://localhost:6274") && policy.allows("https://127.0.0.1") && policy.allows("http://[::1]:8080"))
        #expect(!policy.allows("http://localhost.evil.example") && !policy.allows("https://evil.example") && !policy.allows("null"))
        let listed = MCPOriginPolicy(allowed: ["https://chat.example"])
        #expect(listed.allows("https://chat.example") && !listed.allows("http://localhost"))
    }

    @Test func headersMustMatchAModernBody() throws {
        let message = try JSONRPCMessage.parse(
            Array(#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_claim",\#(Self.meta)}}"#.utf8)
        ).get()
        var headers = HTTPHeaders()
        headers.set("MCP-Protocol-Version", "2026-07-28")
        headers.set("Mcp-Method", "tools/call")
        #expect(MCPEndpoint.headerRefusal(message, headers)?.code == -32020)
        headers.set("Mcp-Name", "=?base64?Z2V0X2NsYWlt?=")
        #expect(MCPEndpoint.headerRefusal(message, headers) == nil)
        headers.set("Mcp-Name", "get_section")
        #expect(MCPEndpoint.headerRefusal(message, headers)?.code == -32020)
    }
}
