extension Response {
    /// A `200` whose body is `stream`: `text/event-stream`, sent chunked on HTTP/1.1 (until the
    /// connection closes on HTTP/1.0), with `Connection: close` since the stream is the connection's
    /// last response. `Cache-Control: no-store` and `X-Accel-Buffering: no` keep caches and nginx from
    /// holding events back; `headers` are added (and may replace them).
    public init(stream: EventStream, headers: HTTPHeaders = HTTPHeaders()) {
        var fields = HTTPHeaders()
        fields.set("Content-Type", "text/event-stream")
        fields.set("Cache-Control", "no-store")
        fields.set("X-Accel-Buffering", "no")
        for (name, value) in headers.fields { fields.set(name, value) }
        self.init(status: .ok, headers: fields)
        self.stream = stream
    }
}
