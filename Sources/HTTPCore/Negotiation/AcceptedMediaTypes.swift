/// What a request's `Accept` allows (RFC 9110 §12.5.1), to choose a representation's media type.
///
/// Each offered type takes the weight of the most specific range that matches it (`text/plain` over
/// `text/*` over `*/*`); parameters other than `q` on a range are ignored, because every body this
/// server sends is UTF-8 and has no other variants. No header, or one that only has ranges with
/// weight zero for everything, leaves the server's default to the caller.
public struct AcceptedMediaTypes: Sendable {
    /// The request's fields, read again by each `quality(of:)`; nil when the request had no `Accept`
    /// (the common case for API clients, which then costs a name look-up and retains nothing).
    private let headers: HTTPHeaders?

    /// The parsed field, or nil when the request had no `Accept`.
    ///
    /// Parsed on each use: `quality(of:)` and `preferred(_:)` read the field's bytes in place instead.
    public var list: QualityList? {
        headers.map { QualityList($0.values("Accept")) }
    }

    /// Reads the field from request headers.
    ///
    /// Only notes whether there is one: the field is read when an offer is weighed.
    public init(_ headers: borrowing HTTPHeaders) {
        let found = headers.contains("Accept")
        self.headers = found ? copy headers : nil
    }

    /// The weight in thousandths given to a media type such as `text/markdown`.
    ///
    /// One pass over the field's bytes without allocating when the field and the type are ASCII; other
    /// bytes go through `QualityList`, whose lowercasing is Unicode's.
    public func quality(of mediaType: String) -> Int {
        guard let headers else { return 1000 }
        let fast = ASCIIBytes.withBytes(of: mediaType) { type -> Int? in
            guard ASCIIBytes.isASCII(type) else { return nil }
            var match = MediaRangeMatch(type)
            for field in headers.fields where field.name.asciiCaseInsensitiveEquals("Accept") {
                guard match.add(field.value) else { return nil }
            }
            return match.quality
        }
        return fast ?? Self.quality(of: mediaType, in: list?.elements ?? [])
    }

    /// The offered type the client weighs highest, ties going to the earlier offer; nil when the
    /// client accepts none of them. With no `Accept` header the first offer wins.
    ///
    /// Reads the field once for all offers (a browser sends four ranges or more), with the offers'
    /// bytes copied to the stack so that each range is compared with each offer in place.
    public func preferred(_ offered: [String]) -> String? {
        guard let headers else { return offered.first }
        let total = offered.reduce(0) { $0 + $1.utf8.count }
        let choice = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { storage in
            withUnsafeTemporaryAllocation(of: MediaRangeMatch.self, capacity: offered.count) { matches in
                Self.weighInPlace(offered, fields: headers.fields, storage: storage, matches: matches)
            }
        }
        guard let choice else { return preferredFromList(offered) }
        return choice >= 0 ? offered[choice] : nil
    }

    /// The index of the preferred offer, -1 when none is acceptable, nil when the field or an offer is
    /// not ASCII. `storage` holds the offers' bytes and `matches` one match per offer while it runs.
    private static func weighInPlace(
        _ offered: [String], fields: [HTTPHeaders.Field], storage: UnsafeMutableBufferPointer<UInt8>,
        matches: UnsafeMutableBufferPointer<MediaRangeMatch>
    ) -> Int? {
        var offset = 0
        for (index, type) in offered.enumerated() {
            let copied = ASCIIBytes.withBytes(of: type) { bytes -> Int? in
                guard ASCIIBytes.isASCII(bytes) else { return nil }
                _ = UnsafeMutableBufferPointer(rebasing: storage[offset..<offset + bytes.count]).initialize(from: bytes)
                return bytes.count
            }
            guard let copied else { return nil }
            let type = UnsafeBufferPointer(rebasing: storage[offset..<offset + copied])
            matches.initializeElement(at: index, to: MediaRangeMatch(type))
            offset += copied
        }
        for field in fields where field.name.asciiCaseInsensitiveEquals("Accept") {
            let readable = ASCIIBytes.withBytes(of: field.value) { bytes -> Bool in
                guard ASCIIBytes.isASCII(bytes) else { return false }
                var scanner = QualityScanner(bytes)
                while let (range, quality) = scanner.next() {
                    let value = UnsafeBufferPointer(rebasing: bytes[range])
                    for index in matches.indices { matches[index].consider(value, quality: quality) }
                }
                return true
            }
            guard readable else { return nil }
        }
        var best = (index: -1, quality: 0)
        for index in matches.indices where matches[index].quality > best.quality {
            best = (index, matches[index].quality)
        }
        return best.index
    }

    /// `preferred(_:)` over the parsed list, for fields or offers with non-ASCII bytes.
    private func preferredFromList(_ offered: [String]) -> String? {
        let elements = list?.elements ?? []
        var best: (type: String, quality: Int)?
        for type in offered {
            let q = Self.quality(of: type, in: elements)
            if q > 0, q > (best?.quality ?? 0) { best = (type, q) }
        }
        return best?.type
    }

    /// The weight of a media type from the parsed list: the reading for non-ASCII fields and types.
    private static func quality(of mediaType: String, in elements: [QualityList.Element]) -> Int {
        let type = mediaType.lowercased()
        let major = type.split(separator: "/").first.map(String.init) ?? type
        var best: (specificity: Int, quality: Int)?
        for element in elements {
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
}
