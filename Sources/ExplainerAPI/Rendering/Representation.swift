/// Which of a resource's representations a body is: its document (JSON; YAML for `/openapi.yaml`),
/// or a section's (or a search's) text alone.
package enum Representation: Hashable, Sendable {
    /// The resource's own document.
    case document
    /// A section's Markdown source.
    case markdown
    /// A section's plain text, or `/v1/search.txt`.
    case plainText
    /// A problem type's documentation page.
    case html
    /// The schema.org description (`?format=jsonld`) of the explainer or a section.
    case structuredData

    /// The `Content-Type` of a text representation; the document's comes with its body.
    package var textContentType: String {
        switch self {
        case .markdown: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .document, .plainText: "text/plain; charset=utf-8"
        case .structuredData: StructuredData.contentType
        }
    }
}
