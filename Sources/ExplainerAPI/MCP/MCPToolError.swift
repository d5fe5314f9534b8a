/// A tool call that cannot be answered as asked: a bad argument or an id that names nothing. It is
/// returned to the model as a tool result with `isError: true`, never as a protocol error, so the
/// model can read it and try again.
package struct MCPToolError: Error, Sendable {
    /// What was wrong, in a sentence the model can act on; never the argument's value.
    package var message: String

    /// An error with its sentence.
    package init(_ message: String) { self.message = message }
}
