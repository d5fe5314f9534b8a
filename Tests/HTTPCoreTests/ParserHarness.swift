import HTTPCore
import HTTPTesting

/// Feeds bytes to a fresh parser in the given pieces and collects what it produced.
struct ParserHarness {
    /// What parsing produced: the requests, then the error if one ended it.
    struct Outcome: Equatable {
        var requests: [Summary]
        var error: RequestParseError?
    }

    /// The parts of a request a test compares (Request itself is not Equatable).
    struct Summary: Equatable {
        var method: String
        var target: String
        var path: String
        var version: HTTPVersion
        var headers: [String]
        var body: [UInt8]

        init(_ r: Request) {
            method = r.method.rawValue
            target = r.target
            path = r.path
            version = r.version
            headers = r.headers.map { "\($0.name): \($0.value)" }
            body = r.body
        }
    }

    static func parse(_ pieces: [[UInt8]], limits: Limits = .default) -> Outcome {
        var parser = RequestParser(limits: limits)
        var outcome = Outcome(requests: [], error: nil)
        for piece in pieces {
            parser.append(piece)
            do {
                while let request = try parser.next() { outcome.requests.append(Summary(request)) }
            } catch {
                outcome.error = error
                return outcome
            }
        }
        return outcome
    }

    static func whole(_ text: String, limits: Limits = .default) -> Outcome { parse([Array(text.utf8)], limits: limits) }

    static func byteByByte(_ bytes: [UInt8], limits: Limits = .default) -> Outcome { parse(bytes.map { [$0] }, limits: limits) }

    /// Splits at `count` random points chosen by a seeded generator, so a failure can be replayed.
    static func randomSplits(_ bytes: [UInt8], seed: UInt64, limits: Limits = .default) -> Outcome {
        var rng = SplitMix64(seed: seed)
        var cuts = Set<Int>()
        let count = bytes.count < 2 ? 0 : Int(rng.next() % 8) + 1
        for _ in 0..<count { cuts.insert(Int(rng.next() % UInt64(bytes.count - 1)) + 1) }
        var pieces: [[UInt8]] = []
        var start = 0
        for cut in cuts.sorted() {
            pieces.append(Array(bytes[start..<cut]))
            start = cut
        }
        pieces.append(Array(bytes[start...]))
        return parse(pieces, limits: limits)
    }
}
