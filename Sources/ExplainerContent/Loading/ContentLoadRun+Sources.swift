extension ContentLoadRun {
    /// Decodes `sources.json`: the cited articles and the studies.
    func decodeSources() {
        let file = Self.sourcesFile
        guard topLevelReader(file, fields: ["sources", "studies"]) != nil else { return }
        var seen: [String: Int] = [:]
        let listed = Set(explainer?.sourceIDs ?? [])
        for node in topLevelArray(file, "sources") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a source") else { continue }
            reader.id = reader.rawString("id")
            reader.expectFields(["id", "title", "outlet", "author", "date", "url", "url_note", "content_notes", "notes"])
            guard let id = reader.string("id") else { continue }
            guard checkID(id, line: reader.line(of: "id"), file: file, seen: &seen) else { continue }
            if explainer != nil && !listed.contains(id) {
                problems.add(.invalidValue, file: file, line: reader.line, id: id, "source is not in explainer.json's \"sources\" list")
            }
            let date = reader.nullableString("date")
            if case .some(.some(let value)) = date, !ContentRules.isISODate(value) {
                problems.add(
                    .invalidValue, file: file, line: reader.line(of: "date"), id: id, "date \"\(value)\" is not a date (YYYY-MM-DD)")
            }
            let url = reader.nullableString("url")
            if case .some(.some(let value)) = url, !HTTPURLCheck.isWellFormed(value) {
                problems.add(
                    .malformedURL, file: file, line: reader.line(of: "url"), id: id, "url \"\(value)\" is not a well-formed http(s) URL")
            }
            let notes = reader.strings("content_notes") ?? []
            checkReferences(notes, in: knownNoteIDs, file: file, id: id, field: "content_notes", kind: "content note")
            guard let title = reader.string("title"), let outlet = reader.string("outlet"),
                let author = reader.nullableString("author"), let date, let url, let urlNote = reader.nullableString("url_note"),
                let texts = reader.strings("notes")
            else { continue }
            sources.append(
                CitedSource(
                    id: id, title: title, outlet: outlet, author: author, date: date, url: url, urlNote: urlNote,
                    contentNotes: notes.map(\.value), notes: texts.map(\.value)))
        }
        decodeStudies()
        // The index serves sources in the explainer's order, which is the order readers saw them in.
        if let order = explainer?.sourceIDs {
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            sources.sort { (rank[$0.id] ?? Int.max) < (rank[$1.id] ?? Int.max) }
        }
    }

    private func decodeStudies() {
        let file = Self.sourcesFile
        var seen: [String: Int] = [:]
        for node in topLevelArray(file, "studies") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a study") else { continue }
            reader.id = reader.rawString("key")
            reader.expectFields(["key", "citation", "authors", "authors_complete", "year", "title", "journal", "doi", "checked_at"])
            guard let key = reader.string("key") else { continue }
            guard checkID(key, line: reader.line(of: "key"), file: file, seen: &seen) else { continue }
            let doi = reader.nullableString("doi")
            if case .some(.some(let value)) = doi, !ContentRules.isDOI(value) {
                problems.add(
                    .malformedDOI, file: file, line: reader.line(of: "doi"), id: key, "doi \"\(value)\" is not a DOI (10.NNNN/suffix)")
            }
            let year = reader.integer("year")
            if let year, !(1800...2200).contains(year) {
                problems.add(.invalidValue, file: file, line: reader.line(of: "year"), id: key, "year \(year) is not plausible")
            }
            guard let citation = reader.string("citation"), let authors = reader.strings("authors"),
                let complete = reader.boolean("authors_complete"), let year, let title = reader.string("title"),
                let journal = reader.nullableString("journal"), let doi, let checkedAt = reader.string("checked_at")
            else { continue }
            studies.append(
                Study(
                    key: key, citation: citation, authors: authors.map(\.value), authorsComplete: complete, year: year, title: title,
                    journal: journal, doi: doi, checkedAt: checkedAt))
        }
    }
}
