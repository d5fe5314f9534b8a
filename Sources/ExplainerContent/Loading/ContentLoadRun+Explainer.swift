import Foundation

extension ContentLoadRun {
    /// Decodes `explainer.json`.
    func decodeExplainer() {
        let file = Self.explainerFile
        guard let root = documents[file], var reader = JSONObjectReader(root, file: file, problems: problems, what: "the explainer")
        else { return }
        reader.id = reader.rawString("id")
        reader.expectFields(["id", "title", "subtitle", "language", "summary", "attribution", "sources_checked", "sources", "sections"])
        let id = reader.string("id")
        if let id, !ContentRules.isSlug(id) {
            problems.add(
                .invalidSlug, file: file, line: reader.line(of: "id"), id: id,
                "id is not a slug (lower-case letters, digits, single hyphens)")
        }
        let language = reader.string("language")
        if let language, !ContentRules.isLanguageTag(language) {
            problems.add(
                .invalidValue, file: file, line: reader.line(of: "language"), id: id, "language \"\(language)\" is not a BCP 47 tag")
        }
        let checkedText = reader.string("sources_checked")
        let sourcesChecked = checkedText.flatMap(ContentDate.init)
        if let checkedText, sourcesChecked == nil {
            problems.add(
                .invalidValue, file: file, line: reader.line(of: "sources_checked"), id: id,
                "sources_checked \"\(checkedText)\" is not a date (YYYY-MM-DD)")
        }
        let sourceRefs = reader.strings("sources") ?? []
        checkReferences(sourceRefs, in: knownSourceIDs, file: file, id: id, field: "sources", kind: "source")
        var seenSources: Set<String> = []
        for reference in sourceRefs where !seenSources.insert(reference.value).inserted {
            problems.add(.duplicateID, file: file, line: reference.line, id: id, "source \"\(reference.value)\" is listed more than once")
        }
        let sectionIDs = listedSections(reader.strings("sections") ?? [], explainerID: id).map(\.id)
        guard let id, let title = reader.string("title"), let subtitle = reader.nullableString("subtitle"), let language,
            let summary = reader.string("summary"), let attribution = reader.string("attribution"), let sourcesChecked
        else { return }
        explainer = Explainer(
            id: id, title: title, subtitle: subtitle, language: language, summary: summary, attribution: attribution,
            sourcesChecked: sourcesChecked, sourceIDs: sourceRefs.map(\.value), sectionIDs: sectionIDs)
    }

    /// Checks the listed section file names; returns the valid ones in order.
    private func listedSections(_ listed: [(value: String, line: Int)], explainerID: String?) -> [(id: String, file: String, line: Int)] {
        var result: [(id: String, file: String, line: Int)] = []
        var seen: [String: Int] = [:]
        for (offset, entry) in listed.enumerated() {
            guard let name = SectionFileName(entry.value) else {
                problems.add(
                    .invalidSlug, file: Self.explainerFile, line: entry.line, id: explainerID,
                    "section file name \"\(entry.value)\" is not NN-slug.md")
                continue
            }
            if name.position != offset + 1 {
                problems.add(
                    .invalidValue, file: Self.explainerFile, line: entry.line, id: name.id,
                    "section file \"\(entry.value)\" is numbered \(name.position) but listed at position \(offset + 1)")
            }
            if let first = seen[name.id] {
                problems.add(
                    .duplicateID, file: Self.explainerFile, line: entry.line, id: name.id, "duplicate id, first used on line \(first)")
                continue
            }
            seen[name.id] = entry.line
            result.append((name.id, entry.value, entry.line))
        }
        listedSectionFiles = result
        return result
    }

    /// Reads every listed section file and reports files in `sections/` that are not listed.
    func decodeSections() {
        let listedNames = Set(listedSectionFiles.map(\.file))
        for (position, entry) in listedSectionFiles.enumerated() {
            let file = Self.sectionsFolder + "/" + entry.file
            guard
                let bytes = readText(
                    file, missingKind: .missingSectionFile, id: entry.id,
                    missingMessage: "listed in explainer.json (line \(entry.line)) but the file is missing")
            else { continue }
            sectionBytes.append((file, bytes))
            guard let parsed = parseSectionFile(bytes, file: file, id: entry.id) else { continue }
            do {
                parsedBodies[entry.id] = try ParsedSectionBody(markdown: parsed.body)
            } catch {
                problems.add(.nestingTooDeep, file: file, line: error.line + Self.sectionBodyFirstLine - 1, id: entry.id, error.message)
                continue
            }
            sections.append(
                Section(
                    id: entry.id, position: position + 1, title: parsed.title, markdown: parsed.body,
                    contentNotes: sectionNotes[entry.id] ?? [], file: file, dateModified: sectionDates[entry.id]?.modified,
                    lastReviewed: sectionDates[entry.id]?.lastReviewed, nextReview: sectionDates[entry.id]?.nextReview))
        }
        var onDisk = folder?.names(in: Self.sectionsFolder) ?? []
        if onDisk.count > ContentFolder.maximumListedNames {
            problems.add(
                .tooManyFiles, file: Self.sectionsFolder, line: nil, id: nil,
                "the folder holds more than \(ContentFolder.maximumListedNames) entries; the rest were not read")
            onDisk.removeLast()
        }
        for name in onDisk.sorted() where !name.hasPrefix(".") && !listedNames.contains(name) {
            problems.add(
                .unlistedSectionFile, file: Self.sectionsFolder + "/" + name, line: nil, id: SectionFileName(name)?.id,
                "section file is not listed in explainer.json")
        }
    }

    /// The line of a section file where its body starts: after the `# ` title line and a blank line.
    static let sectionBodyFirstLine = 3

    /// Splits a section file into its `# ` title line and its body; `nil` (after reporting) when malformed.
    private func parseSectionFile(_ bytes: [UInt8], file: String, id: String) -> (title: String, body: String)? {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(maxSplits: 2, omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let first = lines.first, first.hasPrefix("# "), !first.dropFirst(2).allSatisfy(\.isWhitespace) else {
            problems.add(
                .malformedSection, file: file, line: 1, id: id, "the first line must be \"# \" followed by the section's lead line")
            return nil
        }
        if lines.count > 1 && !lines[1].allSatisfy(\.isWhitespace) {
            problems.add(.malformedSection, file: file, line: 2, id: id, "the lead line must be followed by a blank line")
            return nil
        }
        let title = String(first.dropFirst(2))
        var body = lines.count > 2 ? String(lines[2]) : ""
        while body.last == "\n" || body.last == "\r\n" { body.removeLast() }
        return (title, body)
    }
}
