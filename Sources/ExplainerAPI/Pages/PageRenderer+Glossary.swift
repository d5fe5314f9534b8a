import ExplainerContent

extension PageRenderer {
    /// The terms the text uses, each a `<dfn>` with its definition: the targets of the text's term
    /// links, readable without script and in print.
    func glossary(_ page: inout PageHTML, slugs: [String]) {
        let terms = slugs.compactMap(index.glossaryTerm(slug:))
        guard !terms.isEmpty else { return }
        page.raw("<section class=\"glossary\" id=\"glossary\" aria-labelledby=\"glossary-title\">\n")
        page.raw("<h2 id=\"glossary-title\">Terms used here</h2>\n<dl>\n")
        for term in terms {
            page.raw("<dt><dfn " + PageHTML.attribute("id", "term-" + term.slug) + ">")
            page.text(term.term)
            page.raw("</dfn>")
            if !term.aliases.isEmpty { page.text(" (also: " + term.aliases.joined(separator: ", ") + ")") }
            page.raw("</dt>\n<dd>")
            page.text(term.definition)
            page.raw("</dd>\n")
        }
        page.raw("</dl>\n</section>\n")
    }
}
