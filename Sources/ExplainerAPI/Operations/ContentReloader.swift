import ExplainerContent
import Foundation
import HTTPCore
import Synchronization

/// Reloads the content folder (and the TLS certificate) on SIGHUP without dropping a request.
///
/// The new folder is loaded and validated beside the live index; only a valid one replaces it, and
/// the swap is whole (`LiveContent.replace`), so a request in flight finishes on the version it
/// started with. An invalid folder changes nothing that is served: every problem is logged as its own
/// JSON line (file, line, id, reason), and the failure is counted in `content_reloads_total`.
/// Reloads are serialised: a second SIGHUP during a reload waits for the first to finish.
public final class ContentReloader: Sendable {
    /// What one reload did, for the caller and for tests.
    public struct Outcome: Sendable, Equatable {
        /// Whether the content loaded and was swapped in.
        public var contentReloaded: Bool
        /// The version served after the reload (the old one when it failed).
        public var contentVersion: String
        /// How many problems the new folder had (0 when it loaded).
        public var problemCount: Int
        /// Whether the TLS certificate reloaded; nil when TLS is off.
        public var certificateReloaded: Bool?
    }

    /// The folder read on every reload.
    public let directory: String
    let live: LiveContent
    let metrics: ServerMetrics
    let content: ContentMetrics
    let log: EventLog
    let tls: TLSContext?
    let serial = Mutex(())

    /// A reloader for `live`, reading `directory`; `tls` is reloaded too when given.
    public init(directory: String, live: LiveContent, metrics: ServerMetrics, log: EventLog, tls: TLSContext? = nil) {
        self.directory = directory
        self.live = live
        self.metrics = metrics
        content = ContentMetrics(registry: metrics.registry)
        self.log = log
        self.tls = tls
    }

    /// Loads, validates and (if valid) swaps in the folder, then reloads the certificate.
    @discardableResult
    public func reload() -> Outcome {
        serial.withLock { _ in
            let old = live.contentVersion
            log.info("reload.start", "Reloading content.", [("directory", .string(directory)), ("version", .string(old))])
            let load = ContentLoad.run(directory: directory, metrics: content)
            var outcome = Outcome(contentReloaded: false, contentVersion: old, problemCount: 0, certificateReloaded: nil)
            switch load.result {
            case .success(let index):
                live.replace(with: index)?.logIfStale(to: log)
                content.contentReloaded(success: true)
                outcome.contentReloaded = true
                outcome.contentVersion = index.contentVersion
                log.info(
                    "reload.done", index.contentVersion == old ? "Content reloaded; unchanged." : "Content reloaded; new version serving.",
                    [("previous_version", .string(old))] + load.fields(index))
            case .failure(let report):
                content.contentReloaded(success: false)
                outcome.problemCount = report.problems.count
                for problem in report.problems { log.error("reload.problem", problem.message, Self.fields(problem)) }
                log.error(
                    "reload.failed", "Content is invalid; still serving the previous version.",
                    [("version", .string(old)), ("problems", .int(report.problems.count)), ("directory", .string(directory))])
            }
            if let tls {
                do throws(TLSError) {
                    try tls.reload()
                    metrics.tlsCertificateReloaded(success: true)
                    outcome.certificateReloaded = true
                    log.info("tls.reload.done", "TLS certificate reloaded.", [("certificate", .string(tls.configuration.certificatePath))])
                } catch {
                    metrics.tlsCertificateReloaded(success: false)
                    outcome.certificateReloaded = false
                    log.error(
                        "tls.reload.failed", "TLS certificate could not be reloaded; still serving the previous one.",
                        [("reason", .string(error.description)), ("certificate", .string(tls.configuration.certificatePath))])
                }
            }
            return outcome
        }
    }

    static func fields(_ problem: ContentProblem) -> [(String, EventLog.Value)] {
        var fields: [(String, EventLog.Value)] = [("kind", .string(problem.kind.rawValue)), ("file", .string(problem.file))]
        if let line = problem.line { fields.append(("line", .int(line))) }
        if let column = problem.column { fields.append(("column", .int(column))) }
        if let id = problem.id { fields.append(("id", .string(id))) }
        return fields
    }
}
