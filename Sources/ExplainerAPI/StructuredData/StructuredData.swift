import ExplainerContent

/// The explainer and its sections described with schema.org's vocabulary, as JSON-LD: served at
/// `?format=jsonld` on `/v1/explainer` and `/v1/sections/{id}`, and embedded in every page.
///
/// Each document is a `@graph` of a `MedicalWebPage` (the page a person reads, with `about`,
/// `hasPart` or `isPartOf`, `citation` and `publisher`) and a `DefinedTermSet` of the glossary terms
/// it uses. Only what `Content/` knows is said: no author for the explainer (its text names none), no
/// `license` (none is known), `dateModified` from the content's dates (`Content/dates.json`, the day
/// `Last-Modified` sends; left out when one is unknown), and `lastReviewed` only from a person's review
/// of the sections (`Section.lastReviewed`; today none), never from the team's check against the
/// sources (`Explainer.sourcesChecked`).
/// Every identifier is an absolute URL from the configured public URL, never from a request's Host.
package struct StructuredData: Sendable {
    /// The `?format=` value that asks for this description.
    package static let formatName = "jsonld"
    /// Its media type.
    package static let contentType = "application/ld+json"
    /// The schema.org context every document names.
    static let context = "https://schema.org"
    /// The glossary slug whose term names what the explainer is about.
    static let subjectSlug = "nssi"

    /// The content described.
    let index: ContentIndex
    /// Where absolute links point (`APIConfiguration.absoluteURL`).
    let configuration: APIConfiguration

    /// A description of `index` with links made from `configuration`.
    package init(index: ContentIndex, configuration: APIConfiguration) {
        self.index = index
        self.configuration = configuration
    }

    /// The explainer's page: every section as a part, every cited source and study, every term.
    package func explainer() -> JSONDocument {
        let e = index.explainer
        var page: [(String, JSONDocument)] = [
            ("@type", .string("MedicalWebPage")), ("@id", .string(url(Resource.page.path))), ("url", .string(url(Resource.page.path))),
            ("name", .string(e.title)),
        ]
        if let subtitle = e.subtitle { page.append(("alternativeHeadline", .string(subtitle))) }
        page += [("description", .string(e.summary)), ("inLanguage", .string(e.language))]
        page += about()
        page.append(
            (
                "hasPart",
                .array(
                    index.sections.map { section in
                        .object([
                            ("@type", .string("MedicalWebPage")), ("@id", .string(url(Resource.sectionPage(id: section.id).path))),
                            ("url", .string(url(Resource.sectionPage(id: section.id).path))), ("name", .string(section.title)),
                            ("position", .int(section.position)),
                        ])
                    })
            ))
        page.append(("citation", .array(citations(sourceIDs: e.sourceIDs + index.claims.flatMap(\.sourceIDs), claims: index.claims))))
        let reviews = index.sections.compactMap(\.lastReviewed)
        // The whole explainer was reviewed only when every section was, and then as of the oldest review.
        page += common(for: .page, lastReviewed: reviews.count == index.sections.count ? reviews.min() : nil)
        let terms = index.glossary
        return graph(page, terms: terms, setID: url(Resource.page.path + "#glossary"))
    }

    /// One section's page: part of the explainer's, citing what its claims rest on, with the terms it uses.
    package func section(_ section: Section) -> JSONDocument {
        let path = Resource.sectionPage(id: section.id).path
        let rendering = index.rendering(sectionID: section.id)
        let claims = (rendering?.claimIDs ?? []).compactMap(index.claim(id:))
        var page: [(String, JSONDocument)] = [
            ("@type", .string("MedicalWebPage")), ("@id", .string(url(path))), ("url", .string(url(path))),
            ("name", .string(section.title)), ("position", .int(section.position)), ("inLanguage", .string(index.explainer.language)),
            (
                "isPartOf",
                .object([
                    ("@type", .string("MedicalWebPage")), ("@id", .string(url(Resource.page.path))),
                    ("name", .string(index.explainer.title)),
                ])
            ),
        ]
        page += about()
        if let minutes = rendering?.readingMinutes, minutes > 0 { page.append(("timeRequired", .string("PT\(minutes)M"))) }
        let citations = citations(sourceIDs: claims.flatMap(\.sourceIDs), claims: claims)
        if !citations.isEmpty { page.append(("citation", .array(citations))) }
        page += common(for: .sectionPage(id: section.id), lastReviewed: section.lastReviewed)
        let slugs = ResourceRenderer(index: index).termSlugs(in: rendering)
        return graph(page, terms: slugs.compactMap(index.glossaryTerm(slug:)), setID: url(path + "#glossary"))
    }

    /// A document's bytes for a page's `<script type="application/ld+json">`: `<`, `>` and `&` written
    /// as `\u003c`, `\u003e`, `\u0026`, so no text from the content can close the element or start a
    /// comment. JSON has those characters only inside strings, where the escapes mean the same.
    package static func scriptBytes(_ document: JSONDocument) -> [UInt8] {
        var out: [UInt8] = []
        for byte in document.encoded() {
            switch byte {
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            default: out.append(byte)
            }
        }
        return out
    }

    /// An absolute URL for a path of this server.
    func url(_ path: String) -> String { configuration.absoluteURL(path) }

    /// `{"@context", "@graph": [page, term set]}`; the set is left out when no term is used.
    private func graph(_ page: [(String, JSONDocument)], terms: [GlossaryTerm], setID: String) -> JSONDocument {
        var nodes: [JSONDocument] = [.object(page)]
        if !terms.isEmpty { nodes.append(termSet(terms, id: setID)) }
        return .object([("@context", .string(Self.context)), ("@graph", .array(nodes))])
    }

    /// What every page says of itself: `dateModified` (the newest day of the content `page` is made
    /// of, as its `Last-Modified`), `lastReviewed` when a person has reviewed it, its publisher (the
    /// site serving it, known only by its address) and the content version it was rendered from.
    private func common(for page: Resource, lastReviewed: ContentDate?) -> [(String, JSONDocument)] {
        var members: [(String, JSONDocument)] = []
        if let modified = page.dateModified(in: index) { members.append(("dateModified", .string(modified.description))) }
        if let lastReviewed { members.append(("lastReviewed", .string(lastReviewed.description))) }
        members += [
            ("publisher", .object([("@type", .string("Organization")), ("url", .string(url("/")))])),
            ("version", .string(index.contentVersion)),
        ]
        return members
    }

    /// `about`: the condition the explainer is about, from its glossary entry; nothing when the
    /// glossary has none.
    private func about() -> [(String, JSONDocument)] {
        guard let term = index.glossaryTerm(slug: Self.subjectSlug) else { return [] }
        var condition: [(String, JSONDocument)] = [("@type", .string("MedicalCondition")), ("name", .string(term.term))]
        if !term.aliases.isEmpty { condition.append(("alternateName", .strings(term.aliases))) }
        condition.append(("description", .string(term.definition)))
        return [("about", .object(condition))]
    }

    /// The glossary as a `DefinedTermSet`, each term with its aliases and definition.
    private func termSet(_ terms: [GlossaryTerm], id: String) -> JSONDocument {
        .object([
            ("@type", .string("DefinedTermSet")), ("@id", .string(id)), ("name", .string("Glossary of \(index.explainer.title)")),
            ("inLanguage", .string(index.explainer.language)),
            (
                "hasDefinedTerm",
                .array(
                    terms.map { term in
                        var members: [(String, JSONDocument)] = [
                            ("@type", .string("DefinedTerm")), ("@id", .string(url(Resource.term(slug: term.slug).path))),
                            ("termCode", .string(term.slug)), ("name", .string(term.term)),
                        ]
                        if !term.aliases.isEmpty { members.append(("alternateName", .strings(term.aliases))) }
                        members += [("description", .string(term.definition)), ("inDefinedTermSet", .object([("@id", .string(id))]))]
                        return .object(members)
                    })
            ),
        ])
    }
}
