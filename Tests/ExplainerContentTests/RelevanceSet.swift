import Foundation

/// A judged query set in `Tests/Evaluation/` (JSON Lines: `id`, `query`, `relevant` as `type:id`).
struct RelevanceSet {
    /// One judged query.
    struct Case: CustomStringConvertible {
        let id: String
        let query: String
        let relevant: [String]
        var description: String { query }
    }

    /// The paraphrased questions, written apart from the ranking code; never edited.
    static let paraphrases = load("paraphrases.untouched.jsonl")
    /// The literal queries (the original relevance set, moved out of the Swift test unchanged).
    static let literal = load("literal.jsonl")

    /// Reads a set; a missing or malformed file gives no cases, which the tests then fail on.
    static func load(_ name: String) -> [Case] {
        let url = PackagePaths.root.appendingPathComponent("Tests/Evaluation").appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let query = object["query"] as? String,
                let relevant = object["relevant"] as? [String]
            else { return nil }
            return Case(id: id, query: query, relevant: relevant)
        }
    }
}
