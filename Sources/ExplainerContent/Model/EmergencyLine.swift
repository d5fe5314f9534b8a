/// A local emergency number, for readers in immediate danger.
///
/// Served as general knowledge of those numbers; `ContentIndex.emergencyAdvice` is the sentence shown with them.
public struct EmergencyLine: Sendable, Hashable {
    /// A slug naming the entry, e.g. `emergency-us-ca`.
    public let id: String
    /// Region codes the number works in (ISO 3166-1 alpha-2, plus `EU` for the European Union).
    public let regions: [String]
    /// The number to call, e.g. `911`.
    public let number: String

    /// Creates an entry; the loader validates the values, this initializer does not.
    public init(id: String, regions: [String], number: String) {
        self.id = id
        self.regions = regions
        self.number = number
    }
}
