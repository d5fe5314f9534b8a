/// One exemplar statement for the similarity seam: what a message at this level can sound like.
public struct CrisisExemplar: Sendable, Hashable {
    /// A stable id, e.g. `urgent-003`; a similarity match reports it instead of any text.
    public let id: String
    /// The level the statement stands for.
    public let level: CrisisLevel
    /// The statement, in plain words; never a method.
    public let text: String

    /// Creates an exemplar.
    public init(id: String, level: CrisisLevel, text: String) {
        self.id = id
        self.level = level
        self.text = text
    }
}
