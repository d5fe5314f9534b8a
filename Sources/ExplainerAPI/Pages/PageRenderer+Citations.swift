import ExplainerContent

extension PageRenderer {
    /// The footnotes: each claim as the text has it, the articles that discuss it (linked where the
    /// address was verified), the studies behind it (with a DOI link where there is one), its notes,
    /// and a link back to where the text cites it.
    func citations(_ page: inout PageHTML, _ footnotes: Footnotes) {
        guard !footnotes.notes.isEmpty else { return }
        page.raw("<section class=\"citations\" aria-labelledby=\"footnotes-title\">\n")
        page.raw("<h2 id=\"footnotes-title\">Sources for the research claims</h2>\n<ol>\n")
        for note in footnotes.notes {
            let claim = note.claim
            page.raw("<li " + PageHTML.attribute("id", "note-" + claim.id) + "><q>")
            page.text(claim.quote)
            page.raw("</q>")
            let sources = claim.sourceIDs.compactMap(index.source(id:))
            if !sources.isEmpty {
                page.raw(" Discussed in: ")
                for (offset, source) in sources.enumerated() {
                    if offset > 0 { page.raw("; ") }
                    sourceCitation(&page, source)
                }
                page.raw(".")
            }
            let studies = claim.evidence.compactMap(index.study(key:))
            if !studies.isEmpty {
                page.raw(" Studies: ")
                for (offset, study) in studies.enumerated() {
                    if offset > 0 { page.raw("; ") }
                    page.text(study.citation)
                    if let doi = study.doi {
                        page.raw(". <a " + PageHTML.attribute("href", "https://doi.org/" + doi) + ">")
                        page.text("doi:" + doi)
                        page.raw("</a>")
                    }
                }
                page.raw(".")
            }
            if sources.isEmpty && studies.isEmpty && claim.notes.isEmpty {
                page.text(" No source for this claim has been verified.")
            }
            if !claim.notes.isEmpty { page.text(" " + claim.notes.joined(separator: " ")) }
            if note.referenced {
                page.raw(" <a " + PageHTML.attribute("href", "#ref-" + claim.id) + ">")
                page.text("Back to note \(note.number) in the text")
                page.raw("</a>")
            }
            page.raw("</li>\n")
        }
        page.raw("</ol>\n</section>\n")
    }

    /// The whole explainer's own source list, in its order.
    func explainerSources(_ page: inout PageHTML) {
        let sources = index.explainer.sourceIDs.compactMap(index.source(id:))
        guard !sources.isEmpty else { return }
        page.raw("<section class=\"citations\" aria-labelledby=\"sources-title\">\n")
        page.raw("<h2 id=\"sources-title\">Sources the explainer lists</h2>\n<ul>\n")
        for source in sources {
            page.raw("<li>")
            sourceCitation(&page, source)
            if let urlNote = source.urlNote { page.text(". " + urlNote) }
            page.raw("</li>\n")
        }
        page.raw("</ul>\n</section>\n")
    }

    /// One article: its title (a link where the address was verified), outlet, author where known,
    /// and its content notes.
    func sourceCitation(_ page: inout PageHTML, _ source: CitedSource) {
        if let url = source.url {
            page.raw("<a " + PageHTML.attribute("href", url) + "><cite>")
            page.text(source.title)
            page.raw("</cite></a>")
        } else {
            page.element("cite", "", source.title)
        }
        page.text(" (" + ([source.author, source.outlet].compactMap { $0 }.joined(separator: ", ")) + ")")
        let labels = source.contentNotes.compactMap { index.contentNote(id: $0)?.label }
        if !labels.isEmpty { page.text(" [content note: " + labels.joined(separator: "; ").lowercased() + "]") }
    }
}
