import HTTPCore

/// The region whose support lines a request should see: `?country=` first, else the region subtag of
/// the client's most preferred `Accept-Language` tag (`en-GB` → `GB`), else none.
package enum SupportRegion {
    /// The validated region, or nil; throws 400 when `country` is given but is not two ASCII letters.
    package static func resolve(country: String?, headers: HTTPHeaders) throws(HTTPError) -> String? {
        if let country {
            guard let code = twoLetterCode(country) else {
                throw APIProblem.badParameter("country", "country takes an ISO 3166-1 alpha-2 code such as GB or US.")
            }
            return code
        }
        let ranges = QualityList(headers.values("Accept-Language")).elements.filter { $0.quality > 0 }
        let preferred = ranges.enumerated().sorted { ($1.element.quality, $0.offset) < ($0.element.quality, $1.offset) }
        for (_, range) in preferred {
            let subtags = range.value.split(separator: "-")
            if let region = subtags.dropFirst().first(where: { $0.count == 2 }), let code = twoLetterCode(String(region)) {
                return code
            }
        }
        return nil
    }

    private static func twoLetterCode(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 2, bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        return text.uppercased()
    }
}
