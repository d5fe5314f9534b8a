import ExplainerContent

extension Resource {
    /// The files of `index` this resource's body is made of, or `nil` when it is not made of content
    /// (`/openapi.yaml`, search, the problem-type pages, the pages' stylesheet, the embed script and
    /// its redirect).
    ///
    /// Generous rather than exact: a file that a body could show any part of is in, so a change to
    /// it always moves the resource's `Last-Modified`. `withIncludes` (an `?include=`) embeds other
    /// resources, so it makes the answer every file.
    package func contentFiles(in index: ContentIndex, withIncludes: Bool = false) -> [String]? {
        let sectionFiles = index.sections.map(\.file)
        if withIncludes, contentFree == false { return index.contentFiles }
        switch self {
        case .root, .explainer, .sections, .page, .feedAtom, .feedJSON:
            // The root and the explainer show the content version; the list, the page and the feeds
            // every section (the feeds the support lines too).
            return index.contentFiles
        case .section(let id), .embed(let id):
            // The embed page shows what the section's JSON does: notes, text, support block, attribution.
            // Position and neighbours (explainer.json), content notes (support.json), claims, glossary terms.
            let own = index.section(id: id).map { [$0.file] } ?? []
            return [ContentFiles.explainer, ContentFiles.support, ContentFiles.claims, ContentFiles.glossary] + own
        case .sectionPage(let id):
            // The section's JSON and what the page adds: its citations (sources.json) and support block (support.json).
            let own = index.section(id: id).map { [$0.file] } ?? []
            return [ContentFiles.explainer, ContentFiles.support, ContentFiles.claims, ContentFiles.sources, ContentFiles.glossary] + own
        case .claims:
            return [ContentFiles.explainer, ContentFiles.claims, ContentFiles.sources] + sectionFiles
        case .claim(let id):
            let own = index.claim(id: id).flatMap { index.section(id: $0.sectionID) }.map { [$0.file] } ?? []
            return [ContentFiles.explainer, ContentFiles.claims, ContentFiles.sources] + own
        case .sources, .source:
            return [ContentFiles.explainer, ContentFiles.sources, ContentFiles.claims]
        case .glossary, .term:
            // A term lists the sections that use it, so every section's text counts.
            return [ContentFiles.explainer, ContentFiles.glossary] + sectionFiles
        case .support:
            return [ContentFiles.support]
        case .openAPI, .search, .searchText, .problems, .problem, .stylesheet, .embedScript, .embedCurrent:
            return nil
        }
    }

    /// Whether the body is made of no content file at all.
    private var contentFree: Bool {
        switch self {
        case .openAPI, .search, .searchText, .problems, .problem, .stylesheet, .embedScript, .embedCurrent: true
        default: false
        }
    }

    /// The day this resource last changed: the newest date of its files and of the reviews of the
    /// sections it shows, or `nil` when one of them is unknown (then no `Last-Modified` is sent).
    ///
    /// A day from the content, never the load time, so replicas of one folder agree and a reload
    /// that changes nothing keeps it.
    package func dateModified(in index: ContentIndex, withIncludes: Bool = false) -> ContentDate? {
        guard let files = contentFiles(in: index, withIncludes: withIncludes), var newest = index.newestDate(of: files) else {
            return nil
        }
        let shown = Set(files)
        for section in index.sections where shown.contains(section.file) {
            if let reviewed = section.lastReviewed, reviewed > newest { newest = reviewed }
        }
        return newest
    }
}
