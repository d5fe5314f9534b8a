import ExplainerContent

/// What changed, as one list of entries that the Atom and JSON feeds both write: one per section in
/// reading order, then the support directory.
///
/// Ids are `tag:` URIs (RFC 4151) under the authority `explainer-server,2026`, the year the feeds
/// began, fixed once and never moved: they name the entries, not where they are served, so they stay
/// the same under any `--public-url`. Links are absolute, from `APIConfiguration.absoluteURL`, and
/// never from a request's `Host`. Dates come from `Content/dates.json`; the feed's own is its newest
/// entry's, and a day the content does not know is left out, never filled in.
package struct SyndicationFeed: Sendable {
    /// The prefix of every id: `tag:explainer-server,2026:`.
    package static let tagPrefix = "tag:explainer-server,2026:"
    /// The feed's own id.
    package static let feedID = tagPrefix + "feed"

    /// The explainer's title, the feed's title.
    package let title: String
    /// The explainer's subtitle, when it has one.
    package let subtitle: String?
    /// The API's summary of the explainer.
    package let summary: String
    /// The explainer's language (BCP 47).
    package let language: String
    /// The newest entry's `updated`, RFC 3339, or nil when no entry's day is known.
    package let updated: String?
    /// The whole explainer's page, absolute.
    package let homePageURL: String
    /// The Atom feed's and the JSON feed's own addresses, absolute.
    package let atomURL: String
    package let jsonURL: String
    /// The entries: sections in reading order, then support.
    package let entries: [FeedEntry]

    /// The feed of `index`, its links made absolute by `configuration`.
    package init(index: ContentIndex, configuration: APIConfiguration) {
        let explainer = index.explainer
        title = explainer.title
        subtitle = explainer.subtitle
        summary = explainer.summary
        language = explainer.language
        homePageURL = configuration.absoluteURL(ExplainerPagePath.explainer)
        atomURL = configuration.absoluteURL(Resource.feedAtom.path)
        jsonURL = configuration.absoluteURL(Resource.feedJSON.path)
        var entries: [FeedEntry] = []
        for section in index.sections {
            let rendering = index.rendering(sectionID: section.id)
            entries.append(
                FeedEntry(
                    id: Self.tagPrefix + "sections/" + section.id, title: section.title,
                    updated: Self.sectionDay(section, in: index).map(Self.midnight),
                    pageURL: configuration.absoluteURL(ExplainerPagePath.section(section.id)),
                    resourceURL: configuration.absoluteURL(Resource.section(id: section.id).path),
                    summary: Self.summary(of: rendering?.plainText ?? ""),
                    contentHTML: Self.notesHTML(section.contentNotes, in: index) + (rendering?.html ?? "")))
        }
        entries.append(Self.supportEntry(index, configuration: configuration))
        self.entries = entries
        updated = entries.compactMap(\.updated).max()
    }

    /// The day a section last changed: the one place a section's feed date is chosen.
    ///
    /// The section's `date_modified` (the day its text last changed in `Content/`, what
    /// `/v1/sections` shows), or nil when `dates.json` does not know it. Not the explainer's
    /// `sources_checked`: that records a check against the sources, not a change to the text.
    static func sectionDay(_ section: Section, in index: ContentIndex) -> ContentDate? {
        section.dateModified
    }

    /// The support directory's entry: updated on the day `support.json` last changed (a changed
    /// number or a line added or dropped), its content the emergency advice and every line with how
    /// to reach it.
    static func supportEntry(_ index: ContentIndex, configuration: APIConfiguration) -> FeedEntry {
        var html = "<p>" + XMLText.escape(index.emergencyAdvice) + "</p>\n<ul>\n"
        for line in index.emergencyLines {
            let regions = XMLText.escape(line.regions.joined(separator: ", "))
            html += "<li>Emergency (" + regions + "): " + XMLText.escape(line.number) + "</li>\n"
        }
        html += "</ul>\n<ul>\n"
        for line in index.supportLines {
            let regions = line.regions == ["*"] ? "international" : line.regions.joined(separator: ", ")
            html += "<li>" + XMLText.escape(line.service) + " (" + XMLText.escape(regions) + "): " + XMLText.escape(line.contact)
            if let hours = line.hours { html += ", " + XMLText.escape(hours) }
            html += "</li>\n"
        }
        html += "</ul>\n"
        let day = index.newestDate(of: [ContentFiles.support])
        return FeedEntry(
            id: tagPrefix + "support", title: "Support lines and emergency numbers", updated: day.map(midnight), pageURL: nil,
            resourceURL: configuration.absoluteURL(Resource.support.path),
            summary: "Where to find support: crisis lines by region and emergency numbers, each with the day it was last verified.",
            contentHTML: html)
    }

    /// The content notes a section carries, as a paragraph before its text, or nothing.
    static func notesHTML(_ ids: [String], in index: ContentIndex) -> String {
        let labels = ids.compactMap { index.contentNote(id: $0)?.label }
        guard !labels.isEmpty else { return "" }
        return "<p><strong>Content notes:</strong> " + XMLText.escape(labels.joined(separator: "; ")) + "</p>\n"
    }

    /// The first words of a section's text, at most 280 characters, cut at a word and marked `…`.
    ///
    /// `text` is the section's plain text, its blocks (paragraphs, list items, headings) apart by a
    /// blank line. Each block's whitespace is flattened, and a block that does not end a sentence
    /// (a list item seldom does) gets a full stop, so that a reader sees "…who self-harm. Folks with…"
    /// and never one item running into the next.
    package static func summary(of text: String) -> String {
        var flat = ""
        for block in text.split(separator: "\n\n") {
            let words = block.split(whereSeparator: \.isWhitespace)
            guard let last = words.last else { continue }
            if !flat.isEmpty { flat += " " }
            flat += words.joined(separator: " ")
            if !endsSentence(last) { flat += "." }
            // A character is at most four UTF-8 bytes, so past 4 × 281 bytes the summary is cut at 280
            // characters whatever follows: the rest of a long section need not be flattened (at
            // scale, flattening every section whole was a visible share of the start).
            if flat.utf8.count > 4 * 281 { break }
        }
        guard flat.count > 280 else { return flat }
        let cut = flat.prefix(280)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// Whether a block's last word already closes it: a stop, question or exclamation mark, colon,
    /// semicolon or ellipsis, possibly inside closing quotes or brackets (`…pain.”`, `(it works!)`).
    private static func endsSentence(_ word: Substring) -> Bool {
        let closing: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]
        guard let mark = word.reversed().first(where: { !closing.contains($0) }) else { return false }
        return ".!?:;…".contains(mark)
    }

    /// A content day as RFC 3339 at midnight UTC.
    static func midnight(_ day: ContentDate) -> String { day.description + "T00:00:00Z" }
}
