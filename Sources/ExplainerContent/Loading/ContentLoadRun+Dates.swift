extension ContentLoadRun {
    /// Decodes `dates.json`: the day each data file last changed, and each section's three dates.
    ///
    /// Every data file and every listed section needs an entry, `null` where the day is unknown, so a
    /// gap is a decision; an entry for a file or section that does not exist is a problem too.
    func decodeDates() {
        let file = Self.datesFile
        guard topLevelReader(file, fields: ["files", "sections"]) != nil else { return }
        var seenFiles: [String: Int] = [:]
        for node in topLevelArray(file, "files") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a file's date") else { continue }
            reader.id = reader.rawString("file")
            reader.expectFields(["file", "date_modified"])
            guard let name = reader.string("file") else { continue }
            if let first = seenFiles[name] {
                problems.add(.duplicateID, file: file, line: reader.line(of: "file"), id: name, "duplicate file, first on line \(first)")
                continue
            }
            seenFiles[name] = reader.line(of: "file")
            guard Self.datedFiles.contains(name) else {
                problems.add(
                    .danglingReference, file: file, line: reader.line(of: "file"), id: name,
                    "file \"\(name)\" is not a content data file (\(Self.datedFiles.joined(separator: ", ")))")
                continue
            }
            if case .some(let date) = date(reader, "date_modified") { fileDates[name] = date }
        }
        for name in Self.datedFiles where seenFiles[name] == nil {
            problems.add(.missingField, file: file, line: nil, id: name, "no entry in \"files\" for \(name)")
        }
        var seenSections: [String: Int] = [:]
        for node in topLevelArray(file, "sections") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a section's dates") else { continue }
            reader.id = reader.rawString("id")
            reader.expectFields(["id", "date_modified", "last_reviewed", "next_review"])
            guard let id = reader.string("id"), checkID(id, line: reader.line(of: "id"), file: file, seen: &seenSections) else {
                continue
            }
            checkReferences([(id, reader.line(of: "id"))], in: knownSectionIDs, file: file, id: id, field: "id", kind: "section")
            guard case .some(let modified) = date(reader, "date_modified"), case .some(let reviewed) = date(reader, "last_reviewed"),
                case .some(let next) = date(reader, "next_review")
            else { continue }
            if let reviewed, let next, next < reviewed {
                problems.add(
                    .invalidValue, file: file, line: reader.line(of: "next_review"), id: id,
                    "next_review \(next) is before last_reviewed \(reviewed)")
            }
            sectionDates[id] = SectionDates(modified: modified, lastReviewed: reviewed, nextReview: next)
        }
        for id in knownSectionIDs.sorted() where seenSections[id] == nil {
            problems.add(.missingField, file: file, line: nil, id: id, "no entry in \"sections\" for section \"\(id)\"")
        }
    }

    /// A date or `null`: `.some(nil)` for null, `nil` when absent or not a `YYYY-MM-DD` day (reported).
    private func date(_ reader: JSONObjectReader, _ field: String) -> ContentDate?? {
        guard case .some(let text) = reader.nullableString(field) else { return nil }
        guard let text else { return .some(nil) }
        guard let date = ContentDate(text) else {
            problems.add(
                .invalidValue, file: reader.file, line: reader.line(of: field), id: reader.id,
                "\(field) \"\(text)\" is not a date (YYYY-MM-DD)")
            return nil
        }
        return .some(date)
    }
}
