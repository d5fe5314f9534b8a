import Foundation

/// The exemplar statements for each level (`Content/crisis-exemplars.json`), for a sentence-embedding
/// model to compare messages with (see `CrisisSimilarity`).
///
/// The file is `{"version": 1, "about": "…", "exemplars": [{"id", "level", "text"}, …]}`; ids are
/// slugs, unique; levels are `urgent`, `concern` or `info`; each text is 1 to `maximumTextLength`
/// characters; at most `maximumExemplars` in all. The content loader does not read the file, so an
/// invalid bank never stops the server: the rules work without it.
public struct CrisisExemplarBank: Sendable, Hashable {
    /// The most exemplars a bank may hold.
    public static let maximumExemplars = 2000
    /// The longest exemplar text, in characters.
    public static let maximumTextLength = 300
    /// The largest file read, in bytes.
    public static let maximumFileBytes = 1024 * 1024

    /// The exemplars in file order.
    public let exemplars: [CrisisExemplar]

    /// The exemplars of one level.
    public func exemplars(_ level: CrisisLevel) -> [CrisisExemplar] {
        exemplars.filter { $0.level == level }
    }

    /// Reads and checks a bank file.
    public static func load(path: String) throws(CrisisExemplarError) -> CrisisExemplarBank {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CrisisExemplarError(file: path, problems: ["cannot be read"])
        }
        guard data.count <= maximumFileBytes else {
            throw CrisisExemplarError(file: path, problems: ["is larger than \(maximumFileBytes) bytes"])
        }
        return try parse(Array(data), file: path)
    }

    /// Checks a bank's bytes; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(CrisisExemplarError) -> CrisisExemplarBank {
        guard UTF8Validation.firstInvalidPosition(in: bytes) == nil else {
            throw CrisisExemplarError(file: file, problems: ["is not valid UTF-8"])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw CrisisExemplarError(file: file, problems: ["line \(error.line): \(error.message)"])
        }
        guard case .object(let members) = root.value, let list = members.first(where: { $0.key == "exemplars" }),
            case .array(let items) = list.value.value
        else {
            throw CrisisExemplarError(file: file, problems: ["line \(root.line): expected an object with an \"exemplars\" array"])
        }
        var problems: [String] = []
        var exemplars: [CrisisExemplar] = []
        var seen = Set<String>()
        if items.count > maximumExemplars { problems.append("holds \(items.count) exemplars, more than \(maximumExemplars)") }
        for item in items.prefix(maximumExemplars) {
            guard case .object(let fields) = item.value else {
                problems.append("line \(item.line): expected an object")
                continue
            }
            func string(_ key: String) -> String? {
                if case .string(let value)? = fields.first(where: { $0.key == key })?.value.value { return value }
                return nil
            }
            let id = string("id") ?? ""
            if id.isEmpty || !id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
                problems.append("line \(item.line): id \"\(id)\" is not a slug")
            } else if !seen.insert(id).inserted {
                problems.append("line \(item.line): id \(id) is repeated")
            }
            guard let level = string("level").flatMap(CrisisLevel.init(rawValue:)) else {
                problems.append("line \(item.line): \(id): level must be urgent, concern or info")
                continue
            }
            let text = string("text") ?? ""
            if text.isEmpty || text.count > maximumTextLength {
                problems.append("line \(item.line): \(id): text must be 1 to \(maximumTextLength) characters")
                continue
            }
            exemplars.append(CrisisExemplar(id: id, level: level, text: text))
        }
        guard problems.isEmpty else { throw CrisisExemplarError(file: file, problems: problems) }
        return CrisisExemplarBank(exemplars: exemplars)
    }
}
