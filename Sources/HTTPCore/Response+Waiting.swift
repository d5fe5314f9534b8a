import Dispatch

extension Response {
    /// The eventual response of a deferred one, waiting on the caller's thread for the worker; an
    /// ordinary response as it is.
    ///
    /// For callers with no event loop (the MCP stdio transport answers one message at a time and may
    /// block): never call it on an event loop, which must not wait.
    package func awaitingAnswer() -> Response {
        guard let pending else { return self }
        let done = DispatchSemaphore(value: 0)
        if let response = pending.answer.takeOrNotify({ _ in done.signal() }) { return pending.finish(response) }
        done.wait()
        guard let response = pending.answer.take() else { return Response(status: .internalServerError) }
        return pending.finish(response)
    }
}
