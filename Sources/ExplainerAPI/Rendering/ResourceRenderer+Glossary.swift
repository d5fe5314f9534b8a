import ExplainerContent
import Foundation

extension ResourceRenderer {
    /// What `/v1/glossary/{id}` takes.
    package static let glossaryParameters = RouteParameters(
        names: RouteParameters.common,
        fields: ["id", "slug", "term", "aliases", "definition", "related", "basis", "sections", "links"],
        includes: ["sections", "related"])

    /// The list: prefix search and paging.
    package static let glossaryListParameters = RouteParameters(
        names: glossaryParameters.names + RouteParameters.paging + ["q"],
        fields: glossaryParameters.fields, includes: glossaryParameters.includes)

    /// One term: definition, aliases, related terms, what it rests on, and the sections that use it.
    ///
    /// Its `id` is the slug, as every other resource's identifier is `id`; `slug` repeats it for
    /// clients written before v1 settled and is deprecated in openapi.yaml.
    package func glossaryTerm(_ term: GlossaryTerm) -> JSONDocument {
        .object([
            ("id", .string(term.slug)),
            ("slug", .string(term.slug)),
            ("term", .string(term.term)),
            ("aliases", .strings(term.aliases)),
            ("definition", .string(term.definition)),
            ("related", .strings(term.relatedSlugs)),
            ("basis", .strings(term.basis)),
            ("sections", .strings(index.sectionIDs(usingTerm: term.slug))),
            ("links", Self.links(Resource.term(slug: term.slug).path)),
        ])
    }

    /// Terms whose name or an alias starts with `prefix`, ignoring case and accents ("naive" finds "naïve").
    package func glossaryTerms(matching prefix: String) -> [GlossaryTerm] {
        let needle = Self.fold(prefix.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return index.glossary }
        return index.glossary.filter { term in
            ([term.term, term.slug] + term.aliases).contains { Self.fold($0).hasPrefix(needle) }
        }
    }

    /// Case and diacritic folding, locale-independent.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
