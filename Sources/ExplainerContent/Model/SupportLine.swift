/// A support service a reader can reach, with when and where its details were checked.
public struct SupportLine: Sendable, Hashable {
    /// A slug naming the line, e.g. `us-988`.
    public let id: String
    /// ISO 3166-1 alpha-2 codes the line serves (`GB`, `IE`); `*` means every region without a line of its own.
    public let regions: [String]
    /// The service's name.
    public let service: String
    /// How to reach it, as a sentence ("call or text 988").
    public let contact: String
    /// When it is open, or `nil` when not verified.
    public let hours: String?
    /// Its http(s) address, or `nil` when not verified.
    public let url: String?
    /// The ISO 8601 date the details were last verified; operators re-check before going live.
    public let verifiedAt: String
    /// Where the details were checked.
    public let checkedAt: String

    /// Creates a line; the loader validates the values, this initializer does not.
    public init(
        id: String, regions: [String], service: String, contact: String, hours: String?, url: String?, verifiedAt: String,
        checkedAt: String
    ) {
        self.id = id
        self.regions = regions
        self.service = service
        self.contact = contact
        self.hours = hours
        self.url = url
        self.verifiedAt = verifiedAt
        self.checkedAt = checkedAt
    }
}
