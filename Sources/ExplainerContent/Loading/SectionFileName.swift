/// A section file name, `NN-slug.md`: the number is the reading position, the slug the section's id.
///
/// `NN` is two digits or more (`0042-slug.md`), so a folder of thousands of sections still sorts in
/// reading order.
struct SectionFileName {
    let position: Int
    let id: String

    /// Parses `name`, or returns `nil` when it is not `NN-slug.md` with at least two digits (from 01) and a slug.
    init?(_ name: String) {
        guard name.hasSuffix(".md"), name.utf8.count > 6 else { return nil }
        let stem = name.dropLast(3)
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 2, digits.count <= 9, let position = Int(digits), position > 0,
            stem.dropFirst(digits.count).first == "-"
        else { return nil }
        let id = String(stem.dropFirst(digits.count + 1))
        guard ContentRules.isSlug(id) else { return nil }
        self.position = position
        self.id = id
    }
}
