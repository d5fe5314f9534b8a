import HTTPCore

/// The negotiation rules as `AcceptEncoding` and `AcceptedMediaTypes` applied them before they read
/// bytes in place: over every element `QualityList` parses, with strings and sets. Slow and plainly
/// right, so the fast readings are checked against it (`nil` fields mean the request had no such header).
enum ReferenceNegotiation {
    static func encodingQuality(of coding: String, fields: [String]?) -> Int {
        guard let fields else { return 1000 }
        let elements = QualityList(fields).elements
        let coding = coding.lowercased()
        let names: Set<String> = coding == "gzip" ? ["gzip", "x-gzip"] : [coding]
        if let exact = elements.filter({ names.contains($0.value) }).map(\.quality).max() { return exact }
        if let star = elements.first(where: { $0.value == "*" }) { return star.quality }
        return coding == "identity" ? 1000 : 0
    }

    static func preferredEncoding(_ available: [String], fields: [String]?) -> String? {
        if fields == nil { return available.contains("identity") ? "identity" : available.first }
        var best: (coding: String, quality: Int)?
        for coding in available {
            let q = encodingQuality(of: coding, fields: fields)
            if q > 0, q > (best?.quality ?? 0) { best = (coding, q) }
        }
        return best?.coding
    }

    static func mediaQuality(of mediaType: String, fields: [String]?) -> Int {
        guard let fields else { return 1000 }
        let type = mediaType.lowercased()
        let major = type.split(separator: "/").first.map(String.init) ?? type
        var best: (specificity: Int, quality: Int)?
        for element in QualityList(fields).elements {
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

    static func preferredMediaType(_ offered: [String], fields: [String]?) -> String? {
        if fields == nil { return offered.first }
        var best: (type: String, quality: Int)?
        for type in offered {
            let q = mediaQuality(of: type, fields: fields)
            if q > 0, q > (best?.quality ?? 0) { best = (type, q) }
        }
        return best?.type
    }

    /// Request headers carrying `fields` under `name`, among unrelated fields as a real request has them.
    static func headers(_ name: String, _ fields: [String]?) -> HTTPHeaders {
        var headers: HTTPHeaders = ["Host": "example.test", "User-Agent": "test"]
        for field in fields ?? [] { headers.add(name, field) }
        headers.add("Connection", "keep-alive")
        return headers
    }
}
