import HTTPCore

/// What building one snapshot's dense index did, for the start-up and reload logs.
public struct DenseVectorsReport: Sendable, Equatable {
    /// Vectors taken from the content folder's `vectors.json`.
    public let reused: Int
    /// Vectors embedded now because none was stored for their text and model (stale or missing).
    public let embedded: Int
    /// Why `vectors.json` could not be read (missing, malformed, oversized), if it could not.
    public let storedProblem: String?
    /// The model's SHA-256.
    public let modelID: String

    /// The log fields: counts, the model and the stored file's problem.
    public var fields: [(String, EventLog.Value)] {
        var fields: [(String, EventLog.Value)] = [
            ("reused", .int(reused)), ("embedded", .int(embedded)), ("model_sha256", .string(modelID)),
        ]
        if let storedProblem { fields.append(("stored_problem", .string(storedProblem))) }
        return fields
    }

    /// Warns (`vectors.stale`) when the build embedded texts that `vectors.json` did not cover, or the
    /// file could not be read; says nothing when every vector was reused.
    public func logIfStale(to log: EventLog) {
        guard embedded > 0 || storedProblem != nil else { return }
        log.warn("vectors.stale", "\(embedded) search vectors were embedded now (stale or missing in vectors.json).", fields)
    }
}
