/// What a request's `Accept` allows (RFC 9110 §12.5.1), to choose a representation's media type.
///
/// Each offered type takes the weight of the most specific range that matches it (`text/plain` over
/// `text/*` over `*/*`); parameters other than `q` on a range are ignored, because every body this
/// server sends is UTF-8 and has no other variants. No header, or one that only has ranges with
/// weight zero for everything, leaves the server's default to the caller.
public struct AcceptedMediaTypes: Sendable {
    /// The parsed field, or nil when the request had no `Accept`.
    public let list: QualityList?

    /// Reads the field from request headers.
    public init(_ headers: HTTPHeaders) {
        let values = headers.values("Accept")
        list = values.isEmpty ? nil : QualityList(values)
    }

    /// The weight in thousandths given to a media type such as `text/markdown`.
    public func quality(of mediaType: String) -> Int {
        guard let list else { return 1000 }
        let type = mediaType.lowercased()
        let major = type.split(separator: "/").first.map(String.init) ?? type
        var best: (specificity: Int, quality: Int)?
        for element in list.elements {
            let specificity: Int
            if element.value == type {
                specificity = 3
            } else if element.value == "\(major)/*" {
                specificity = 2
            } else if element.value == "*/*" || element.value == "*" {
                specificity = 1
            } else {
                continue
            }
            if specificity > (best?.specificity ?? 0) { best = (specificity, element.quality) }
        }
        return best?.quality ?? 0
    }

    /// The offered type the client weighs highest, ties going to the earlier offer; nil when the
    /// client accepts none of them. With no `Accept` header the first offer wins.
    public func preferred(_ offered: [String]) -> String? {
        if list == nil { return offered.first }
        var best: (type: String, quality: Int)?
        for type in offered {
            let q = quality(of: type)
            if q > 0, q > (best?.quality ?? 0) { best = (type, q) }
        }
        return best?.type
    }
}
