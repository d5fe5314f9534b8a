import ExplainerContent
import HTTPCore

extension SnapshotRenderer {
    /// Related ids to embed, by included collection: `("claims", ["id", …])`.
    typealias Includes = [(String, [String])]

    /// A single resource with `?fields=` applied and `?include=` embedded under `included`.
    func single(_ document: JSONDocument, _ options: QueryOptions, keep: [String], includes: Includes) -> JSONDocument {
        var result = Self.selectFields(document, options.fields, keep: keep)
        if !options.include.isEmpty { result = result.setting("included", included(includes)) }
        return result
    }

    /// A page of a list: `items`, `total`, `limit`, `links` (`self`, `next`, `support`), and `included`
    /// when asked; plus the `Link: rel="next"` header value when there is a next page.
    func list<Item>(
        _ path: String, _ items: [Item], _ options: QueryOptions, keep: [String], _ render: (Item) -> (JSONDocument, Includes)
    ) throws(HTTPError) -> (JSONDocument, [String]) {
        guard options.offset <= items.count else {
            throw APIProblem.badParameter("cursor", "The cursor points past the end of this list; start again without it.")
        }
        let end = min(items.count, options.offset + options.limit)
        var documents: [JSONDocument] = []
        var includes: Includes = []
        for item in items[options.offset..<end] {
            let (document, related) = render(item)
            documents.append(Self.selectFields(document, options.fields, keep: keep))
            includes += related
        }
        let selfPath = path + Self.query(options, offset: options.offset)
        let next = end < items.count ? path + Self.query(options, offset: end) : nil
        var members: [(String, JSONDocument)] = [
            ("items", .array(documents)), ("total", .int(items.count)), ("limit", .int(options.limit)),
        ]
        if !options.include.isEmpty { members.append(("included", included(includes))) }
        members.append(("links", ResourceRenderer.links(selfPath, [("next", .optional(next))])))
        return (.object(members), next.map { ["<\($0)>; rel=\"next\""] } ?? [])
    }

    /// Keeps only the named top-level fields (in document order), plus the always-kept ones.
    static func selectFields(_ document: JSONDocument, _ fields: [String]?, keep: [String]) -> JSONDocument {
        guard let fields else { return document }
        return .object(document.members.filter { fields.contains($0.0) || keep.contains($0.0) })
    }

    /// The `included` object: each requested collection with the full documents, each id once.
    func included(_ includes: Includes) -> JSONDocument {
        var order: [String] = []
        var ids: [String: [String]] = [:]
        for (collection, list) in includes {
            if ids[collection] == nil { order.append(collection) }
            for id in list where !(ids[collection] ?? []).contains(id) { ids[collection, default: []].append(id) }
        }
        return .object(
            order.map { collection in
                let documents: [JSONDocument] = (ids[collection] ?? []).compactMap { id in
                    switch collection {
                    case "claims": index.claim(id: id).map(resources.claim)
                    case "sources": index.source(id: id).map(resources.source)
                    case "glossary": index.glossaryTerm(slug: id).map(resources.glossaryTerm)
                    case "sections":
                        index.section(id: id).map { resources.section($0, formats: BodyFormat.defaults, annotateGlossary: false) }
                    default: nil
                    }
                }
                return (collection, .array(documents))
            })
    }

    func claimIncludes(_ claim: ResearchClaim, _ names: [String]) -> Includes {
        names.map { $0 == "section" ? ("sections", [claim.sectionID]) : ("sources", claim.sourceIDs) }
    }

    func sourceIncludes(_ source: CitedSource, _ names: [String]) -> Includes {
        names.map { _ in ("claims", index.claimIDs(citingSource: source.id)) }
    }

    func termIncludes(_ term: GlossaryTerm, _ names: [String]) -> Includes {
        names.map { $0 == "sections" ? ("sections", index.sectionIDs(usingTerm: term.slug)) : ("glossary", term.relatedSlugs) }
    }

    /// The canonical query string of a list page at `offset`, `?…` or empty, values percent-encoded.
    static func query(_ options: QueryOptions, offset: Int) -> String {
        var parts: [String] = []
        if options.annotateGlossary { parts.append("annotate=glossary") }
        if offset > 0 { parts.append("cursor=" + PageCursor(offset: offset).token) }
        if let fields = options.fields { parts.append("fields=" + fields.joined(separator: ",")) }
        if options.formats.map(\.rawValue) != BodyFormat.defaults.map(\.rawValue) {
            parts.append("format=" + options.formats.map(\.rawValue).joined(separator: ","))
        }
        if !options.include.isEmpty { parts.append("include=" + options.include.joined(separator: ",")) }
        if options.limit != 50 { parts.append("limit=\(options.limit)") }
        if let since = options.modifiedSince { parts.append("modified_since=\(since)") }
        if options.pretty { parts.append("pretty=1") }
        for (name, value) in options.filters.sorted(by: { $0.key < $1.key }) { parts.append(name + "=" + percentEncode(value)) }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986 §2.3).
    static func percentEncode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
