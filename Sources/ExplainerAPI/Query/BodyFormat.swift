/// A format a section's body can be served in, as named by `?format=`.
package enum BodyFormat: String, Sendable, CaseIterable {
    case html
    case markdown
    case text

    /// `html,text`: what a page shows and what a chatbot quotes, without the raw Markdown.
    package static let defaults: [BodyFormat] = [.html, .text]
}
