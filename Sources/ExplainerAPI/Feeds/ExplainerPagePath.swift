/// The paths of the pages a person reads, which feeds and the embed link to.
///
/// The pages themselves (`/explainer`, `/explainer/{id}`) are their own routes; this names their
/// addresses in one place for the links that point there, so the two cannot drift apart silently.
package enum ExplainerPagePath {
    /// The whole explainer.
    package static let explainer = "/explainer"

    /// One section's page.
    package static func section(_ id: String) -> String { explainer + "/" + id }
}
