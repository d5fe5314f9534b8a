/// The decoded name=value pairs of a query string, in the order sent.
public struct QueryItems: Sendable, Sequence {
    public typealias Item = (name: String, value: String)
    public private(set) var items: [Item]

    public init(_ items: [Item] = []) { self.items = items }

    public func makeIterator() -> IndexingIterator<[Item]> { items.makeIterator() }

    /// The first value for the name, or nil.
    public subscript(name: String) -> String? { items.first { $0.name == name }?.value }

    /// Every value given for the name.
    public func values(_ name: String) -> [String] { items.filter { $0.name == name }.map(\.value) }

    public var names: [String] { items.map(\.name) }
    public var isEmpty: Bool { items.isEmpty }
}
