/// One entry of the Atom and JSON feeds: a section, or the support directory (a changed phone number
/// is news too).
///
/// Every address in it is absolute (from `APIConfiguration.absoluteURL`), because a feed reader
/// keeps entries apart from the feed that carried them; the id is a `tag:` URI that no public URL
/// is part of, so moving the service to another address never makes readers see every entry again.
package struct FeedEntry: Sendable, Equatable {
    /// The entry's permanent id: `tag:explainer-server,2026:sections/<id>` or `…:support`.
    package let id: String
    /// The section's lead line, or the support directory's heading.
    package let title: String
    /// When the entry's content last changed, RFC 3339 at midnight UTC (the content keeps days), or
    /// nil when `Content/dates.json` does not know it: then the feeds leave the date out.
    package let updated: String?
    /// The page a person reads (`/explainer/{id}`), absolute; nil when there is none (support).
    package let pageURL: String?
    /// The JSON resource the entry is made from (`/v1/sections/{id}`, `/v1/support`), absolute.
    package let resourceURL: String
    /// A sentence or two to show in a list of entries.
    package let summary: String
    /// The entry's content as HTML: content notes first, then the section's own HTML, or the lines.
    package let contentHTML: String

    /// The entry's own link: its page when it has one, else its resource.
    package var link: String { pageURL ?? resourceURL }
}
