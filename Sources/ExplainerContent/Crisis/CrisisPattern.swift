/// A sequence of word slots matched against a clause's normalised words, with short gaps allowed;
/// parsed from text here and matched as `CrisisCompiledPattern`, over word ids.
///
/// Written as text, one slot per space-separated item:
/// - `die` a word; `die|dead` either word; `{end it|end my life}` either phrase; a trailing `|`
///   (`really|`, `{at all|}`) makes the slot optional;
/// - `<want>` a named group of phrases (see `CrisisRules.groups`);
/// - `*` up to two words of anything, `*4` up to four (never across `gapStoppers`);
/// - `$` the end of the clause, alone or as one alternative (`{left|$}`: "left" or the end).
/// Every word is normalised like a message (`CrisisNormalizer.words`), so patterns are written in
/// ordinary spelling. A pattern never matches across two clauses.
struct CrisisPattern: Sendable, Hashable {
    /// One slot.
    enum Slot: Sendable, Hashable {
        /// One of these word sequences, by their first word; `optional` also allows none, `orEnd` the
        /// end of the clause.
        case phrases([String: [[String]]], optional: Bool, orEnd: Bool)
        /// Between zero and this many words of anything.
        case gap(Int)
        /// The end of the clause.
        case end
    }

    /// Words a gap never skips, because they turn what follows around ("a plan to stop self harming").
    static let gapStoppers: Set<String> = Set(
        ["stop", "quit", "avoid", "prevent", "not", "never", "resist", "without", "help"].map(CrisisNormalizer.squeeze))

    /// The slots, in order.
    let slots: [Slot]
    /// The words a match can start with (`nil` when any word may start one), to find candidates fast.
    let firstWords: Set<String>?

    /// Compiles a pattern; `groups` supplies the phrases of each `<name>`.
    init(_ source: String, groups: [String: [String]]) {
        var slots: [Slot] = []
        var items: [String] = []
        var buffer = ""
        var depth = 0
        for character in source {
            if character == "{" { depth += 1 }
            if character == "}" { depth -= 1 }
            if character == " " && depth == 0 {
                if !buffer.isEmpty { items.append(buffer) }
                buffer = ""
            } else {
                buffer.append(character)
            }
        }
        if !buffer.isEmpty { items.append(buffer) }
        for item in items {
            if item == "$" {
                slots.append(.end)
            } else if item.hasPrefix("*") {
                slots.append(.gap(Int(item.dropFirst()) ?? 2))
            } else if item.hasPrefix("<") && item.hasSuffix(">") {
                let name = String(item.dropFirst().dropLast())
                precondition(groups[name] != nil, "unknown pattern group <\(name)>")
                slots.append(.phrases(Self.byFirstWord((groups[name] ?? []).map(CrisisNormalizer.words)), optional: false, orEnd: false))
            } else {
                let body = item.hasPrefix("{") && item.hasSuffix("}") ? String(item.dropFirst().dropLast()) : item
                let alternatives = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let optional = alternatives.contains("")
                let words = alternatives.filter { !$0.isEmpty && $0 != "$" }.map(CrisisNormalizer.words)
                slots.append(.phrases(Self.byFirstWord(words), optional: optional, orEnd: alternatives.contains("$")))
            }
        }
        self.slots = slots
        firstWords = Self.possibleFirstWords(slots[...])
    }

    /// Every word a match can start with: the first slot's, and while a slot may be skipped the
    /// next one's too; `nil` when a gap or the clause's end can come first (tried at every word).
    private static func possibleFirstWords(_ slots: ArraySlice<Slot>) -> Set<String>? {
        guard let first = slots.first else { return nil }
        guard case .phrases(let phrases, let optional, let orEnd) = first, !orEnd else { return nil }
        guard optional else { return Set(phrases.keys) }
        return possibleFirstWords(slots.dropFirst()).map { $0.union(phrases.keys) }
    }

    /// Phrases grouped by their first word, in their written order; empty phrases are dropped.
    private static func byFirstWord(_ phrases: [[String]]) -> [String: [[String]]] {
        var table: [String: [[String]]] = [:]
        for phrase in phrases { if let first = phrase.first { table[first, default: []].append(phrase) } }
        return table
    }
}
