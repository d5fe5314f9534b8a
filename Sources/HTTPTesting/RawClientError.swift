/// Why a raw client could not read a response.
public enum RawClientError: Error {
    /// The socket timeout passed with no byte from the server.
    case timedOut
    /// The server closed the connection before a whole response arrived.
    case closedEarly
    /// What arrived is not an HTTP response head.
    case malformedResponse(String)
}
