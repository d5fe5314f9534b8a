/// The part of a `Response` that says its answer comes later, and what to do to it when it comes.
///
/// `transform` is every `Response.map` applied while the placeholder went out through the responder
/// chain (an outer responder's CORS, version and Link fields); the loop applies it on its own thread
/// to the response the worker made, so a deferred answer is decorated exactly as an immediate one.
public struct PendingAnswer: Sendable {
    /// The answer being made off the loop.
    public let answer: DeferredAnswer
    /// Applied to the eventual response, in the order the maps were made; nil when there were none.
    public internal(set) var transform: (@Sendable (Response) -> Response)?

    init(answer: DeferredAnswer) {
        self.answer = answer
    }

    /// This pending answer with `next` applied after what is already there.
    func then(_ next: @escaping @Sendable (Response) -> Response) -> PendingAnswer {
        var copy = self
        if let earlier = transform {
            copy.transform = { next(earlier($0)) }
        } else {
            copy.transform = next
        }
        return copy
    }

    /// The eventual response with every transform applied.
    func finish(_ response: Response) -> Response {
        transform?(response) ?? response
    }
}
