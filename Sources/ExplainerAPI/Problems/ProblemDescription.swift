import HTTPCore

/// One problem type as its documentation page (`/problems/{slug}`) describes it: what the `type`
/// URI of a problem document leads to (RFC 9457 §3.1.1).
package struct ProblemDescription: Sendable, Equatable {
    /// The slug, the last segment of the `type` URI.
    package let slug: String
    /// The title every document of this type carries.
    package let title: String
    /// The status a document of this type is sent with.
    package let status: Int
    /// What the problem means, in a sentence or two.
    package let meaning: String
    /// What a client (or the person behind it) can do about it.
    package let advice: String

    /// The description of a declared kind, with its own words.
    package init(_ kind: some ProblemType, meaning: String, advice: String) {
        slug = kind.slug
        title = kind.title
        status = kind.status.code
        self.meaning = meaning
        self.advice = advice
    }
}
