import ExplainerContent
import HTTPCore

extension RenderedContent {
    /// `POST /v1/signals`: assesses one message with its context and answers the level, the reasons
    /// and the support block for `country`.
    ///
    /// The rules answer on the loop. When they do not already say `urgent` and the model layer is
    /// loaded (`SemanticSearch.crisisModel`), the message is assessed again with it on the worker
    /// pool and the worker answers; when the pool is full or stopping, the rules' answer goes at once
    /// (never a 503, never a wait). The model can only raise the level.
    ///
    /// The region comes from the body alone, never from `Accept-Language`: a chatbot's own headers say
    /// nothing of the person writing to it. Without a country the block lists the international lines.
    /// Nothing is stored: the answer is rendered for this request, sent `no-store`, and only its
    /// level is counted.
    package func serveSignal(_ request: Request) throws(HTTPError) -> Response {
        let signal = try SignalRequest(body: request.body)
        let rules = search.crisisDetector.assess(signal.text, context: signal.context)
        if rules.level != .urgent, rules.languageUnderstood, let model = semantic.crisisModel, let pool = semantic.pool {
            let detector = model.detector(limits: search.crisisDetector.limits)
            do {
                return try pool.submit { [self] in
                    answerSignal(detector.assess(signal.text, context: signal.context), country: signal.country, to: request)
                }
            } catch {
                // Full or stopping: the rules' answer below, at once.
            }
        }
        return answerSignal(rules, country: signal.country, to: request)
    }

    /// The signal response for `assessment`, counted by level; runs on the loop or on a worker.
    func answerSignal(_ assessment: CrisisAssessment, country: String?, to request: Request) -> Response {
        signalCounts.record(assessment.level, on: .signals)
        let document = renderer.resources.signal(assessment, region: country)
        do {
            return try caching.uncached(
                contentType: JSONDocument.contentType, bytes: document.encoded(), gzipThreshold: configuration.gzipThreshold, to: request)
        } catch {
            // `uncached` never refuses (identity is always acceptable); a worker cannot throw, so map it here.
            return Response(status: error.status)
        }
    }
}
