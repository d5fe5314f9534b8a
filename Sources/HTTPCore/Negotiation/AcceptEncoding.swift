/// What a request's `Accept-Encoding` allows (RFC 9110 §12.5.3), to choose between stored encodings.
///
/// The rules, in the order they apply to a coding: an entry naming it wins, else `*`, else the
/// default — `identity` is acceptable unless excluded, any other coding is not. With no header at all
/// every coding is acceptable, but `preferred(_:)` then answers identity: a client that did not ask
/// for compression (curl without `--compressed`) should not get it. An empty header means identity only.
public struct AcceptEncoding: Sendable {
    /// The parsed field, or nil when the request had no `Accept-Encoding`.
    public let list: QualityList?

    /// Reads the field from request headers.
    public init(_ headers: HTTPHeaders) {
        let values = headers.values("Accept-Encoding")
        list = values.isEmpty ? nil : QualityList(values)
    }

    /// The weight in thousandths the client gives a content coding (`gzip`, `identity`).
    public func quality(of coding: String) -> Int {
        guard let list else { return 1000 }
        let coding = coding.lowercased()
        // `x-gzip` is the same coding as `gzip` (RFC 9110 §8.4.1.3).
        let names: Set<String> = coding == "gzip" ? ["gzip", "x-gzip"] : [coding]
        if let exact = list.elements.filter({ names.contains($0.value) }).map(\.quality).max() { return exact }
        if let star = list.elements.first(where: { $0.value == "*" }) { return star.quality }
        return coding == "identity" ? 1000 : 0
    }

    /// True when the coding's weight is above zero.
    public func accepts(_ coding: String) -> Bool { quality(of: coding) > 0 }

    /// The coding to answer with among those available, in the server's order of preference for ties;
    /// nil when none is acceptable (the caller answers 406 or falls back as it documents).
    public func preferred(_ available: [String]) -> String? {
        if list == nil { return available.contains("identity") ? "identity" : available.first }
        var best: (coding: String, quality: Int)?
        for coding in available {
            let q = quality(of: coding)
            if q > 0, q > (best?.quality ?? 0) { best = (coding, q) }
        }
        return best?.coding
    }
}
