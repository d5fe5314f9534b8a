/// What a request's `Accept-Encoding` allows (RFC 9110 §12.5.3), to choose between stored encodings.
///
/// The rules, in the order they apply to a coding: an entry naming it wins, else `*`, else the
/// default — `identity` is acceptable unless excluded, any other coding is not. With no header at all
/// every coding is acceptable, but `preferred(_:)` then answers identity: a client that did not ask
/// for compression (curl without `--compressed`) should not get it. An empty header means identity only.
public struct AcceptEncoding: Sendable {
    /// The request's fields, kept for `list` and for codings other than the common ones; nil when the
    /// request had no `Accept-Encoding` (and then nothing is retained).
    private let headers: HTTPHeaders?
    /// The weights of gzip, identity and `*`, read once; all -1 when there is no field.
    private let weights: CodingWeights

    /// The parsed field, or nil when the request had no `Accept-Encoding`.
    ///
    /// Parsed on each use: the request path reads only the few weights it needs, in place, and never this.
    public var list: QualityList? {
        headers.map { QualityList($0.values("Accept-Encoding")) }
    }

    /// Reads the field from request headers.
    ///
    /// Costs one pass over the field's bytes and allocates nothing.
    public init(_ headers: borrowing HTTPHeaders) {
        var weights = CodingWeights()
        var found = false
        headers.fields.withUnsafeBufferPointer { fields in
            for index in fields.indices where fields[index].name.asciiCaseInsensitiveEquals("Accept-Encoding") {
                found = true
                weights.add(fields[index].value)
            }
        }
        self.headers = found ? copy headers : nil
        self.weights = weights
    }

    /// The weight in thousandths the client gives a content coding (`gzip`, `identity`).
    public func quality(of coding: String) -> Int {
        guard headers != nil else { return 1000 }
        // `x-gzip` is the same coding as `gzip` (RFC 9110 §8.4.1.3); asked for by name, it is only itself.
        if coding.asciiCaseInsensitiveEquals("gzip") {
            return Self.weight(max(weights.gzip, weights.xGzip), star: weights.star, otherwise: 0)
        }
        if coding.asciiCaseInsensitiveEquals("identity") {
            return Self.weight(weights.identity, star: weights.star, otherwise: 1000)
        }
        if coding.asciiCaseInsensitiveEquals("x-gzip") {
            return Self.weight(weights.xGzip, star: weights.star, otherwise: 0)
        }
        return Self.quality(of: coding, in: list?.elements ?? [])
    }

    /// True when the coding's weight is above zero.
    public func accepts(_ coding: String) -> Bool { quality(of: coding) > 0 }

    /// The coding to answer with among those available, in the server's order of preference for ties;
    /// nil when none is acceptable (the caller answers 406 or falls back as it documents).
    public func preferred(_ available: [String]) -> String? {
        if headers == nil { return available.contains("identity") ? "identity" : available.first }
        // Indices, not strings, are kept while looking, so only the answer is retained.
        var best = (index: -1, quality: 0)
        for index in available.indices {
            let q = quality(of: available[index])
            if q > best.quality { best = (index, q) }
        }
        return best.index < 0 ? nil : available[best.index]
    }

    /// The coding to answer with when the body is stored as identity and, if `gzipAvailable`, as gzip:
    /// `"gzip"`, `"identity"`, or nil when neither is acceptable.
    ///
    /// The same answer as `preferred(gzipAvailable ? ["gzip", "identity"] : ["identity"])` (gzip wins
    /// a tie), without an array or a string comparison per coding: the request path's common case.
    public func preferred(gzipAvailable: Bool) -> String? {
        guard headers != nil else { return "identity" }
        let identity = Self.weight(weights.identity, star: weights.star, otherwise: 1000)
        if gzipAvailable {
            let gzip = Self.weight(max(weights.gzip, weights.xGzip), star: weights.star, otherwise: 0)
            if gzip > 0 && gzip >= identity { return "gzip" }
        }
        return identity > 0 ? "identity" : nil
    }

    /// An entry naming the coding wins, else `*`, else the coding's default (-1 means "not named").
    private static func weight(_ named: Int, star: Int, otherwise fallback: Int) -> Int {
        named >= 0 ? named : star >= 0 ? star : fallback
    }

    /// The weight of a coding other than gzip and identity, from the parsed list (rarely asked for).
    private static func quality(of coding: String, in elements: [QualityList.Element]) -> Int {
        if let exact = elements.filter({ $0.value.asciiCaseInsensitiveEquals(coding) }).map(\.quality).max() { return exact }
        if let star = elements.first(where: { $0.value == "*" }) { return star.quality }
        return 0
    }
}
