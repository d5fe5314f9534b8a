extension EventLoop {
    /// Waits for an answer that comes later: the connection stops answering (later pipelined requests
    /// wait in the parser) until the worker is done. An answer already done is written at once.
    func wait(for pending: PendingAnswer, on connection: Connection, context: ResponseContext, keepAlive: Bool, at now: Int64) {
        connection.state.answerDeferred(keepAlive: keepAlive, now: now)
        connection.pendingAnswer = (pending, context)
        if let response = pending.answer.takeOrNotify({ [self] answer in answerReady(answer) }) {
            // Done already: written in order now; the caller's serving loop goes on with the next request.
            deliver(response, to: connection, at: now)
        } else {
            awaiting[ObjectIdentifier(pending.answer)] = connection
        }
    }

    /// Writes the answers workers finished, each on its connection, then serves the requests that
    /// waited behind it. An answer whose connection closed (or stopped waiting) is dropped.
    func deliverFinishedAnswers() {
        let answers = finishedAnswers()
        guard !answers.isEmpty else { return }
        let now = MonotonicTime.now
        for answer in answers {
            guard let connection = awaiting.removeValue(forKey: ObjectIdentifier(answer)), let response = answer.take() else { continue }
            deliver(response, to: connection, at: now)
            serveRequests(connection)
            settle(connection)
        }
    }

    /// Queues the eventual response in the placeholder's place, decorated by every `Response.map`.
    private func deliver(_ response: Response, to connection: Connection, at now: Int64) {
        guard let (pending, context) = connection.pendingAnswer else { return }
        connection.pendingAnswer = nil
        guard let keepAlive = connection.state.answerArrived(now: now) else { return }
        enqueue(pending.finish(response), on: connection, context: context, keepAlive: keepAlive)
    }
}
