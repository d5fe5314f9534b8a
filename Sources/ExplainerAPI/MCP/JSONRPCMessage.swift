import ExplainerContent

/// One JSON-RPC 2.0 message from a client, parsed strictly from bounded bytes.
///
/// The body is at most `maximumBytes`, valid UTF-8 and one JSON value nested at most
/// `JSONParser.maximumDepth` deep. A batch (a JSON array) is refused: MCP 2025-06-18 removed batching and
/// no revision served here has it. Members other than the JSON-RPC ones are refused too, so a typo
/// never passes unnoticed.
package struct JSONRPCMessage: Sendable {
    /// What the message is.
    package enum Kind: Sendable, Equatable {
        /// A request: an answer is owed under this id.
        case request(JSONRPCID)
        /// A notification: no answer.
        case notification
        /// A response from the client (to a request this server never sends): accepted and dropped.
        case response
    }

    /// Request, notification or response.
    package var kind: Kind
    /// The method; empty for a response.
    package var method: String
    /// The members of `params` (an object), empty when absent.
    package var params: [JSONMember]

    /// The largest message read, in bytes: 64 KiB, far above any tool call this server takes (a
    /// `check_message` text is at most 8 KiB) and small enough that parsing it costs microseconds.
    package static let maximumBytes = 64 * 1_024

    /// Parses one message; the error is the JSON-RPC error to answer (with a null id).
    package static func parse(_ bytes: [UInt8]) -> Result<JSONRPCMessage, JSONRPCError> {
        guard bytes.count <= maximumBytes else { return .failure(.invalidRequest("the message is over 64 KiB.")) }
        guard String(validating: bytes, as: UTF8.self) != nil else { return .failure(.parseError) }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(.parseError)
        }
        guard case .object(let members) = root.value else {
            if case .array = root.value { return .failure(.invalidRequest("batches are not supported; send one message per request.")) }
            return .failure(.invalidRequest("a message is a JSON object."))
        }
        return message(from: members)
    }

    /// The message the members of a top-level object make.
    private static func message(from members: [JSONMember]) -> Result<JSONRPCMessage, JSONRPCError> {
        var seen: Set<String> = []
        for member in members {
            guard ["jsonrpc", "id", "method", "params", "result", "error"].contains(member.key) else {
                return .failure(.invalidRequest("'\(String(member.key.prefix(32)))' is not a member of a JSON-RPC message."))
            }
            guard seen.insert(member.key).inserted else { return .failure(.invalidRequest("'\(member.key)' is given twice.")) }
        }
        func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value.value }
        guard case .string("2.0") = value("jsonrpc") else { return .failure(.invalidRequest("jsonrpc must be \"2.0\".")) }
        if value("result") != nil || value("error") != nil {
            guard value("method") == nil, value("id") != nil else {
                return .failure(.invalidRequest("a response has an id and no method."))
            }
            return .success(JSONRPCMessage(kind: .response, method: "", params: []))
        }
        guard case .string(let method) = value("method"), !method.isEmpty else {
            return .failure(.invalidRequest("method must be a non-empty string."))
        }
        var params: [JSONMember] = []
        switch value("params") {
        case nil: break
        case .object(let list)?: params = list
        default: return .failure(.invalidRequest("params must be an object."))
        }
        let kind: Kind
        switch value("id") {
        case nil: kind = .notification
        case .string(let text)?: kind = .request(.string(text))
        case .number(let text)? where !text.contains(".") && !text.contains("e") && !text.contains("E"):
            kind = .request(.number(text))
        default: return .failure(.invalidRequest("id must be a string or an integer."))
        }
        return .success(JSONRPCMessage(kind: kind, method: method, params: params))
    }

    /// The value of `params[key]`, or nil.
    package func param(_ key: String) -> JSONValue? { params.first { $0.key == key }?.value.value }

    /// The value of `params._meta[key]`, or nil.
    package func meta(_ key: String) -> JSONValue? {
        guard case .object(let members)? = param("_meta") else { return nil }
        return members.first { $0.key == key }?.value.value
    }
}
