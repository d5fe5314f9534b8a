import ExplainerContent
import HTTPCore

extension RenderedContent {
    /// `POST /v1/signals`: assesses one message with its context and answers the level, the reasons
    /// and the support block for `country`.
    ///
    /// The region comes from the body alone, never from `Accept-Language`: a chatbot's own headers say
    /// nothing of the person writing to it. Without a country the block lists the international lines.
    /// Nothing is stored: the answer is rendered for this request, sent `no-store`, and only its
    /// level is counted.
    package func serveSignal(_ request: Request) throws(HTTPError) -> Response {
        let signal = try SignalRequest(body: request.body)
        let assessment = search.crisisDetector.assess(signal.text, context: signal.context)
        signalCounts.record(assessment.level, on: .signals)
        let document = renderer.resources.signal(assessment, region: signal.country)
        return try caching.uncached(
            contentType: JSONDocument.contentType, bytes: document.encoded(), gzipThreshold: configuration.gzipThreshold, to: request)
    }
}
