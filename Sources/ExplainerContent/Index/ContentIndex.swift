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
    /// When the index was built.
    public let loadedAt: Date

    let sectionPositions: [String: Int]
    let claimsByID: [String: Int]
    let sourcesByID: [String: Int]
    let studiesByKey: [String: Int]
    let glossaryBySlug: [String: Int]
    let supportLinesByID: [String: Int]
    let contentNotesByID: [String: Int]
    let claimIDsBySource: [String: [String]]
    let sectionIDsByTerm: [String: [String]]

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
