/// An ordered list of header fields with case-insensitive lookup.
///
/// Order is kept because it matters for repeated fields (RFC 9110 §5.3); lookups compare names
/// ASCII case-insensitively. Names are stored as sent (requests) or as written (responses).
///
/// A response's list may start with prepared `FieldBlock`s, shared by every response that sends the
/// same fields, followed by fields added one by one; the list reads the same either way. Replacing
/// or removing a field that a block holds turns the blocks back into single fields first, so a block
/// is never sent with a field the list no longer has.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Field = (name: String, value: String)
    /// Prepared fields, sent first and in order.
    public private(set) var blocks: [FieldBlock] = []
    /// Fields added one by one, after the blocks.
    public private(set) var addedFields: [Field] = []

    public init() {}
    public init(_ fields: [Field]) { addedFields = fields }
    public init(dictionaryLiteral elements: (String, String)...) {
        addedFields = elements.map { (name: $0.0, value: $0.1) }
    }
    /// A list made of prepared blocks, as a pre-rendered response sends them.
    public init(blocks: [FieldBlock]) { self.blocks = blocks }

    /// Every field, blocks first.
    public var fields: [Field] { blocks.isEmpty ? addedFields : blocks.flatMap(\.fields) + addedFields }

    public var count: Int { blocks.reduce(addedFields.count) { $0 + $1.fields.count } }
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// The first value of the named field, or nil.
    public subscript(name: String) -> String? {
        for block in blocks { if let value = block[name] { return value } }
        // Lengths first: most fields differ in length from the name sought, and a length is one load.
        let length = name.utf8.count
        for field in addedFields where field.name.utf8.count == length && field.name.asciiCaseInsensitiveEquals(name) {
            return field.value
        }
        return nil
    }

    /// Every value of the named field, in order.
    public func values(_ name: String) -> [String] {
        let length = name.utf8.count
        var values: [String] = []
        for field in blocks.isEmpty ? addedFields : fields
        where field.name.utf8.count == length && field.name.asciiCaseInsensitiveEquals(name) {
            values.append(field.value)
        }
        return values
    }

    /// Every comma-separated element of every value of the named field (RFC 9110 §5.6.1), trimmed.
    public func listElements(_ name: String) -> [String] {
        var elements: [String] = []
        for value in values(name) {
            for element in value.split(separator: ",") {
                let trimmed = element.trimmingASCIIWhitespace()
                if !trimmed.isEmpty { elements.append(trimmed) }
            }
        }
        return elements
    }

    public func contains(_ name: String) -> Bool { self[name] != nil }

    public mutating func add(_ name: String, _ value: String) { addedFields.append((name, value)) }

    /// Makes room for `count` fields, so a list filled field by field is allocated once.
    package mutating func reserveCapacity(_ count: Int) { addedFields.reserveCapacity(count) }

    /// Adds a prepared block; its fields come after the other blocks and before any field added one by one.
    public mutating func append(_ block: FieldBlock) { blocks.append(block) }

    /// Replaces every field of that name with one, or adds it.
    public mutating func set(_ name: String, _ value: String) {
        // Removing is a pass that writes (and may copy a shared list); most names set are not there yet.
        if contains(name) { remove(name) }
        addedFields.append((name, value))
    }

    public mutating func remove(_ name: String) {
        if blocks.contains(where: { $0[name] != nil }) {
            addedFields = fields
            blocks = []
        }
        addedFields.removeAll { $0.name.asciiCaseInsensitiveEquals(name) }
    }
}

extension StringProtocol {
    /// Compares two strings byte for byte, folding only ASCII letters, as header names require.
    ///
    /// Inlinable, so a caller in another module (the application) gets it specialised for its types and
    /// compares in place, instead of calling the generic version through witness tables.
    @inlinable
    package func asciiCaseInsensitiveEquals<Other: StringProtocol>(_ other: Other) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        // Header lookups run several times per request: compare native strings' bytes in place
        // rather than through two UTF-8 view iterators.
        let inPlace = a.withContiguousStorageIfAvailable { x in
            b.withContiguousStorageIfAvailable { y in HTTPSyntax.asciiCaseInsensitiveEqual(x, y) }
        }
        if let inPlace, let result = inPlace { return result }
        return zip(a, b).allSatisfy(HTTPSyntax.asciiFoldedEqual)
    }

    /// The string without leading and trailing spaces and tabs (OWS, RFC 9110 §5.6.3).
    package func trimmingASCIIWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
