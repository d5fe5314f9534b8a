extension ConnectionState {
    /// How a closing connection ends once its output is handed to the kernel.
    public enum Ending: Sendable, Equatable {
        /// Close at once (the kernel still delivers what it holds).
        case close
        /// Shut the write side and close once the kernel has delivered everything: a drain must not
        /// let the process exit under a response.
        case deliver
        /// As `deliver`, and first read and discard what the client still sends for `lingeringClose`,
        /// because it sent bytes that were not read (an error answered mid-request, requests left
        /// unanswered) and closing on them would reset the connection under its response.
        case linger
    }
}
