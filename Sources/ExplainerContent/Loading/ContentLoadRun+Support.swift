extension ContentLoadRun {
    /// Decodes `support.json`: support lines, emergency numbers, content notes, notes per section, danger phrases.
    func decodeSupport() {
        let file = Self.supportFile
        guard let top = topLevelReader(file, fields: ["lines", "emergency", "content_notes", "section_notes", "danger_phrases"]) else {
            return
        }
        decodeContentNotes()
        decodeSupportLines()
        if let node = top.node("emergency") { decodeEmergency(node) }
        decodeSectionNotes()
        dangerPhrases = (top.strings("danger_phrases") ?? []).map(\.value)
    }

    private func decodeContentNotes() {
        let file = Self.supportFile
        var seen: [String: Int] = [:]
        for node in topLevelArray(file, "content_notes") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a content note") else { continue }
            reader.id = reader.rawString("id")
            reader.expectFields(["id", "label", "description"])
            guard let id = reader.string("id") else { continue }
            guard checkID(id, line: reader.line(of: "id"), file: file, seen: &seen), let label = reader.string("label"),
                let description = reader.string("description")
            else { continue }
            contentNotes.append(ContentNote(id: id, label: label, description: description))
        }
    }

    private func checkRegions(_ regions: [(value: String, line: Int)], id: String) {
        for region in regions where !ContentRules.isRegion(region.value) {
            problems.add(
                .invalidValue, file: Self.supportFile, line: region.line, id: id,
                "region \"\(region.value)\" is not a two-letter ISO 3166-1 code or \"*\"")
        }
    }

    private func decodeSupportLines() {
        let file = Self.supportFile
        var seen: [String: Int] = [:]
        for node in topLevelArray(file, "lines") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a support line") else { continue }
            reader.id = reader.rawString("id")
            reader.expectFields(["id", "regions", "service", "contact", "hours", "url", "verified_at", "checked_at"])
            guard let id = reader.string("id") else { continue }
            guard checkID(id, line: reader.line(of: "id"), file: file, seen: &seen) else { continue }
            let regions = reader.strings("regions") ?? []
            checkRegions(regions, id: id)
            let url = reader.nullableString("url")
            if case .some(.some(let value)) = url, !HTTPURLCheck.isWellFormed(value) {
                problems.add(
                    .malformedURL, file: file, line: reader.line(of: "url"), id: id, "url \"\(value)\" is not a well-formed http(s) URL")
            }
            let verifiedAt = reader.string("verified_at")
            if let verifiedAt, !ContentRules.isISODate(verifiedAt) {
                problems.add(
                    .invalidValue, file: file, line: reader.line(of: "verified_at"), id: id,
                    "verified_at \"\(verifiedAt)\" is not a date (YYYY-MM-DD)")
            }
            guard let service = reader.string("service"), let contact = reader.string("contact"),
                let hours = reader.nullableString("hours"),
                let url, let verifiedAt, let checkedAt = reader.string("checked_at")
            else { continue }
            supportLines.append(
                SupportLine(
                    id: id, regions: regions.map(\.value), service: service, contact: contact, hours: hours, url: url,
                    verifiedAt: verifiedAt,
                    checkedAt: checkedAt))
        }
    }

    private func decodeEmergency(_ node: JSONNode) {
        let file = Self.supportFile
        guard let reader = JSONObjectReader(node, file: file, problems: problems, what: "\"emergency\"") else { return }
        reader.expectFields(["advice", "numbers"])
        emergencyAdvice = reader.string("advice") ?? ""
        var seen: [String: Int] = [:]
        for element in reader.array("numbers") ?? [] {
            guard var entry = JSONObjectReader(element, file: file, problems: problems, what: "an emergency number") else { continue }
            entry.id = entry.rawString("id")
            entry.expectFields(["id", "regions", "number"])
            guard let id = entry.string("id") else { continue }
            guard checkID(id, line: entry.line(of: "id"), file: file, seen: &seen) else { continue }
            let regions = entry.strings("regions") ?? []
            checkRegions(regions, id: id)
            guard let number = entry.string("number") else { continue }
            emergencyLines.append(EmergencyLine(id: id, regions: regions.map(\.value), number: number))
        }
    }

    private func decodeSectionNotes() {
        let file = Self.supportFile
        for node in topLevelArray(file, "section_notes") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a section's notes") else { continue }
            reader.id = reader.rawString("section")
            reader.expectFields(["section", "notes"])
            guard let section = reader.string("section") else { continue }
            checkReferences(
                [(section, reader.line(of: "section"))], in: knownSectionIDs, file: file, id: section, field: "section", kind: "section")
            let notes = reader.strings("notes") ?? []
            checkReferences(notes, in: knownNoteIDs, file: file, id: section, field: "notes", kind: "content note")
            if sectionNotes[section] != nil {
                problems.add(.duplicateID, file: file, line: reader.line, id: section, "the section's notes are given more than once")
            }
            sectionNotes[section] = notes.map(\.value)
        }
    }
}
