import ExplainerContent
import HTTPCore

/// Renders the pages a person reads: `/explainer` (the whole explainer) and `/explainer/{id}` (one
/// section), as HTML built once per snapshot from the same content as the JSON bodies.
///
/// Every page has, in this order: a skip link, the site name, the title, the content notes, the
/// support block (always there, whatever the page), the text with its research claims marked as
/// footnotes, the footnotes (each claim's sources and studies, with DOI links where `Content/` has
/// them), the glossary terms the text uses (`<dfn>` in a list, readable without script), and the
/// schema.org description as a JSON-LD data block. No script runs, nothing is fetched from another
/// origin, and the region of the support lines comes from `?country=` alone (never `Accept-Language`),
/// so a cache keyed by URL always serves the right page.
package struct PageRenderer: Sendable {
    /// The content rendered.
    let index: ContentIndex
    /// The JSON renderer, for the support selection and the terms a section uses.
    let resources: ResourceRenderer
    /// The JSON-LD each page embeds.
    let structuredData: StructuredData

    /// A renderer for `index` with links from `configuration`.
    package init(index: ContentIndex, configuration: APIConfiguration) {
        self.index = index
        resources = ResourceRenderer(index: index)
        structuredData = StructuredData(index: index, configuration: configuration)
    }

    /// What the page routes take: `?country=` (two letters) for the support lines of a region.
    package static let parameters = RouteParameters(names: ["country"])

    /// `text/html; charset=utf-8`.
    package static let contentType = "text/html; charset=utf-8"

    /// The pages' policy: nothing is allowed but the stylesheet of this origin. No script runs (the
    /// JSON-LD block is data, which `script-src` does not govern), no form posts, no `<base>`, and no
    /// other site frames the page (`/embed/{id}` is the page meant for frames).
    package static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The fields every page sends with a 200 besides type, tag and links.
    package static let fields: [HTTPHeaders.Field] = [
        ("Content-Security-Policy", contentSecurityPolicy), ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ]

    /// `/explainer`: every section in reading order, one set of notes, footnotes and terms for all.
    package func explainerPage(region: String?) -> [UInt8] {
        let e = index.explainer
        var page = PageHTML()
        head(&page, title: e.title, path: Resource.page.path, alternate: Resource.explainer.path, data: structuredData.explainer())
        page.raw("<main id=\"main\">\n")
        page.element("h1", "", e.title)
        if let subtitle = e.subtitle { page.element("p", "class=\"subtitle\"", subtitle) }
        contentNotes(&page, sections: index.sections)
        support(&page, region: region, path: Resource.page.path)
        var footnotes = Footnotes()
        for section in index.sections {
            let headingID = "section-" + section.id
            page.raw("<section " + PageHTML.attribute("aria-labelledby", headingID) + ">\n<h2 " + PageHTML.attribute("id", headingID) + ">")
            page.raw("<a " + PageHTML.attribute("href", Resource.sectionPage(id: section.id).path) + ">")
            page.text(section.title)
            page.raw("</a></h2>\n")
            sectionNoteLine(&page, section)
            body(&page, section, footnotes: &footnotes)
            page.raw("</section>\n")
        }
        citations(&page, footnotes)
        explainerSources(&page)
        glossary(&page, slugs: usedTermSlugs(index.sections))
        page.raw("</main>\n")
        foot(&page, json: Resource.explainer.path)
        return page.bytes
    }

    /// `/explainer/{id}`: one section with its notes, footnotes, terms and its neighbours.
    package func sectionPage(_ section: Section, region: String?) -> [UInt8] {
        let path = Resource.sectionPage(id: section.id).path
        var page = PageHTML()
        head(
            &page, title: section.title + " · " + index.explainer.title, path: path, alternate: Resource.section(id: section.id).path,
            data: structuredData.section(section))
        page.raw("<main id=\"main\">\n")
        page.element("h1", "", section.title)
        contentNotes(&page, sections: [section])
        support(&page, region: region, path: path)
        var footnotes = Footnotes()
        body(&page, section, footnotes: &footnotes)
        citations(&page, footnotes)
        glossary(&page, slugs: usedTermSlugs([section]))
        pager(&page, section)
        page.raw("</main>\n")
        foot(&page, json: Resource.section(id: section.id).path)
        return page.bytes
    }

    /// The document's head, the skip link and the site name.
    private func head(_ page: inout PageHTML, title: String, path: String, alternate: String, data: JSONDocument) {
        page.raw("<!doctype html>\n<html " + PageHTML.attribute("lang", index.explainer.language) + ">\n<head>\n")
        page.raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        page.element("title", "", title)
        page.raw(
            "\n<meta " + PageHTML.attribute("name", "description") + " " + PageHTML.attribute("content", index.explainer.summary) + ">\n")
        page.raw("<link rel=\"canonical\" " + PageHTML.attribute("href", structuredData.url(path)) + ">\n")
        page.raw("<link rel=\"stylesheet\" " + PageHTML.attribute("href", PageStylesheet.path) + ">\n")
        page.raw("<link rel=\"alternate\" type=\"application/json\" " + PageHTML.attribute("href", alternate) + ">\n")
        page.raw("<script type=\"application/ld+json\">")
        page.safe(String(decoding: StructuredData.scriptBytes(data), as: UTF8.self))
        page.raw("</script>\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to the text</a>\n")
        page.raw("<header><p class=\"site-name\"><a " + PageHTML.attribute("href", Resource.page.path) + ">")
        page.text(index.explainer.title)
        page.raw("</a></p></header>\n")
    }

    /// The footer: the attribution, and the same content as data.
    private func foot(_ page: inout PageHTML, json: String) {
        page.raw("<footer>\n")
        page.element("p", "", index.explainer.attribution)
        page.raw("<p>This page as data: <a " + PageHTML.attribute("href", json) + ">JSON</a>, <a ")
        page.raw(PageHTML.attribute("href", json + "?format=jsonld") + ">JSON-LD (schema.org)</a>.</p>\n</footer>\n</body>\n</html>\n")
    }

    /// Previous and next section, when there are some.
    private func pager(_ page: inout PageHTML, _ section: Section) {
        guard let position = index.sections.firstIndex(where: { $0.id == section.id }) else { return }
        page.raw("<nav class=\"pager\" aria-label=\"Sections\">\n")
        if position > 0 {
            let previous = index.sections[position - 1]
            page.raw("<a rel=\"prev\" " + PageHTML.attribute("href", Resource.sectionPage(id: previous.id).path) + ">Previous: ")
            page.text(previous.title)
            page.raw("</a>\n")
        }
        page.raw("<a " + PageHTML.attribute("href", Resource.page.path) + ">The whole explainer</a>\n")
        if position + 1 < index.sections.count {
            let next = index.sections[position + 1]
            page.raw("<a rel=\"next\" " + PageHTML.attribute("href", Resource.sectionPage(id: next.id).path) + ">Next: ")
            page.text(next.title)
            page.raw("</a>\n")
        }
        page.raw("</nav>\n")
    }
}
