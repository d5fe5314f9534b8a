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
            let body = parsedBodies[section.id] ?? ParsedSectionBody(markdown: section.markdown)
            let found = occurrences[section.id] ?? (title: [], body: [])
            for slug in Set((found.title + found.body).map(\.slug)) {
                sectionIDsByTerm[slug, default: []].append(section.id)
            }
            renderings.append(
                render(section, body: body, occurrences: found, claimIDs: claimIDsBySection[section.id] ?? []))
        }
        func positions<T>(_ items: [T], _ key: (T) -> String) -> [String: Int] {
            Dictionary(items.enumerated().map { (key($1), $0) }, uniquingKeysWith: { first, _ in first })
        }
        return ContentIndex(
            explainer: explainer, sections: sections, renderings: renderings, claims: claims, sources: sources, studies: studies,
            glossary: terms.map(\.term), supportLines: supportLines, emergencyLines: emergencyLines, emergencyAdvice: emergencyAdvice,
            contentNotes: contentNotes, dangerPhrases: dangerPhrases, contentVersion: contentVersion(), loadedAt: now,
            sectionPositions: positions(sections, \.id), claimsByID: positions(claims, \.id), sourcesByID: positions(sources, \.id),
            studiesByKey: positions(studies, \.key), glossaryBySlug: positions(terms.map(\.term), \.slug),
            supportLinesByID: positions(supportLines, \.id), contentNotesByID: positions(contentNotes, \.id),
            claimIDsBySource: claimIDsBySource, sectionIDsByTerm: sectionIDsByTerm)
    }

    private func render(
        _ section: Section, body: ParsedSectionBody, occurrences found: (title: [GlossaryOccurrence], body: [GlossaryOccurrence]),
        claimIDs: [String]
    ) -> SectionRendering {
        var blocks: [SectionBlock] = []
        blocks.reserveCapacity(body.units.count)
        var characterOffset = 0
        var utf8Offset = 0
        for (number, unit) in body.units.enumerated() {
            let text = unit.paragraph.plainText
            blocks.append(
                SectionBlock(
                    index: number + 1, kind: unit.isListItem ? .listItem : .paragraph, markdown: unit.paragraph.source, plainText: text,
                    utf8Offset: utf8Offset, characterOffset: characterOffset))
            characterOffset += text.count + 2
            utf8Offset += text.utf8.count + 2
        }
        var plain = MarkdownHTMLWriter(occurrences: [])
        plain.write(body.blocks)
        var annotated = MarkdownHTMLWriter(occurrences: found.body)
        annotated.write(body.blocks)
        let words = TextMeasure.wordCount(section.title) + TextMeasure.wordCount(body.plainText)
        return SectionRendering(
            sectionID: section.id, markdown: section.markdown, html: plain.output, annotatedHTML: annotated.output,
            plainText: body.plainText, wordCount: words, readingMinutes: TextMeasure.readingMinutes(words: words), claimIDs: claimIDs,
            titleGlossaryOccurrences: found.title, glossaryOccurrences: found.body, blocks: blocks)
    }

    /// SHA-256 over the canonical JSON of each data file, then each section file's bytes, in a fixed order.
    private func contentVersion() -> String {
        let hasher = ContentHasher()
        for file in [Self.explainerFile, Self.sourcesFile, Self.claimsFile, Self.glossaryFile, Self.supportFile] {
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
