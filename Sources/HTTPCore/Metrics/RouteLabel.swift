/// Maps a request path to the route pattern it matched, for the `route` label of request metrics.
///
/// Metrics must be labelled by pattern (`/v1/sections/{id}`), never by raw path: paths come from
/// clients and are unbounded, patterns are a fixed list. Matching follows the router's rule (same
/// segment count; a literal segment beats a capture); a path no pattern matches is `unmatched`.
public struct RouteLabel: Sendable {
    struct Pattern: Sendable {
        let text: String
        /// Each segment's literal text, or nil for a `{capture}`.
        let segments: [String?]
    }

    let patterns: [Pattern]

    /// The label for paths that match no route.
    public static let unmatched = "unmatched"

    /// A mapper over the router's patterns (`Router.patterns`).
    public init(patterns: [String]) {
        self.patterns = patterns.map { text in
            Pattern(
                text: text,
                segments: Self.segments(text).map { $0.hasPrefix("{") && $0.hasSuffix("}") ? nil : String($0) })
        }
    }

    /// The pattern `path` matches, or `unmatched`.
    public func label(for path: String) -> String {
        let parts = Self.segments(path)
        var best: (text: String, literals: Int)?
        for pattern in patterns where pattern.segments.count == parts.count {
            var literals = 0
            var matches = true
            for (segment, part) in zip(pattern.segments, parts) {
                if let literal = segment {
                    guard literal == part else {
                        matches = false
                        break
                    }
                    literals += 1
                } else if part.isEmpty {
                    matches = false
                    break
                }
            }
            if matches, best == nil || literals > best!.literals { best = (pattern.text, literals) }
        }
        return best?.text ?? Self.unmatched
    }

    static func segments(_ path: String) -> [Substring] {
        if path == "/" { return [] }
        return Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
    }
}
