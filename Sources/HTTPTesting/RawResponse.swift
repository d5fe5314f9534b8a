import HTTPCore

/// A response as a raw client read it off the wire.
public struct RawResponse: Sendable {
    public var status: Int
    public var reason: String
    /// The status line's version, `HTTP/1.1` from this server.
    public var version: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public var text: String { String(decoding: body, as: UTF8.self) }
}
