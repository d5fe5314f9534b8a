/// A transport that tells the metrics when its connection opens and closes, for the open-connections
/// gauge, and otherwise passes every call straight through.
///
/// It wraps whatever `ServerConfiguration.makeTransport` makes (plain or TLS), so counting needs no
/// change to the event loop. Generic over the inner type, so calls are direct, not through an
/// existential.
public final class ObservedTransport<Inner: ConnectionTransport>: ConnectionTransport {
    /// The transport doing the work.
    public let inner: Inner
    let metrics: ServerMetrics

    /// Counts the connection as open now; `close()` counts it closed.
    public init(_ inner: Inner, metrics: ServerMetrics) {
        self.inner = inner
        self.metrics = metrics
        metrics.connectionOpened()
    }

    public var fileDescriptor: Int32 { inner.fileDescriptor }
    public var wantsWritable: Bool { inner.wantsWritable }
    public var hasBufferedInput: Bool { inner.hasBufferedInput }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> ReadOutcome {
        try inner.read(into: buffer)
    }

    public func write(_ chunks: [ArraySlice<UInt8>]) throws(SystemError) -> WriteOutcome {
        try inner.write(chunks)
    }

    public func shutdownWrite() { inner.shutdownWrite() }

    public func close() {
        inner.close()
        metrics.connectionClosed()
    }
}
