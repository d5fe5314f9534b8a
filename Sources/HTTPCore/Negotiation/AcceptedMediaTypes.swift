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
    /// One pass over the field's bytes, without allocating.
    public func quality(of mediaType: String) -> Int {
        guard let headers else { return 1000 }
        return ASCIIBytes.withBytes(of: mediaType) { type in
            var match = MediaRangeMatch(type)
            for field in headers.fields where field.name.asciiCaseInsensitiveEquals("Accept") { match.add(field.value) }
            return match.quality
        }
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
        return choice >= 0 ? offered[choice] : nil
    }

    /// The index of the preferred offer, -1 when none is acceptable. `storage` holds the offers' bytes and `matches` one match per offer while it runs.
    private static func weighInPlace(
        _ offered: [String], fields: [HTTPHeaders.Field], storage: UnsafeMutableBufferPointer<UInt8>,
        matches: UnsafeMutableBufferPointer<MediaRangeMatch>
    ) -> Int {
        var offset = 0
        for (index, type) in offered.enumerated() {
            let copied = ASCIIBytes.withBytes(of: type) { bytes in
                _ = UnsafeMutableBufferPointer(rebasing: storage[offset..<offset + bytes.count]).initialize(from: bytes)
                return bytes.count
            }
            let type = UnsafeBufferPointer(rebasing: storage[offset..<offset + copied])
            matches.initializeElement(at: index, to: MediaRangeMatch(type))
            offset += copied
        }
        for field in fields where field.name.asciiCaseInsensitiveEquals("Accept") {
            ASCIIBytes.withBytes(of: field.value) { bytes in
                var scanner = QualityScanner(bytes)
                while let (range, quality) = scanner.next() {
                    let value = UnsafeBufferPointer(rebasing: bytes[range])
                    for index in matches.indices { matches[index].consider(value, quality: quality) }
                }
            }
        }
        var best = (index: -1, quality: 0)
        for index in matches.indices where matches[index].quality > best.quality {
            best = (index, matches[index].quality)
        }
        return best.index
    }
}
