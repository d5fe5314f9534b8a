import ExplainerContent
import HTTPCore

/// A JSON-RPC request id as the client wrote it: a number (kept as its source text, so it is echoed
/// byte for byte and never rounded) or a string.
package enum JSONRPCID: Sendable, Hashable {
    case number(String)
    case string(String)

    /// Writes the id into a response exactly as it came.
    package func write(to writer: inout JSONWriter) {
        switch self {
        case .number(let text): writer.raw(Array(text.utf8))
        case .string(let text): writer.string(text)
        }
    }
}
