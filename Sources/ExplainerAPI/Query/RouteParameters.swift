/// What one route accepts in its query string: parameter names, selectable fields and includes.
///
/// Declared next to each route so that validation, the error messages that list allowed values,
/// and the route parity test all read the same table.
package struct RouteParameters: Sendable {
    /// Every query parameter the route takes; any other is answered 400.
    package let names: [String]
    /// Top-level fields `?fields=` may keep (for a list, fields of each item).
    package let fields: [String]
    /// Related resources `?include=` may embed.
    package let includes: [String]
    /// What `?format=` takes: body formats (`html`, `markdown`, `text`), or `jsonld` alone for the
    /// schema.org description. Default: the body formats.
    package let formats: [String]

    /// A route's table; `fields` and `includes` are empty for routes that take neither.
    package init(
        names: [String], fields: [String] = [], includes: [String] = [], formats: [String] = BodyFormat.allCases.map(\.rawValue)
    ) {
        self.names = names
        self.fields = fields
        self.includes = includes
        self.formats = formats
    }

    /// Parameters every JSON resource takes.
    package static let common = ["fields", "include", "pretty"]
    /// Parameters every list takes, on top of `common`.
    package static let paging = ["limit", "cursor"]
}
