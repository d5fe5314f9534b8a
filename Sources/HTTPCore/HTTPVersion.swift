/// The HTTP version of a request; only HTTP/1.0 and HTTP/1.1 are spoken (others get 505).
public enum HTTPVersion: Sendable, Hashable, CustomStringConvertible {
    case http10
    case http11

    public var description: String {
        switch self {
        case .http10: "HTTP/1.0"
        case .http11: "HTTP/1.1"
        }
    }
}
