import ExplainerContent
import Testing

@testable import ExplainerAPI

/// `JSONRPCMessage.parse`: what is a request, a notification or a response, and every malformed
/// message with the error it gets.
@Suite struct MCPMessageTests {
    static func parse(_ text: String) -> Result<JSONRPCMessage, JSONRPCError> { JSONRPCMessage.parse(Array(text.utf8)) }

    static func code(_ text: String) -> Int? {
        if case .failure(let error) = parse(text) { return error.code }
        return nil
    }

    @Test func aRequestKeepsItsIdAsWritten() throws {
        let message = try Self.parse(#"{"jsonrpc":"2.0","id":12345678901234567890,"method":"tools/list","params":{}}"#).get()
        #expect(message.kind == .request(.number("12345678901234567890")))
        #expect(message.method == "tools/list")
        let string = try Self.parse(#"{"jsonrpc":"2.0","id":"a-1","method":"ping"}"#).get()
        #expect(string.kind == .request(.string("a-1")))
    }

    @Test func notificationsAndResponsesAreToldApart() throws {
        #expect(try Self.parse(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#).get().kind == .notification)
        #expect(try Self.parse(#"{"jsonrpc":"2.0","id":1,"result":{}}"#).get().kind == .response)
    }

    @Test(arguments: [
        ("{", -32700), ("\u{FF}", -32700), ("[]", -32600), (#"[{"jsonrpc":"2.0","id":1,"method":"a"}]"#, -32600),
        ("3", -32600), (#"{"id":1,"method":"a"}"#, -32600), (#"{"jsonrpc":"1.0","id":1,"method":"a"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":""}"#, -32600), (#"{"jsonrpc":"2.0","id":1,"method":3}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1.5,"method":"a"}"#, -32600), (#"{"jsonrpc":"2.0","id":[1],"method":"a"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":"a","params":[1]}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":"a","extra":1}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"id":2,"method":"a"}"#, -32600),
    ])
    func malformedMessagesGetTheirCode(text: String, code: Int) {
        #expect(Self.code(text) == code, "\(text)")
    }

    @Test func theSizeLimitHoldsAtLimitAndLimitPlusOne() {
        let head = #"{"jsonrpc":"2.0","id":1,"method":"a","params":{"p":""#
        let tail = #""}}"#
        let fill = JSONRPCMessage.maximumBytes - head.utf8.count - tail.utf8.count
        #expect((try? Self.parse(head + String(repeating: "x", count: fill) + tail).get()) != nil)
        #expect(Self.code(head + String(repeating: "x", count: fill + 1) + tail) == -32600)
    }

    @Test func nestingPastTheParsersDepthIsAParseError() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(Self.code(#"{"jsonrpc":"2.0","id":1,"method":"a","params":{"p":"# + deep + "}}") == -32700)
    }
}
