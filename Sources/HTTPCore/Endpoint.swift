/// What the connections one listener accepts share: the responder that answers them, how their
/// transport is made, and the cap they count against.
///
/// A class, so a `Connection` holds it as one reference and the public and admin listeners'
/// connections differ in nothing else.
final class Endpoint: Sendable {
    let responder: any Responder
    /// Open connections of this endpoint across every loop.
    let counter: ConnectionCounter
    /// The most `counter` may reach.
    let limit: Int
    /// Makes each accepted socket's transport; nil means plain TCP (`SocketTransport`).
    let makeTransport: (@Sendable (_ fileDescriptor: Int32) throws -> any ConnectionTransport)?

    init(
        responder: any Responder, limit: Int,
        makeTransport: (@Sendable (_ fileDescriptor: Int32) throws -> any ConnectionTransport)? = nil
    ) {
        self.responder = responder
        self.counter = ConnectionCounter()
        self.limit = limit
        self.makeTransport = makeTransport
    }

    /// The transport for an accepted socket.
    func transport(for fileDescriptor: Int32) throws -> any ConnectionTransport {
        try makeTransport?(fileDescriptor) ?? SocketTransport(fileDescriptor: fileDescriptor)
    }
}
