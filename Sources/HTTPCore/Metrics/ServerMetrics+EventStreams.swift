extension ServerMetrics {
    /// Reports `streams`' counts at every scrape: `http_event_streams_open` (gauge),
    /// `http_event_streams_total`, `http_event_streams_refused_total` (at the cap) and
    /// `http_event_streams_ended_total{reason}` (finished, drained, client_closed, overflowed).
    ///
    /// Read from the registry when `/metrics` renders, so the streams' hot path counts under their own
    /// lock and nothing else. Call it once per registry.
    public func observe(_ streams: EventStreamRegistry) {
        let r = registry
        r.register(.gauge, "http_event_streams_open", help: "Event streams (text/event-stream responses) open now.")
        r.register(.counter, "http_event_streams_total", help: "Event streams opened.")
        r.register(.counter, "http_event_streams_refused_total", help: "Event streams refused because the cap was open already.")
        r.register(
            .counter, "http_event_streams_ended_total",
            help: "Event streams ended, by reason (finished, drained, client_closed, overflowed: the client read too slowly).",
            labels: ["reason"])
        let reasons: [EventStream.Ending] = [.finished, .drained, .clientClosed, .overflowed]
        r.addCollector { registry in
            let counts = streams.snapshot
            registry.set("http_event_streams_open", Double(counts.open))
            registry.set("http_event_streams_total", Double(counts.opened))
            registry.set("http_event_streams_refused_total", Double(counts.refused))
            for reason in reasons {
                registry.set("http_event_streams_ended_total", Double(counts.ended[reason.rawValue, default: 0]), labels: [reason.rawValue])
            }
        }
    }
}
