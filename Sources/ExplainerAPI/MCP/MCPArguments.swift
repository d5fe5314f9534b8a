import ExplainerContent

/// A tool call's `arguments`, read by name with the type its `inputSchema` declares.
///
/// A wrong type, an unknown name or a missing required one is an `MCPToolError` the model reads, naming
/// the argument but never echoing its value.
package struct MCPArguments: Sendable {
    /// The members, in the order sent.
    package let members: [JSONMember]

    /// The arguments of a call: an object, or absent (no arguments); `known` are the names the tool takes.
    package init(_ value: JSONValue?, known: [String]) throws(MCPToolError) {
        switch value {
        case nil, .null?: members = []
        case .object(let list)?: members = list
        default: throw MCPToolError("arguments must be an object.")
        }
        var seen: Set<String> = []
        for member in members {
            guard known.contains(member.key) else {
                throw MCPToolError(
                    "'\(String(member.key.prefix(32)))' is not an argument of this tool; it takes \(known.joined(separator: ", ")).")
            }
            guard seen.insert(member.key).inserted else { throw MCPToolError("'\(member.key)' is given twice.") }
        }
    }

    /// The raw value of `name`, nil when absent or null.
    package func value(_ name: String) -> JSONValue? {
        guard let value = members.first(where: { $0.key == name })?.value.value, value != .null else { return nil }
        return value
    }

    /// A string argument; `required` ones must be present and non-empty.
    package func string(_ name: String, required: Bool = false) throws(MCPToolError) -> String? {
        guard let value = value(name) else {
            if required { throw MCPToolError("\(name) is required.") }
            return nil
        }
        guard case .string(let text) = value else { throw MCPToolError("\(name) must be a string.") }
        if required, text.isEmpty { throw MCPToolError("\(name) must not be empty.") }
        return text
    }

    /// A whole-number argument within `range`.
    package func integer(_ name: String, in range: ClosedRange<Int>) throws(MCPToolError) -> Int? {
        guard let value = value(name) else { return nil }
        guard case .number(let text) = value, let number = Int(text), range.contains(number) else {
            throw MCPToolError("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    /// An array-of-strings argument.
    package func strings(_ name: String) throws(MCPToolError) -> [String]? {
        guard let value = value(name) else { return nil }
        guard case .array(let items) = value else { throw MCPToolError("\(name) must be an array of strings.") }
        var list: [String] = []
        for item in items {
            guard case .string(let text) = item.value else { throw MCPToolError("\(name) must be an array of strings.") }
            list.append(text)
        }
        return list
    }
}
