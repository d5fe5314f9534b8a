/// One normalised word of a message, with the clause it belongs to and whether it was quoted.
struct CrisisToken: Sendable, Hashable {
    /// The word in normal form (see `CrisisNormalizer`).
    var word: String
    /// The clause's ordinal in the message; a pattern never spans two clauses.
    var clause: Int
    /// Whether the word stood between double quotation marks (a quote, not the writer's own words).
    var quoted: Bool
}
