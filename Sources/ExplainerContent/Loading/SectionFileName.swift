/// A section file name, `NN-slug.md`: the number is the reading position, the slug the section's id.
struct SectionFileName {
    let position: Int
    let id: String

    /// Parses `name`, or returns `nil` when it is not `NN-slug.md` with a two-digit `NN` from 01 and a slug.
    init?(_ name: String) {
        guard name.hasSuffix(".md"), name.utf8.count > 6 else { return nil }
        let stem = name.dropLast(3)
        let digits = stem.prefix(2)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let position = Int(digits), position > 0,
            stem.dropFirst(2).first == "-"
        else { return nil }
        let id = String(stem.dropFirst(3))
        guard ContentRules.isSlug(id) else { return nil }
        self.position = position
        self.id = id
    }
}
