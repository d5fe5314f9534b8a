import Foundation

/// The loaded, validated content: immutable and `Sendable`, built once by `ContentLoader` and then only read.
///
/// A reload builds a new index beside this one and the server swaps it in whole; nothing here ever changes.
public struct ContentIndex: Sendable {
    /// The explainer's own metadata.
    public let explainer: Explainer
    /// The sections in reading order.
    public let sections: [Section]
    /// The renderings, parallel to `sections` (same order).
    public let renderings: [SectionRendering]
    /// Every research claim, in `claims.json` order.
    public let claims: [ResearchClaim]
    /// Every cited source, in the explainer's "sources:" order.
    public let sources: [CitedSource]
    /// Every study, in `sources.json` order.
    public let studies: [Study]
    /// Every glossary term, in `glossary.json` order.
    public let glossary: [GlossaryTerm]
    /// Every support line, in `support.json` order.
    public let supportLines: [SupportLine]
    /// The local emergency numbers.
    public let emergencyLines: [EmergencyLine]
    /// The sentence shown with the emergency numbers.
    public let emergencyAdvice: String
    /// The content-note vocabulary.
    public let contentNotes: [ContentNote]
    /// Phrases that signal immediate danger (from `support.json`); the search module decides how to match them.
    public let dangerPhrases: [String]
    /// The content version: lower-case hex SHA-256 over the canonical content (see `ContentHasher`).
    public let contentVersion: String
    /// When the index was built. Never sent as a resource's date: two replicas, or a reload that
    /// changes nothing, load at different times; content dates come from `fileDates`.
    public let loadedAt: Date
    /// The day each content file last changed (from `dates.json`), keyed by its path in the folder
    /// (`support.json`, `sections/01-not-suicide.md`); a file whose day nobody recorded is absent.
    public let fileDates: [String: ContentDate]
    /// The newest day among every section's file, or `nil` when one of them has no known day (or
    /// there is no section). Kept so that dating a resource that shows every section does not walk
    /// them all each time: pre-rendering dates one resource per section and per term.
    public let sectionsNewestDate: ContentDate?
    /// The newest `last_reviewed` of any section, or `nil` when none was reviewed.
    public let sectionsNewestReview: ContentDate?

    let sectionPositions: [String: Int]
    let claimsByID: [String: Int]
    let sourcesByID: [String: Int]
    let studiesByKey: [String: Int]
    let glossaryBySlug: [String: Int]
    let supportLinesByID: [String: Int]
    let contentNotesByID: [String: Int]
    let claimIDsBySource: [String: [String]]
    let sectionIDsByTerm: [String: [String]]

    /// Every file a resource can be made of: the data files (`ContentFiles.data`), then each
    /// section's file in reading order. `dates.json` is not among them: it dates the others.
    public var contentFiles: [String] {
        ContentFiles.data + sections.map(\.file)
    }

    /// The newest day among `files` (paths as in `fileDates`): when a resource made of them last
    /// changed. `nil` when any of them has no known day, since the newest is then unknown too, and
    /// for an empty list.
    public func newestDate(of files: some Sequence<String>) -> ContentDate? {
        ContentDate.newest(of: files.lazy.map { fileDates[$0] })
    }

    /// The newest day of the whole content (every file in `contentFiles`), or `nil` when one is unknown.
    public var newestDate: ContentDate? {
        newestDate(of: contentFiles)
    }

    /// The section with this id, or `nil`.
    public func section(id: String) -> Section? {
        sectionPositions[id].map { sections[$0] }
    }

    /// The rendering of the section with this id, or `nil`.
    public func rendering(sectionID: String) -> SectionRendering? {
        sectionPositions[sectionID].map { renderings[$0] }
    }

    /// The claim with this id, or `nil`.
    public func claim(id: String) -> ResearchClaim? {
        claimsByID[id].map { claims[$0] }
    }

    /// The cited source with this id, or `nil`.
    public func source(id: String) -> CitedSource? {
        sourcesByID[id].map { sources[$0] }
    }

    /// The study with this key, or `nil`.
    public func study(key: String) -> Study? {
        studiesByKey[key].map { studies[$0] }
    }

    /// The glossary term with this slug, or `nil`.
    public func glossaryTerm(slug: String) -> GlossaryTerm? {
        glossaryBySlug[slug].map { glossary[$0] }
    }

    /// The support line with this id, or `nil`.
    public func supportLine(id: String) -> SupportLine? {
        supportLinesByID[id].map { supportLines[$0] }
    }

    /// The content note with this id, or `nil`.
    public func contentNote(id: String) -> ContentNote? {
        contentNotesByID[id].map { contentNotes[$0] }
    }

    /// Ids of the claims that cite source `sourceID`, in `claims.json` order; empty for an unknown id.
    public func claimIDs(citingSource sourceID: String) -> [String] {
        claimIDsBySource[sourceID] ?? []
    }

    /// Ids of the sections whose title or body uses glossary term `slug`, in reading order.
    public func sectionIDs(usingTerm slug: String) -> [String] {
        sectionIDsByTerm[slug] ?? []
    }
}
