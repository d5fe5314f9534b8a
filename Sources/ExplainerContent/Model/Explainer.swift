/// The explainer as a whole: what `Content/explainer.json` says about it.
///
/// The title, subtitle and the ordered source list are the explainer's own preamble, kept here
/// rather than in a section so that every section starts at one of the explainer's lead lines.
public struct Explainer: Sendable, Hashable {
    /// A slug naming the explainer, e.g. `unpacking-self-harm`.
    public let id: String
    /// The title exactly as the explainer gives it (lower case included).
    public let title: String
    /// The subtitle exactly as the explainer gives it, or `nil` when it has none.
    public let subtitle: String?
    /// A BCP 47 language tag, e.g. `en`.
    public let language: String
    /// A short summary written for this API (not part of the explainer's text).
    public let summary: String
    /// Who wrote the explainer and how it may be credited.
    public let attribution: String
    /// The day the team last checked the content's claims against the cited sources (`sources_checked`).
    ///
    /// Not a clinical review: sections carry their own `lastReviewed`, which stays `nil` until a person
    /// reviews them.
    public let sourcesChecked: ContentDate
    /// The ids of the explainer's cited sources, in the order its "sources:" list gives them.
    public let sourceIDs: [String]
    /// The ids of the sections, in reading order.
    public let sectionIDs: [String]

    /// Creates an explainer; the loader validates the values, this initializer does not.
    public init(
        id: String, title: String, subtitle: String?, language: String, summary: String, attribution: String,
        sourcesChecked: ContentDate, sourceIDs: [String], sectionIDs: [String]
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.summary = summary
        self.attribution = attribution
        self.sourcesChecked = sourcesChecked
        self.sourceIDs = sourceIDs
        self.sectionIDs = sectionIDs
    }
}
