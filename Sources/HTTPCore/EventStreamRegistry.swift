import Synchronization

/// Opens `EventStream`s under a cap and counts them: how many are open now, how many were opened,
/// refused at the cap, and how each one ended (read by `ServerMetrics.observe(_:)`).
///
/// An application makes one per kind of stream it serves and asks it before answering with a
/// stream; `open` returning nil is the cue to refuse (the application chooses the status). Every
/// stream counts as open from `open` until it ends, so clients that open streams and never read hold
/// at most `limit` streams of at most `maximumQueuedBytes` each.
public final class EventStreamRegistry: Sendable {
    /// The counts, as one value so a scrape reads them together.
    public struct Counts: Sendable, Equatable {
        /// Streams open now.
        public var open = 0
        /// Streams opened since start.
        public var opened = 0
        /// Streams refused because `limit` were open.
        public var refused = 0
        /// Streams ended, by `EventStream.Ending`'s raw value.
        public var ended: [String: Int] = [:]
    }

    /// The most streams open at once. Default 256.
    public let limit: Int
    /// The most bytes that may wait for one stream's client (`EventStream.maximumQueuedBytes`).
    /// Default 64 KiB: an event here is a few hundred bytes, so only a client that stopped reading
    /// gets near it.
    public let maximumQueuedBytes: Int
    /// How often an idle stream sends a comment line (`EventStream.heartbeat`). Default 15 s, under the
    /// 30 to 60 s after which proxies commonly drop a silent connection.
    public let heartbeat: Duration
    private let counts = Mutex(Counts())

    /// A registry of at most `limit` open streams.
    public init(limit: Int = 256, maximumQueuedBytes: Int = 64 * 1_024, heartbeat: Duration = .seconds(15)) {
        self.limit = max(0, limit)
        self.maximumQueuedBytes = max(1, maximumQueuedBytes)
        self.heartbeat = max(heartbeat, .milliseconds(10))
    }

    /// A new stream, counted as open, or nil when `limit` are open already. `closingEvent` is what a
    /// drain writes before ending it (the application's goodbye event; empty for none).
    public func open(closingEvent: [UInt8] = []) -> EventStream? {
        let admitted = counts.withLock { counts -> Bool in
            guard counts.open < limit else {
                counts.refused += 1
                return false
            }
            counts.open += 1
            counts.opened += 1
            return true
        }
        guard admitted else { return nil }
        return EventStream(registry: self, maximumQueuedBytes: maximumQueuedBytes, heartbeat: heartbeat, closingEvent: closingEvent)
    }

    /// The counts now.
    public var snapshot: Counts { counts.withLock { $0 } }

    /// Called once per stream when it ends.
    func ended(_ why: EventStream.Ending) {
        counts.withLock { counts in
            counts.open -= 1
            counts.ended[why.rawValue, default: 0] += 1
        }
    }
}
