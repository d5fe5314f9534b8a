/// A glossary match found by `GlossaryMatcher`, in UTF-8 offsets only; `GlossaryOccurrence` adds
/// character offsets once they are computed for the whole section at once.
struct GlossaryMatch: Sendable, Hashable {
    let slug: String
    let utf8Start: Int
    let utf8End: Int
}
