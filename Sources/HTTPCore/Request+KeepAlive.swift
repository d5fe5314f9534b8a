extension Request {
    /// Whether the client asked to keep the connection open after this request (RFC 9112 §9.3):
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var wantsKeepAlive: Bool {
        let options = headers.listElements("Connection")
        switch version {
        case .http11: return !options.contains { $0.asciiCaseInsensitiveEquals("close") }
        case .http10: return options.contains { $0.asciiCaseInsensitiveEquals("keep-alive") }
        }
    }
}
