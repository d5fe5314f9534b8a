import ExplainerContent

/// Builds the JSON document of every resource from a `ContentIndex`.
///
/// The documents are trees with keys in a fixed order; `RenderedContent` serialises them once per
/// content version. Facts the content does not know are `null`, never filled in. Every document
/// about the explainer carries `links.support`, so a client that shows any of it can show where help is.
package struct ResourceRenderer: Sendable {
    /// The content rendered.
    package let index: ContentIndex
    /// A renderer for `index`. No body holds the load time: two replicas of one folder, or a reload
    /// that changes nothing, must send the same bytes and `ETag`.
    package init(index: ContentIndex) {
        self.index = index
    }

    /// The path clients follow for help; on every content document and in the `Link: rel="help"` header.
    package static let supportPath = Resource.support.path

    /// `links` with `self`, the given extra links, and `support` last.
    package static func links(_ selfPath: String, _ extra: [(String, JSONDocument)] = []) -> JSONDocument {
        .object([("self", .string(selfPath))] + extra + [("support", .string(supportPath))])
    }

    /// The content notes with those ids, each with its label and description so a client can show it.
    func notes(_ ids: [String]) -> JSONDocument {
        .array(
            ids.map { id in
                let note = index.contentNote(id: id)
                return .object([
                    ("id", .string(id)), ("label", .optional(note?.label)), ("description", .optional(note?.description)),
                ])
            })
    }

    /// A source as it is embedded in claims and the explainer: enough to cite it.
    func sourceSummary(_ id: String) -> JSONDocument {
        let source = index.source(id: id)
        return .object([
            ("id", .string(id)), ("title", .optional(source?.title)), ("outlet", .optional(source?.outlet)),
            ("url", .optional(source?.url)), ("links", .object([("self", .string(Resource.source(id: id).path))])),
        ])
    }

    /// A study as a claim's evidence: the checked citation facts, DOI only where verified.
    func study(_ key: String) -> JSONDocument {
        guard let study = index.study(key: key) else { return .object([("key", .string(key))]) }
        return .object([
            ("key", .string(study.key)), ("citation", .string(study.citation)), ("authors", .strings(study.authors)),
            ("authors_complete", .bool(study.authorsComplete)), ("year", .int(study.year)), ("title", .string(study.title)),
            ("journal", .optional(study.journal)), ("doi", .optional(study.doi)),
            ("doi_url", .optional(study.doi.map { "https://doi.org/\($0)" })),
        ])
    }
}
