import HTTPCore

/// What the dispatcher makes of one message, for a transport to deliver.
package enum MCPOutcome: Sendable {
    /// A JSON-RPC response (one line of JSON, no trailing newline) and the HTTP status to send it with.
    case answer(HTTPStatus, [UInt8])
    /// A notification or a client's response: nothing to answer (HTTP 202, nothing on stdio).
    case accepted
    /// An answer made off the loop (hybrid search on the worker pool): the placeholder whose eventual
    /// body is the JSON-RPC response. HTTP returns it; stdio waits for it (`Response.awaitingAnswer`).
    case deferred(Response)
}
