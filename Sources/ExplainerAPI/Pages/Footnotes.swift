import ExplainerContent

/// The research claims a page has marked so far, numbered in the order the text reaches them.
struct Footnotes {
    /// One footnote: the claim, its number, and whether the text carries a reference back to it.
    struct Note {
        let claim: ResearchClaim
        let number: Int
        let referenced: Bool
    }

    /// The notes in order.
    private(set) var notes: [Note] = []

    /// Adds a claim and returns its number.
    mutating func add(_ claim: ResearchClaim, referenced: Bool) -> Int {
        notes.append(Note(claim: claim, number: notes.count + 1, referenced: referenced))
        return notes.count
    }

    /// The number the next claim will get.
    var nextNumber: Int { notes.count + 1 }
}
