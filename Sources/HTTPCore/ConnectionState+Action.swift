extension ConnectionState {
    /// What the event loop must do after a transition; the loop performs it and decides nothing itself.
    public enum Action: Sendable, Equatable {
        /// Nothing.
        case none
        /// Parse and answer the requests the parser holds: output drained below the threshold, or the
        /// peer closed and the requests that arrived whole are still owed an answer.
        case serve
        /// Close the connection now, writing nothing more.
        case close
        /// Queue a 408 Request Timeout (no response has started); the connection closes after it.
        case answerTimeoutAndClose
        /// Shut the write side (the queued output is all handed to the kernel) and linger.
        case shutdownAndLinger
        /// A drain began: keep only the response being written, marked `Connection: close` if its head
        /// has not started, and drop every later queued response and an answer still awaited.
        case trimOutput
        /// Queue an event stream's heartbeat (a comment line): it has been quiet for its interval.
        case sendHeartbeat
        /// A drain ends the event stream: queue what it still holds, its closing event and its end.
        case endStream
    }
}
