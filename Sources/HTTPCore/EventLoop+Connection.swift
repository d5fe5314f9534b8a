import Glibc

extension EventLoop {
    /// Reads what the socket has, parses and answers every complete request, in order.
    func readAvailable(_ connection: Connection) {
        // A few reads per readiness event at most, so one fast sender cannot starve the loop.
        for _ in 0..<4 {
            if !connection.isLingering && connection.outbound.byteCount >= configuration.limits.outboundBytes { return }
            let outcome: ReadOutcome
            do {
                outcome = try connection.transport.read(into: readBuffer)
            } catch {
                close(connection)
                return
            }
            switch outcome {
            case .wouldBlock:
                return
            case .closed:
                connection.peerClosed = true
                if connection.isLingering {
                    close(connection)
                    return
                }
                // Requests that arrived whole before the close are still answered, in order.
                serveRequests(connection, ignoringBackpressure: true)
                connection.state.peerClosed()
                return
            case .bytes(let n):
                if connection.isLingering { continue }  // Discarded: the connection is closing.
                connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[..<n]))
                serveRequests(connection)
                if n < readBuffer.count && !connection.transport.hasBufferedInput { return }
            }
        }
    }

    /// Answers every complete request the parser holds, stopping early when enough output is queued.
    func serveRequests(_ connection: Connection, ignoringBackpressure: Bool = false) {
        let now = clock.now
        while !connection.state.isStopped {
            if !ignoringBackpressure && connection.outbound.byteCount >= configuration.limits.outboundBytes { break }
            let request: Request?
            do {
                request = try connection.parser.next()
            } catch {
                connection.lingerOnClose = true
                answer(connection, error: error.problem, at: now)
                return
            }
            guard let request else { break }
            connection.state.requestCompleted(at: now)
            answer(connection, request: request, at: now)
        }
        if !connection.state.isStopped {
            connection.state.parserProgressed(to: connection.parser.progress, at: now)
            // A client waiting for permission to send its body gets it; the body is then read (and discarded).
            if connection.parser.takeContinueExpectation() {
                connection.outbound.append(Self.continueResponse)
                connection.state.outputUpdated(pending: true, progressed: false, at: now)
            }
        }
    }

    static let continueResponse = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private func answer(_ connection: Connection, request: consuming Request, at now: ContinuousClock.Instant) {
        request.remoteAddress = connection.peer
        request.id = ids.id(for: request.headers["X-Request-Id"])
        let response = responder.respond(to: request)
        let keepAlive = request.wantsKeepAlive && !isDraining
        enqueue(
            response, on: connection, method: request.method, version: request.version, keepAlive: keepAlive,
            requestID: request.id, path: request.path, started: now)
    }

    /// Answers an error that ends the connection (a refused request, a timeout) with problem+json.
    func answer(_ connection: Connection, error: HTTPError, at now: ContinuousClock.Instant) {
        enqueue(
            ProblemResponse.make(error), on: connection, method: nil, version: .http11, keepAlive: false, requestID: ids.next(),
            path: "-", started: now)
    }

    private func enqueue(
        _ response: Response, on connection: Connection, method: HTTPMethod?, version: HTTPVersion, keepAlive: Bool,
        requestID: String, path: String, started: ContinuousClock.Instant
    ) {
        let (head, body) = writer.serialize(
            response, method: method, version: version, keepAlive: keepAlive, requestID: requestID, date: dates.value())
        connection.outbound.append(head)
        connection.outbound.append(body)
        connection.state.responseQueued(keepAlive: keepAlive)
        connection.state.outputUpdated(pending: true, progressed: false, at: started)
        guard configuration.accessLog != nil || configuration.onResponse != nil else { return }
        let elapsed = (clock.now - started).components
        let entry = RequestLog(
            unixMicroseconds: WallClock.unixMicroseconds(), method: method?.rawValue ?? "-", path: path, status: response.status.code,
            bytes: body.count, durationMicroseconds: Int(elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000),
            requestID: requestID, clientAddress: connection.peer, route: response.route)
        configuration.accessLog?.record(entry)
        configuration.onResponse?(entry)
    }

    /// Writes as much queued output as the socket takes; the rest waits for EPOLLOUT.
    func flush(_ connection: Connection) {
        var progressed = false
        while !connection.outbound.isEmpty {
            let outcome: WriteOutcome
            do {
                outcome = try connection.transport.write(connection.outbound.pending)
            } catch {
                close(connection)
                return
            }
            switch outcome {
            case .wouldBlock:
                connection.state.outputUpdated(pending: true, progressed: progressed, at: clock.now)
                return
            case .written(let n):
                connection.outbound.consume(n)
                progressed = progressed || n > 0
            }
        }
        connection.state.outputUpdated(pending: false, progressed: progressed, at: clock.now)
    }

    /// After any event: writes what is queued, resumes held-back pipelined requests, then closes,
    /// lingers, or updates what epoll watches for.
    func settle(_ connection: Connection) {
        guard !connection.isClosed else { return }
        flush(connection)
        if !connection.isClosed, connection.outbound.isEmpty, connection.parser.bufferedByteCount > 0, !connection.state.isStopped {
            serveRequests(connection)
            flush(connection)
        }
        guard !connection.isClosed else { return }
        if connection.state.isFinished {
            if connection.peerClosed || !(connection.lingerOnClose || connection.parser.bufferedByteCount > 0) {
                close(connection)
                return
            }
            connection.transport.shutdownWrite()
            connection.state.startLingering(at: clock.now)
        }
        var events: UInt32 = 0
        if !connection.peerClosed && (connection.isLingering || connection.outbound.byteCount < configuration.limits.outboundBytes) {
            events |= Epoll.readable
        }
        if !connection.outbound.isEmpty || connection.transport.wantsWritable { events |= Epoll.writable }
        if events != connection.interest {
            do {
                try epoll.modify(connection.fileDescriptor, events: events)
                connection.interest = events
            } catch {
                close(connection)
            }
        }
    }
}
