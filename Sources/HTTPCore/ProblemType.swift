/// A kind of problem document (RFC 9457): its `type` slug, its title and the status it is sent with,
/// declared once per kind so no call site spells them.
///
/// HTTP's own kinds are `HTTPProblem`; an application declares its own enum of kinds the same way.
public protocol ProblemType: Sendable {
    /// The slug; the document's `type` member is `/problems/{slug}`.
    var slug: String { get }
    /// The short, stable summary every document of this kind carries as `title`.
    var title: String { get }
    /// The status a document of this kind is sent with.
    var status: HTTPStatus { get }
}

extension HTTPError {
    /// An error of a declared kind, its status, `type` and title taken from the kind.
    public init(
        _ kind: some ProblemType, detail: String, extensions: [(String, ProblemValue)] = [], headers: HTTPHeaders = HTTPHeaders()
    ) {
        self.init(kind.status, type: kind.slug, title: kind.title, detail: detail, extensions: extensions, headers: headers)
    }
}
