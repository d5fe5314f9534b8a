import ExplainerContent

extension Resource {
    /// The content a resource's body is made of: some data files, and either every section, one
    /// section or none. `nil` when it is not made of content (`/openapi.yaml`, search, the
    /// problem-type pages, the pages' stylesheet, the embed script and its redirect).
    ///
    /// Generous rather than exact: a file that a body could show any part of is in, so a change to
    /// it always moves the resource's `Last-Modified`. `withIncludes` (an `?include=`) embeds other
    /// resources, so it makes the answer everything.
    ///
    /// The sections are a scope rather than a list of files so that a resource showing one section
    /// costs the same at any content size: pre-rendering dates every resource, and a list of every
    /// section's file per resource made start-up quadratic (282 s at 1000x content).
    private func contentScope(in index: ContentIndex, withIncludes: Bool) -> (data: [String], sections: SectionScope)? {
        if withIncludes, contentFree == false { return (ContentFiles.data, .all) }
        switch self {
        case .root, .explainer, .sections, .page, .feedAtom, .feedJSON:
            // The root and the explainer show the content version; the list, the page and the feeds
            // every section (the feeds the support lines too).
            return (ContentFiles.data, .all)
        case .section(let id), .embed(let id):
            // The embed page shows what the section's JSON does: notes, text, support block, attribution.
            // Position and neighbours (explainer.json), content notes (support.json), claims, glossary terms.
            let files = [ContentFiles.explainer, ContentFiles.support, ContentFiles.claims, ContentFiles.glossary]
            return (files, .one(index.section(id: id)))
        case .sectionPage(let id):
            // The section's JSON and what the page adds: its citations (sources.json) and support block (support.json).
            return (
                [ContentFiles.explainer, ContentFiles.support, ContentFiles.claims, ContentFiles.sources, ContentFiles.glossary],
                .one(index.section(id: id))
            )
        case .claims:
            return ([ContentFiles.explainer, ContentFiles.claims, ContentFiles.sources], .all)
        case .claim(let id):
            let section = index.claim(id: id).flatMap { index.section(id: $0.sectionID) }
            return ([ContentFiles.explainer, ContentFiles.claims, ContentFiles.sources], .one(section))
        case .sources, .source:
            return ([ContentFiles.explainer, ContentFiles.sources, ContentFiles.claims], .one(nil))
        case .glossary, .term:
            // A term lists the sections that use it, so every section's text counts.
            return ([ContentFiles.explainer, ContentFiles.glossary], .all)
        case .support:
            return ([ContentFiles.support], .one(nil))
        case .openAPI, .search, .searchText, .problems, .problem, .stylesheet, .embedScript, .embedCurrent:
            return nil
        }
    }

    /// Which sections a resource shows: every one, or one (`nil` for none, or an unknown id).
    private enum SectionScope {
        case all
        case one(Section?)
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
        guard let scope = contentScope(in: index, withIncludes: withIncludes), let data = index.newestDate(of: scope.data) else {
            return nil
        }
        let sectionDay: ContentDate?
        let review: ContentDate?
        switch scope.sections {
        case .all where index.sections.isEmpty:
            (sectionDay, review) = (nil, nil)
        case .all:
            guard let day = index.sectionsNewestDate else { return nil }
            (sectionDay, review) = (day, index.sectionsNewestReview)
        case .one(nil):
            (sectionDay, review) = (nil, nil)
        case .one(let section?):
            guard let day = index.fileDates[section.file] else { return nil }
            (sectionDay, review) = (day, section.lastReviewed)
        }
        return [data, sectionDay, review].compactMap { $0 }.max()
    }
}
