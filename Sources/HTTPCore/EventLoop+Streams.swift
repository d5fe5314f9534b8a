extension EventLoop {
    /// Hands the loop, from any thread, a stream with new events or its end; the loop writes them on
    /// its thread, through the same wake-up as a worker's answer. After the loop has stopped the
    /// stream is ignored (its connection is gone).
    func streamReady(_ stream: EventStream) {
        finished.withLock { finished in
            guard finished.open else { return }
            finished.streams.append(stream)
            epoll.wake()  // Inside the lock, as in `answerReady`.
        }
    }

    /// Starts writing `stream` as the response to a request: its head (chunked on HTTP/1.1, always
    /// `Connection: close`), then whatever was sent to it before, then each event as it comes. A HEAD
    /// request gets the head alone and the stream ends.
    func start(_ stream: EventStream, _ response: Response, on connection: Connection, context: ResponseContext, at now: Int64) {
        guard context.method != .head else {
            stream.ended(.finished)
            enqueue(response, on: connection, context: context, keepAlive: false)
            return
        }
        let (head, _) = writer.serialize(
            response, method: context.method, version: context.version, keepAlive: false, requestID: context.requestID,
            date: dates.value())
        connection.outbound.append(head: head, body: [])
        connection.stream = (stream, context.version == .http11)
        streaming[ObjectIdentifier(stream)] = connection
        connection.state.streamStarted(heartbeat: MonotonicTime.nanoseconds(stream.heartbeat), now: now)
        record(response, bytes: 0, on: connection, context: context)
        stream.bind { [self] ready in streamReady(ready) }
        // A drain that began before this request was read ends the stream at once, with its goodbye.
        if drainDeadline != nil {
            connection.state.streamEnded(now: now)
            endStream(on: connection, why: .drained)
            return
        }
        pump(connection, at: now)
    }

    /// Writes the events the streams that woke the loop hold.
    func deliverStreamEvents() {
        let ready = finished.withLock { finished in
            defer { finished.streams.removeAll() }
            return finished.streams
        }
        guard !ready.isEmpty else { return }
        let now = MonotonicTime.now
        for stream in ready {
            guard let connection = streaming[ObjectIdentifier(stream)] else { continue }
            pump(connection, at: now)
            settle(connection)
        }
    }

    /// Moves what the connection's stream holds into its output; ends it when the application
    /// finished it, closes the connection when it overflowed.
    private func pump(_ connection: Connection, at now: Int64) {
        guard let (stream, _) = connection.stream else { return }
        let (bytes, ends, overflowed) = stream.take()
        if overflowed {
            close(connection)
        } else if ends {
            connection.state.streamEnded(now: now)
            endStream(on: connection, why: .finished, taken: bytes)
        } else if !bytes.isEmpty {
            queueStreamBytes(bytes, on: connection, at: now)
        }
    }

    /// Queues stream bytes (events, or a heartbeat) as one chunk; a client whose output passes the
    /// stream's bound is closed.
    func queueStreamBytes(_ bytes: [UInt8], on connection: Connection, at now: Int64) {
        guard let (stream, chunked) = connection.stream else { return }
        // As an entry's body, never its head: a drain's trim rewrites only heads (`ResponseWriter.closing`).
        connection.outbound.append(head: [], body: chunked ? ResponseWriter.chunk(bytes) : bytes)
        let action = connection.state.streamQueued(
            queuedBytes: connection.outbound.byteCount, limit: stream.maximumQueuedBytes, now: now)
        if action == .close {
            stream.ended(.overflowed)
            close(connection)
        }
    }

    /// Queues the stream's end (what it still holds, `taken` already, its closing event on a drain,
    /// the last chunk); the state has moved to closing, so the connection closes once they are written.
    func endStream(on connection: Connection, why: EventStream.Ending, taken: [UInt8] = []) {
        guard let (stream, chunked) = connection.stream else { return }
        connection.stream = nil
        streaming[ObjectIdentifier(stream)] = nil
        var tail = taken
        if why == .drained {
            let (rest, _, overflowed) = stream.take()
            if !overflowed { tail += rest }
            tail += stream.closingEvent
        }
        stream.ended(why)
        connection.outbound.append(head: [], body: chunked ? ResponseWriter.chunk(tail) + ResponseWriter.lastChunk : tail)
    }
}
