import Glibc

extension EventLoop {
    /// Reads what the socket has, parses and answers every complete request, in order.
    func readAvailable(_ connection: Connection) {
        // A few reads per readiness event at most, so one fast sender cannot starve the loop.
        for _ in 0..<4 {
            guard connection.state.wantsInput else { return }
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
                // Requests that arrived whole before the close are still answered, in order.
                perform(connection.state.inputEnded(), on: connection, at: MonotonicTime.now)
                return
            case .bytes(let n):
                if connection.state.discardsInput { continue }  // Discarded: closing, or writing its last response.
                connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[..<n]))
                serveRequests(connection)
                if n < readBuffer.count && !connection.transport.hasBufferedInput { return }
            }
        }
    }

    /// Answers every complete request the parser holds while the state lets it: it stops at the
    /// back-pressure threshold, at an answer that comes later, and at the connection's last answer.
    func serveRequests(_ connection: Connection) {
        let now = MonotonicTime.now
        while connection.state.answersRequests {
            let parsed: Request?
            do {
                parsed = try connection.parser.next()
            } catch {
                connection.state.requestRefused()
                answer(connection, error: error.problem, at: now)
                return
            }
            // Moved out of the optional, not copied: `answer` consumes it.
            guard let request = consume parsed else {
                perform(connection.state.parserWaits(at: connection.parser.progress, now: now, policy: policy), on: connection, at: now)
                // A client waiting for permission to send its body gets it; the body is then read (and discarded).
                if connection.state.answersRequests, connection.parser.takeContinueExpectation() {
                    connection.outbound.append(head: Self.continueResponse, body: [])
                    connection.state.interimQueued(now: now)
                }
                return
            }
            answer(connection, request: request, at: now)
        }
    }

    static let continueResponse = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private func answer(_ connection: Connection, request: consuming Request, at now: Int64) {
        request.remoteAddress = connection.peer
        request.id = ids.id(for: request.headers["X-Request-Id"])
        let wantsKeepAlive = request.wantsKeepAlive
        // Read before the request is handed over (the responder consumes it, so it is not copied).
        let (method, version, id, path) = (request.method, request.version, request.id, request.path)
        var response = Response()
        connection.endpoint.responder.respond(to: request, into: &response)
        // A drain asked for while the responder ran (the loop begins it after this event) closes this answer too.
        let keepAlive = connection.state.requestReceived(wantsKeepAlive: wantsKeepAlive && !drainPending, now: now)
        let context = ResponseContext(method: method, version: version, requestID: id, path: path, route: response.route, started: now)
        if let pending = response.pending {
            wait(for: pending, on: connection, context: context, keepAlive: keepAlive, at: now)
            return
        }
        if let stream = response.stream {
            start(stream, response, on: connection, context: context, at: now)
            return
        }
        enqueue(response, on: connection, context: context, keepAlive: keepAlive)
    }

    /// Answers an error that ends the connection (a refused request, a timeout) with problem+json.
    func answer(_ connection: Connection, error: HTTPError, at now: Int64) {
        let context = ResponseContext(method: nil, version: .http11, requestID: ids.next(), path: "-", route: nil, started: now)
        enqueue(ProblemResponse.make(error, typeBase: configuration.problemTypeBase), on: connection, context: context, keepAlive: false)
    }

    /// Serializes and queues a response, tells the state, and logs it.
    func enqueue(_ response: Response, on connection: Connection, context: ResponseContext, keepAlive: Bool) {
        let (head, body) = writer.serialize(
            response, method: context.method, version: context.version, keepAlive: keepAlive, requestID: context.requestID,
            date: dates.value())
        connection.outbound.append(head: head, body: body)
        connection.state.responseQueued(
            keepAlive: keepAlive, queuedBytes: connection.outbound.byteCount, now: context.started, policy: policy)
        record(response, bytes: body.count, on: connection, context: context)
    }

    /// Logs a queued response (the access log and `onResponse`).
    func record(_ response: Response, bytes: Int, on connection: Connection, context: ResponseContext) {
        guard configuration.accessLog != nil || configuration.onResponse != nil else { return }
        let elapsed = max(0, MonotonicTime.now - context.started)
        let entry = RequestLog(
            unixMicroseconds: WallClock.unixMicroseconds(), method: context.method?.rawValue ?? "-", path: context.path,
            status: response.status.code, bytes: bytes, durationMicroseconds: Int(elapsed / 1000), requestID: context.requestID,
            clientAddress: connection.peer, route: response.route ?? context.route)
        configuration.accessLog?.record(entry)
        configuration.onResponse?(entry)
    }

    /// Writes as much queued output as the socket takes (the rest waits for EPOLLOUT) and returns what
    /// the state asks for next.
    func flush(_ connection: Connection) -> ConnectionState.Action {
        var progressed = false
        while !connection.outbound.isEmpty {
            let outcome: WriteOutcome
            do {
                defer { connection.outbound.endWrite() }
                outcome = try connection.transport.write(connection.outbound.beginWrite())
            } catch {
                return .close
            }
            guard case .written(let n) = outcome else { break }
            connection.outbound.consume(n)
            progressed = progressed || n > 0
        }
        return connection.state.outputWritten(
            remaining: connection.outbound.byteCount, progressed: progressed, unreadInput: connection.parser.bufferedByteCount > 0,
            now: MonotonicTime.now, policy: policy)
    }

    /// Does what a state transition asked for.
    func perform(_ action: ConnectionState.Action, on connection: Connection, at now: Int64) {
        switch action {
        case .none:
            break
        case .serve:
            serveRequests(connection)
        case .close:
            close(connection)
        case .answerTimeoutAndClose:
            let timeout = HTTPError(HTTPProblem.requestTimeout, detail: "The request did not arrive in time.")
            answer(connection, error: timeout, at: now)
        case .shutdownAndLinger:
            connection.transport.shutdownWrite()
        case .trimOutput:
            connection.outbound.trimToCurrent(closing: ResponseWriter.closing)
            if let (pending, _) = connection.pendingAnswer {
                awaiting[ObjectIdentifier(pending.answer)] = nil
                connection.pendingAnswer = nil
            }
        case .sendHeartbeat:
            queueStreamBytes(ServerSentEvent.heartbeat, on: connection, at: now)
        case .endStream:
            endStream(on: connection, why: .drained)
        }
    }

    /// After any event: writes what is queued and serves the requests held back while output drains
    /// (without waiting for new input), performs what the state asks, then updates what epoll watches.
    func settle(_ connection: Connection) {
        // Each round serves one batch up to the threshold; past a few, the rest waits for EPOLLOUT,
        // so a client whose output the socket keeps taking cannot hold the loop.
        for round in 0..<8 {
            guard !connection.isClosed else { return }
            let action = flush(connection)
            if action != .none { perform(action, on: connection, at: MonotonicTime.now) }
            guard action == .serve, round < 7 else { break }
        }
        guard !connection.isClosed else { return }
        let wantsInput = connection.state.wantsInput
        if wantsInput, connection.transport.hasBufferedInput, !connection.readScheduled {
            connection.readScheduled = true
            scheduledReads.append(connection)
        }
        var events: UInt32 = wantsInput ? Epoll.readable : 0
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
