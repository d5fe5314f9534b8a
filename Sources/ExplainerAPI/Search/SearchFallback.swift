/// Why a hybrid or semantic search was answered lexically: the response's `fallback_reason`.
package enum SearchFallback: String, Sendable {
    /// No sentence-embedding model loaded (`--model` missing or unreadable).
    case modelMissing = "model-missing"
    /// Every query worker busy and the queue full: answered at once on the loop, never 503.
    case workersBusy = "workers-busy"
}
