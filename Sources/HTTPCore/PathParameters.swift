/// The values a route's `{name}` segments captured, looked up by name as a dictionary would be.
///
/// The router fills one per request, so it is built for the routes this server has: none or one
/// capture. The first pair is stored inline and only further ones go to an array, so a request for
/// `/v1/sections/{id}` allocates nothing for its parameters, where a `[String: String]` hashed the name
/// and allocated storage. Names are unique: setting a name again replaces its value, as a dictionary
/// does; pairs iterate in the order they were first set.
public struct PathParameters: Sendable, Sequence, ExpressibleByDictionaryLiteral, Equatable, CustomStringConvertible {
    /// A captured name and the path segment's percent-decoded value.
    public typealias Element = (name: String, value: String)

    /// The first pair, inline; nil only when there are no pairs at all.
    private var first: Element?
    /// The pairs after the first, in order.
    private var rest: [Element] = []

    /// No parameters.
    public init() {}

    /// Parameters from literal pairs; a repeated name keeps its last value.
    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value captured for a name, or nil; setting nil removes the name.
    public subscript(name: String) -> String? {
        get {
            guard let first else { return nil }
            if first.name == name { return first.value }
            return rest.first { $0.name == name }?.value
        }
        set {
            if let first, first.name == name {
                if let newValue {
                    self.first = (name, newValue)
                } else {
                    self.first = rest.isEmpty ? nil : rest.removeFirst()
                }
            } else if let i = rest.firstIndex(where: { $0.name == name }) {
                if let newValue { rest[i].value = newValue } else { rest.remove(at: i) }
            } else if let newValue {
                if first == nil { first = (name, newValue) } else { rest.append((name, newValue)) }
            }
        }
    }

    /// How many names have a value.
    public var count: Int { first == nil ? 0 : 1 + rest.count }

    /// Whether no name has a value: the route has no captures.
    public var isEmpty: Bool { first == nil }

    /// The captured names, in order.
    public var keys: [String] { map(\.name) }

    /// The captured values, in the order of their names.
    public var values: [String] { map(\.value) }

    /// The pairs in the order their names were first set.
    public func makeIterator() -> Iterator { Iterator(parameters: self) }

    /// Equal when both hold the same names with the same values, in any order, as dictionaries compare.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.name] == $0.value }
    }

    /// Written like a dictionary literal, for logs and test failures.
    public var description: String {
        isEmpty ? "[:]" : "[" + map { "\"\($0.name)\": \"\($0.value)\"" }.joined(separator: ", ") + "]"
    }

    /// Walks the inline pair, then the others.
    public struct Iterator: IteratorProtocol {
        let parameters: PathParameters
        var index = -1

        /// The next pair, or nil after the last.
        public mutating func next() -> Element? {
            defer { index += 1 }
            if index < 0 { return parameters.first }
            return index < parameters.rest.count ? parameters.rest[index] : nil
        }
    }
}
