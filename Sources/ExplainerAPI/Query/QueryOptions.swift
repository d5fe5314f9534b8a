import ExplainerContent
import HTTPCore

/// A request's query string, validated against what its route accepts.
///
/// Everything is checked before any rendering, so a bad value is a 400 naming its parameter and
/// never reaches a renderer (no 500 for bad input). `variantKey` names the validated options in a
/// canonical order: two requests that differ only in parameter order share one memoised body.
package struct QueryOptions: Sendable {
    /// `?pretty=1` or `?pretty=true`: indent the JSON (`false` and `0` send it compact).
    package var pretty = false
    /// `?fields=`: the top-level fields to keep, or nil for all.
    package var fields: [String]?
    /// `?include=`: related resources to embed.
    package var include: [String] = []
    /// `?limit=`: page size, 1...200, default 50.
    package var limit = 50
    /// `?cursor=`: where the page starts.
    package var offset = 0
    /// `?format=`: section body formats.
    package var formats = BodyFormat.defaults
    /// `?format=jsonld`: the schema.org JSON-LD description instead of the JSON document.
    package var structuredData = false
    /// `?annotate=glossary`: mark glossary terms in section HTML.
    package var annotateGlossary = false
    /// `?modified_since=YYYY-MM-DD`: only sections whose text changed on or after that day (and those
    /// whose day is unknown, which may have), or nil for all.
    package var modifiedSince: ContentDate?
    /// Remaining single-valued parameters (filters such as `section`, `source`, `q`, `country`), as sent.
    package var filters: [String: String] = [:]
    /// `/v1/search`'s validated query, which its handler builds; nil on every other route.
    package var search: SearchRequest?
    /// The options in canonical form, empty when every option is at its default.
    package var variantKey = ""

    /// The largest page a client may ask for.
    package static let maximumLimit = 200

    /// Every option at its default.
    package init() {}

    /// Validates `query` for a route; throws 400 naming the first bad parameter.
    package init(_ query: QueryItems, for route: RouteParameters) throws(HTTPError) {
        var seen: Set<String> = []
        var keyParts: [String] = []
        for (name, value) in query {
            guard route.names.contains(name) else { throw APIProblem.unknownParameter(name, known: route.names) }
            guard seen.insert(name).inserted else {
                throw APIProblem.badParameter(name, "'\(name)' was given more than once; give it once.")
            }
            switch name {
            case "pretty":
                pretty = try Self.pretty(value)
                if pretty { keyParts.append("pretty") }
            case "fields":
                let list = try Self.list(value, parameter: name, allowed: route.fields)
                fields = list
                keyParts.append("fields=" + list.sorted().joined(separator: ","))
            case "include":
                include = try Self.list(value, parameter: name, allowed: route.includes)
                keyParts.append("include=" + include.sorted().joined(separator: ","))
            case "limit":
                guard value.utf8.count <= 4, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(value),
                    (1...Self.maximumLimit).contains(n)
                else {
                    throw APIProblem.badParameter(name, "limit must be a whole number from 1 to \(Self.maximumLimit).")
                }
                limit = n
                keyParts.append("limit=\(n)")
            case "cursor":
                guard let cursor = PageCursor(token: value) else {
                    throw APIProblem.badParameter(name, "The cursor is not one this server issued; use the next link of a page.")
                }
                offset = cursor.offset
                keyParts.append("cursor=\(cursor.offset)")
            case "format":
                let list = try Self.list(value, parameter: name, allowed: route.formats)
                if list.contains(StructuredData.formatName) {
                    guard list.count == 1 else {
                        throw APIProblem.badParameter(name, "format=jsonld stands alone; it cannot be combined with body formats.")
                    }
                    structuredData = true
                    keyParts.append("format=jsonld")
                    continue
                }
                formats = BodyFormat.allCases.filter { list.contains($0.rawValue) }
                keyParts.append("format=" + formats.map(\.rawValue).joined(separator: ","))
            case "modified_since":
                guard let date = ContentDate(value) else {
                    throw APIProblem.badParameter(name, "modified_since takes a calendar date written YYYY-MM-DD, such as 2026-11-25.")
                }
                modifiedSince = date
                keyParts.append("modified_since=\(date)")
            case "annotate":
                guard value == "glossary" else {
                    throw APIProblem.badParameter(name, "annotate takes only 'glossary'.", allowed: ["glossary"])
                }
                annotateGlossary = true
                keyParts.append("annotate=glossary")
            default:
                guard value.utf8.count <= 512 else {
                    throw APIProblem.badParameter(name, "\(name) is longer than 512 bytes.")
                }
                filters[name] = value
                keyParts.append("\(name)=\(value)")
            }
        }
        variantKey = keyParts.sorted().joined(separator: "&")
    }

    /// The values `pretty` takes, as openapi.yaml lists them.
    package static let prettyValues = ["true", "false", "1", "0"]

    /// Reads a `pretty` value: `true` or `1` indents, `false` or `0` does not.
    ///
    /// Exactly these four spellings, as openapi.yaml says, so a value outside the schema (`yes`,
    /// `TRUE`, empty) is a 400 naming the parameter rather than a guess. `/v1/search`, which checks
    /// its own query, reads it here too.
    package static func pretty(_ value: String) throws(HTTPError) -> Bool {
        switch value {
        case "true", "1": return true
        case "false", "0": return false
        default:
            throw APIProblem.badParameter(
                "pretty", "pretty takes true or 1 (indent the JSON), false or 0 (compact).", allowed: prettyValues)
        }
    }

    /// Splits a comma-separated value and checks each element against the allowed ones.
    private static func list(_ value: String, parameter: String, allowed: [String]) throws(HTTPError) -> [String] {
        // No trimming: `fields=id, title` is refused like any value outside the documented pattern.
        let items = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard !items.isEmpty, !items.contains(where: \.isEmpty) else {
            throw APIProblem.badParameter(
                parameter, "\(parameter) takes a comma-separated list of: \(allowed.joined(separator: ", ")).", allowed: allowed)
        }
        for item in items where !allowed.contains(item) {
            throw APIProblem.badParameter(
                parameter, "'\(String(item.prefix(64)))' is not a value \(parameter) takes here.", allowed: allowed,
                suggestions: Suggestions.nearest(to: item, among: allowed, limit: 1))
        }
        var unique: [String] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        return unique
    }
}
