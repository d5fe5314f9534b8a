/// One section's entry in `dates.json`, as the loader decoded it.
struct SectionDates {
    /// The day the section's text last changed, or `nil` when unknown.
    let modified: ContentDate?
    /// The day a person last reviewed it, or `nil` when nobody has.
    let lastReviewed: ContentDate?
    /// The day its next review is due, or `nil`.
    let nextReview: ContentDate?
}
