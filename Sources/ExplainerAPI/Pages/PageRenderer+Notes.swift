import ExplainerContent

extension PageRenderer {
    /// The content notes before the text, so a reader can choose to go on: each note the sections
    /// carry, with the sections it applies to on the whole explainer's page, and the notes of the
    /// sources the footnotes link.
    func contentNotes(_ page: inout PageHTML, sections: [Section]) {
        var order: [String] = []
        var sectionsByNote: [String: [Section]] = [:]
        for section in sections {
            for id in section.contentNotes {
                if sectionsByNote[id] == nil { order.append(id) }
                sectionsByNote[id, default: []].append(section)
            }
        }
        let sourceNotes = sourceNoteIDs(sections).filter { !order.contains($0) }
        page.raw("<section class=\"notes\" aria-labelledby=\"notes-title\">\n<h2 id=\"notes-title\">Content notes</h2>\n")
        if order.isEmpty && sourceNotes.isEmpty {
            page.element(
                "p", "", sections.count == 1 ? "This section carries no content notes." : "The explainer carries no content notes.")
        } else {
            page.raw("<ul>\n")
            for id in order + sourceNotes {
                guard let note = index.contentNote(id: id) else { continue }
                page.raw("<li><strong>")
                page.text(note.label)
                page.raw("</strong>: ")
                page.text(note.description)
                if sections.count > 1, let applies = sectionsByNote[id] {
                    page.text(" (" + applies.map(\.title).joined(separator: "; ") + ")")
                } else if sectionsByNote[id] == nil {
                    page.text(" (a source linked below)")
                }
                page.raw("</li>\n")
            }
            page.raw("</ul>\n")
        }
        page.raw("</section>\n")
    }

    /// On the whole explainer's page, a section's own notes under its heading.
    func sectionNoteLine(_ page: inout PageHTML, _ section: Section) {
        let labels = section.contentNotes.compactMap { index.contentNote(id: $0)?.label }
        guard !labels.isEmpty else { return }
        page.element("p", "class=\"section-note\"", "Content note: " + labels.joined(separator: "; ") + ".")
    }

    /// The notes of the sources the sections' claims cite, in order, each once.
    func sourceNoteIDs(_ sections: [Section]) -> [String] {
        var ids: [String] = []
        for section in sections {
            for claim in (index.rendering(sectionID: section.id)?.claimIDs ?? []).compactMap(index.claim(id:)) {
                for source in claim.sourceIDs.compactMap(index.source(id:)) {
                    for note in source.contentNotes where !ids.contains(note) { ids.append(note) }
                }
            }
        }
        return ids
    }
}
