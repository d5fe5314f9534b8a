/// What the loop keeps of a request to serialize and log its response: for an immediate answer, and
/// across the wait for one that comes later.
struct ResponseContext {
    /// nil for an error answered to input that never became a request.
    var method: HTTPMethod?
    var version: HTTPVersion
    var requestID: String
    var path: String
    /// The placeholder's route, for an eventual response that does not name its own.
    var route: String?
    /// When the request was read (`MonotonicTime`), for the logged duration.
    var started: Int64
}
