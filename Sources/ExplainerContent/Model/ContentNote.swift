/// A content note a client can show before a section or source, so a reader can choose to go on.
public struct ContentNote: Sendable, Hashable {
    /// A slug naming the note, e.g. `mentions-self-harm-methods`.
    public let id: String
    /// A short label for display.
    public let label: String
    /// What the note means, in a sentence.
    public let description: String

    /// Creates a note; the loader validates the values, this initializer does not.
    public init(id: String, label: String, description: String) {
        self.id = id
        self.label = label
        self.description = description
    }
}
