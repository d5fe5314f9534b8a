import ExplainerContent
import HTTPCore

/// What building one snapshot's dense index did, for the start-up and reload logs.
public struct DenseVectorsReport: Sendable, Equatable {
    /// Distinct texts whose vector was taken from the content folder's `vectors.bin`.
    public let reused: Int
    /// Distinct texts embedded now because none was stored for their text and model (stale or missing).
    public let embedded: Int
    /// Why `vectors.bin` could not be read (missing, malformed, oversized), if it could not.
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

    /// Warns (`vectors.stale`) when the build embedded texts that `vectors.bin` did not cover, or the
    /// file could not be read; says nothing when every vector was reused.
    public func logIfStale(to log: EventLog) {
        guard embedded > 0 || storedProblem != nil else { return }
        log.warn("vectors.stale", "\(embedded) search texts were embedded now (stale or missing in \(VectorFile.fileName)).", fields)
    }
}
