import ExplainerContent

extension PageRenderer {
    /// A section's text: its safe HTML with glossary terms linked to their entries on the page and
    /// each research claim's footnote reference at the end of the paragraph or item that holds it.
    func body(_ page: inout PageHTML, _ section: Section, footnotes: inout Footnotes) {
        guard let rendering = index.rendering(sectionID: section.id) else { return }
        var html = Self.localGlossaryLinks(rendering.annotatedHTML)
        let claims = rendering.claimIDs.compactMap(index.claim(id:))
        // Where each block ends in the HTML, by the order the renderer opens `<p>` and `<li>`: when
        // that count differs from the blocks (a shape this reading does not know), the claims are
        // still listed as footnotes, just without a reference in the text.
        let ends = Self.blockEnds(html)
        var insertions: [(String.Index, String)] = []
        for claim in claims {
            let block = rendering.blocks.first { $0.plainText.contains(claim.quote) || $0.markdown.contains(claim.quote) }
            guard ends.count == rendering.blocks.count, let block, block.index <= ends.count else {
                _ = footnotes.add(claim, referenced: false)
                continue
            }
            let number = footnotes.add(claim, referenced: true)
            let reference =
                "<sup><a " + PageHTML.attribute("id", "ref-" + claim.id) + " " + PageHTML.attribute("href", "#note-" + claim.id)
                + " aria-describedby=\"footnotes-title\">\(number)</a></sup>"
            insertions.append((ends[block.index - 1], reference))
        }
        // From the end backwards, so earlier indices stay valid; two claims in one block keep their order.
        for (position, reference) in insertions.enumerated().sorted(by: { ($0.element.0, $0.offset) > ($1.element.0, $1.offset) })
            .map(\.element)
        {
            html.insert(contentsOf: reference, at: position)
        }
        page.raw("<div class=\"section-body\">\n")
        page.safe(html)
        page.raw("</div>\n")
    }

    /// Where each paragraph or list item's own text ends: before its closing tag, or before a list
    /// nested in it, in the order the elements open.
    static func blockEnds(_ html: String) -> [String.Index] {
        var ends: [String.Index] = []
        var cursor = html.startIndex
        while let open = nextOpening(in: html, from: cursor) {
            let after = open.upperBound
            let stops = ["</p>", "</li>", "<ul>", "<ol>", "<p>"].compactMap { html.range(of: $0, range: after..<html.endIndex)?.lowerBound }
            guard let end = stops.min() else { break }
            ends.append(end)
            cursor = after
        }
        return ends
    }

    private static func nextOpening(in html: String, from start: String.Index) -> Range<String.Index>? {
        [html.range(of: "<p>", range: start..<html.endIndex), html.range(of: "<li>", range: start..<html.endIndex)]
            .compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
    }

    /// The annotated HTML's glossary links pointed at the term's entry on this page (`#term-slug`)
    /// instead of the JSON resource, whatever base the renderer wrote them with.
    static func localGlossaryLinks(_ html: String) -> String {
        let marker = "class=\"glossary-term\" data-term=\""
        var out = ""
        var rest = html[...]
        while let found = rest.range(of: marker) {
            out += rest[..<found.upperBound]
            rest = rest[found.upperBound...]
            guard let slugEnd = rest.firstIndex(of: "\"") else { break }
            let slug = rest[..<slugEnd]
            out += slug
            rest = rest[slugEnd...]
            let hrefStart = "\" href=\""
            guard rest.hasPrefix(hrefStart) else { continue }
            rest = rest.dropFirst(hrefStart.count)
            guard let hrefEnd = rest.firstIndex(of: "\"") else { break }
            out += hrefStart + "#term-" + slug
            rest = rest[hrefEnd...]
        }
        return out + rest
    }

    /// The glossary slugs the sections use, in order of first use, each once.
    func usedTermSlugs(_ sections: [Section]) -> [String] {
        var slugs: [String] = []
        for section in sections {
            for slug in resources.termSlugs(in: index.rendering(sectionID: section.id)) where !slugs.contains(slug) { slugs.append(slug) }
        }
        return slugs
    }
}
