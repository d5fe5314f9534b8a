/// Reads fields out of one JSON object, reporting every wrong, missing or unknown field as a problem
/// instead of stopping, and remembering lines so later checks can point at a value.
///
/// Getters return `nil` for a field that is absent (already reported by `expectFields`) or of the
/// wrong type (reported by the getter), so callers only decide what to build.
struct JSONObjectReader {
    let file: String
    let line: Int
    /// The entry's id, once known, for messages.
    var id: String?
    /// The members in source order. Content objects have about ten fields, so linear lookups beat
    /// building a dictionary for each of the tens of thousands of objects a large folder holds.
    private let ordered: [JSONMember]
    private let problems: ProblemList

    /// A reader for `node`, or `nil` (after reporting) when `node` is not an object.
    init?(_ node: JSONNode, file: String, problems: ProblemList, what: String, id: String? = nil) {
        guard case .object(let members) = node.value else {
            problems.add(.invalidValue, file: file, line: node.line, id: id, "\(what) must be an object, found \(node.value.typeName)")
            return nil
        }
        self.file = file
        self.line = node.line
        self.id = id
        self.ordered = members
        self.problems = problems
    }

    /// Reports each field in `fields` that is absent, each present field not in it, and repeated keys.
    /// Every field the formats define must be present, `null` included: unknown facts are written as `null`
    /// on purpose, never left out by accident.
    func expectFields(_ fields: [String]) {
        for field in fields where !ordered.contains(where: { $0.key == field }) {
            problems.add(.missingField, file: file, line: line, id: id, "missing field \"\(field)\"")
        }
        for (position, member) in ordered.enumerated() {
            if !fields.contains(member.key) {
                problems.add(.unknownField, file: file, line: member.line, id: id, "unknown field \"\(member.key)\"")
            } else if ordered[..<position].contains(where: { $0.key == member.key }) {
                problems.add(.invalidValue, file: file, line: member.line, id: id, "field \"\(member.key)\" appears more than once")
            }
        }
    }

    /// The line of `field`'s value, or the object's line when it is absent.
    func line(of field: String) -> Int {
        node(field)?.line ?? line
    }

    /// The raw node of `field`, if present.
    func node(_ field: String) -> JSONNode? {
        ordered.first { $0.key == field }?.value
    }

    private func wrongType(_ field: String, _ expected: String, _ node: JSONNode) {
        problems.add(
            .invalidValue, file: file, line: node.line, id: id, "field \"\(field)\" must be \(expected), found \(node.value.typeName)")
    }

    /// The string value of `field` without any check or report: used to learn an entry's id before
    /// reporting its other problems, so every problem of the entry can name it.
    func rawString(_ field: String) -> String? {
        guard case .string(let text) = node(field)?.value else { return nil }
        return text
    }

    /// A non-empty string.
    func string(_ field: String) -> String? {
        guard let node = node(field) else { return nil }
        guard case .string(let text) = node.value else {
            wrongType(field, "a string", node)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            problems.add(.invalidValue, file: file, line: node.line, id: id, "field \"\(field)\" must not be empty")
            return nil
        }
        return text
    }

    /// A non-empty string or `null`; `.some(nil)` for null, `nil` when absent or wrong.
    func nullableString(_ field: String) -> String?? {
        guard let node = node(field) else { return nil }
        if case .null = node.value { return .some(nil) }
        guard let text = string(field) else { return nil }
        return .some(text)
    }

    /// An array of non-empty strings, each with its line.
    func strings(_ field: String) -> [(value: String, line: Int)]? {
        guard let node = node(field) else { return nil }
        guard case .array(let elements) = node.value else {
            wrongType(field, "an array of strings", node)
            return nil
        }
        var result: [(value: String, line: Int)] = []
        for element in elements {
            guard case .string(let text) = element.value, !text.allSatisfy(\.isWhitespace) else {
                problems.add(
                    .invalidValue, file: file, line: element.line, id: id,
                    "field \"\(field)\" must hold non-empty strings, found \(element.value.typeName)")
                continue
            }
            result.append((text, element.line))
        }
        return result
    }

    /// An array of anything, for lists of objects.
    func array(_ field: String) -> [JSONNode]? {
        guard let node = node(field) else { return nil }
        guard case .array(let elements) = node.value else {
            wrongType(field, "an array", node)
            return nil
        }
        return elements
    }

    /// An integer (no fraction or exponent).
    func integer(_ field: String) -> Int? {
        guard let node = node(field) else { return nil }
        guard case .number(let text) = node.value, let value = Int(text) else {
            wrongType(field, "an integer", node)
            return nil
        }
        return value
    }

    /// A boolean.
    func boolean(_ field: String) -> Bool? {
        guard let node = node(field) else { return nil }
        guard case .bool(let value) = node.value else {
            wrongType(field, "true or false", node)
            return nil
        }
        return value
    }
}
