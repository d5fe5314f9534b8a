import Foundation

extension ContentLoadRun {
    /// Builds the immutable index from content that passed every check.
    func buildIndex(explainer: Explainer, now: Date) -> ContentIndex {
        var claimIDsBySection: [String: [String]] = [:]
        var claimIDsBySource: [String: [String]] = [:]
        for claim in claims {
            claimIDsBySection[claim.sectionID, default: []].append(claim.id)
            for source in claim.sourceIDs where claimIDsBySource[source]?.last != claim.id {
                claimIDsBySource[source, default: []].append(claim.id)
            }
        }
        var sectionIDsByTerm: [String: [String]] = [:]
        var renderings: [SectionRendering] = []
        renderings.reserveCapacity(sections.count)
        for section in sections {
            let body = parsedBodies[section.id] ?? ParsedSectionBody(blocks: [])
            let found = glossaryMatches[section.id] ?? (title: [], body: [])
            for slug in Set((found.title + found.body).map(\.slug)) {
                sectionIDsByTerm[slug, default: []].append(section.id)
            }
            renderings.append(
                render(section, body: body, occurrences: found, claimIDs: claimIDsBySection[section.id] ?? []))
        }
        var datesByFile = fileDates
        for section in sections {
            if let date = section.dateModified { datesByFile[section.file] = date }
        }
        func positions<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            Dictionary(items.enumerated().map { (key($1), $0) }, uniquingKeysWith: { first, _ in first })
        }
        return ContentIndex(
            explainer: explainer, sections: sections, renderings: renderings, claims: claims, sources: sources, studies: studies,
            glossary: terms.map(\.term), supportLines: supportLines, emergencyLines: emergencyLines, emergencyAdvice: emergencyAdvice,
            contentNotes: contentNotes, dangerPhrases: dangerPhrases, contentVersion: contentVersion(), loadedAt: now,
            fileDates: datesByFile, sectionsNewestDate: ContentDate.newest(of: sections.map { datesByFile[$0.file] }),
            sectionsNewestReview: sections.compactMap(\.lastReviewed).max(),
            sectionPositions: positions(sections, \.id), claimsByID: positions(claims, \.id), sourcesByID: positions(sources, \.id),
            studiesByKey: positions(studies, \.key), glossaryBySlug: positions(terms.map(\.term), \.slug),
            supportLinesByID: positions(supportLines, \.id), contentNotesByID: positions(contentNotes, \.id),
            claimIDsBySource: claimIDsBySource, sectionIDsByTerm: sectionIDsByTerm)
    }

    private func render(
        _ section: Section, body: ParsedSectionBody, occurrences found: (title: [GlossaryMatch], body: [GlossaryMatch]), claimIDs: [String]
    ) -> SectionRendering {
        var blockStarts: [Int] = []
        blockStarts.reserveCapacity(body.units.count)
        var utf8Offset = 0
        for unit in body.units {
            blockStarts.append(utf8Offset)
            utf8Offset += unit.paragraph.plainText.utf8.count + 2
        }
        // One pass over the text gives the character offsets of every block and occurrence.
        let characterOffsets = CharacterOffsets.map(
            blockStarts + found.body.flatMap { [$0.utf8Start, $0.utf8End] }, in: body.plainText)
        let bodyOccurrences = GlossaryMatcher.occurrences(found.body, in: body.plainText, characterOffsets: characterOffsets)
        var blocks: [SectionBlock] = []
        blocks.reserveCapacity(body.units.count)
        for (number, unit) in body.units.enumerated() {
            blocks.append(
                SectionBlock(
                    index: number + 1, kind: unit.isListItem ? .listItem : .paragraph, markdown: unit.paragraph.source,
                    plainText: unit.paragraph.plainText, utf8Offset: blockStarts[number],
                    characterOffset: characterOffsets[blockStarts[number]] ?? 0))
        }
        var plain = MarkdownHTMLWriter(occurrences: [])
        plain.write(body.blocks)
        var annotated = MarkdownHTMLWriter(occurrences: bodyOccurrences)
        annotated.write(body.blocks)
        let words = TextMeasure.wordCount(section.title) + TextMeasure.wordCount(body.plainText)
        return SectionRendering(
            sectionID: section.id, markdown: section.markdown, html: plain.output, annotatedHTML: annotated.output,
            plainText: body.plainText, wordCount: words, readingMinutes: TextMeasure.readingMinutes(words: words), claimIDs: claimIDs,
            titleGlossaryOccurrences: GlossaryMatcher.occurrences(found.title, in: section.title), glossaryOccurrences: bodyOccurrences,
            blocks: blocks)
    }

    /// SHA-256 over the canonical JSON of each data file, then each section file's bytes, in a fixed order.
    private func contentVersion() -> String {
        let hasher = ContentHasher()
        for file in Self.datedFiles + [Self.datesFile] {
            if let document = documents[file] {
                hasher.update(part: file, bytes: JSONCanonicalWriter.bytes(of: document))
            }
        }
        for section in sectionBytes {
            hasher.update(part: section.file, bytes: section.bytes)
        }
        return hasher.finalize()
    }
}
