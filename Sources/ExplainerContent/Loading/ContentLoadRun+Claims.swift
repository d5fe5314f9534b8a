extension ContentLoadRun {
    /// Decodes `claims.json` and checks each quote against its section's text.
    func decodeClaims() {
        let file = Self.claimsFile
        guard topLevelReader(file, fields: ["claims"]) != nil else { return }
        let sectionsByID = Dictionary(sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var texts: [String: SectionSearchText] = [:]
        var seen: [String: Int] = [:]
        for node in topLevelArray(file, "claims") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a claim") else { continue }
            reader.id = reader.rawString("id")
            reader.expectFields(["id", "quote", "section", "sources", "evidence", "notes"])
            guard let id = reader.string("id") else { continue }
            guard checkID(id, line: reader.line(of: "id"), file: file, seen: &seen) else { continue }
            let sectionID = reader.string("section")
            if let sectionID {
                checkReferences(
                    [(sectionID, reader.line(of: "section"))], in: knownSectionIDs, file: file, id: id, field: "section", kind: "section")
            }
            let sourceRefs = reader.strings("sources") ?? []
            checkReferences(sourceRefs, in: knownSourceIDs, file: file, id: id, field: "sources", kind: "source")
            let evidence = reader.strings("evidence") ?? []
            checkReferences(evidence, in: knownStudyKeys, file: file, id: id, field: "evidence", kind: "study")
            let quote = reader.string("quote")
            if let quote, let sectionID, let section = sectionsByID[sectionID] {
                let text = texts[sectionID] ?? SectionSearchText(section, plainText: parsedBodies[sectionID]?.plainText ?? "")
                texts[sectionID] = text
                if !text.contains(quote) {
                    problems.add(
                        .quoteNotFound, file: file, line: reader.line(of: "quote"), id: id,
                        "quote is not found verbatim in section \"\(sectionID)\"")
                }
            }
            guard let quote, let sectionID, let notes = reader.strings("notes") else { continue }
            claims.append(
                ResearchClaim(
                    id: id, quote: quote, sectionID: sectionID, sourceIDs: sourceRefs.map(\.value), evidence: evidence.map(\.value),
                    notes: notes.map(\.value)))
        }
    }
}
