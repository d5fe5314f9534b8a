import Foundation

/// One load of a content folder: reads every file, decodes what it can, checks every reference
/// against whatever did decode, and builds the index only when no problem was found.
///
/// A class because the decoding steps (one extension per file) fill in its state in turn; it lives
/// for one call of `ContentLoader.load` on one thread.
final class ContentLoadRun {
    static let explainerFile = ContentFiles.explainer
    static let sourcesFile = ContentFiles.sources
    static let claimsFile = ContentFiles.claims
    static let glossaryFile = ContentFiles.glossary
    static let supportFile = ContentFiles.support
    static let datesFile = ContentFiles.dates
    static let sectionsFolder = ContentFiles.sectionsFolder
    static let datedFiles = ContentFiles.data

    let directory: String
    let problems = ProblemList()
    /// The folder, opened once at the start of the load; every file is read through it.
    private(set) var folder: ContentFolder?

    /// Parsed JSON documents by file name; absent when the file is missing or does not parse.
    var documents: [String: JSONNode] = [:]
    /// Ids known from a first pass over the documents, so references can be checked in any order.
    var knownSourceIDs: Set<String> = []
    var knownStudyKeys: Set<String> = []
    var knownNoteIDs: Set<String> = []
    var knownTermSlugs: Set<String> = []
    var knownSectionIDs: Set<String> = []

    var explainer: Explainer?
    /// The sections `explainer.json` lists, with the line of each entry.
    var listedSectionFiles: [(id: String, file: String, line: Int)] = []
    var sections: [Section] = []
    /// Each section file's bytes, in reading order, for the content hash.
    var sectionBytes: [(file: String, bytes: [UInt8])] = []
    var sectionNotes: [String: [String]] = [:]
    /// Each section's body parsed once, by section id.
    var parsedBodies: [String: ParsedSectionBody] = [:]
    /// Glossary matches in each section's title and body, by section id.
    var glossaryMatches: [String: (title: [GlossaryMatch], body: [GlossaryMatch])] = [:]
    var sources: [CitedSource] = []
    var studies: [Study] = []
    var claims: [ResearchClaim] = []
    var terms: [(term: GlossaryTerm, line: Int)] = []
    var supportLines: [SupportLine] = []
    var emergencyLines: [EmergencyLine] = []
    var emergencyAdvice = ""
    var contentNotes: [ContentNote] = []
    var dangerPhrases: [String] = []
    /// The day each data file last changed, from `dates.json`; absent when unknown.
    var fileDates: [String: ContentDate] = [:]
    /// Each section's dates from `dates.json`, by section id.
    var sectionDates: [String: SectionDates] = [:]

    init(directory: String) {
        self.directory = directory
    }

    func load(now: Date) -> Result<ContentIndex, ContentReport> {
        guard let opened = ContentFolder(path: directory) else {
            problems.add(.missingFile, file: directory, line: nil, id: nil, "content directory is missing or not a directory")
            return .failure(ContentReport(problems: problems.problems))
        }
        folder = opened
        for file in Self.datedFiles + [Self.datesFile] {
            documents[file] = readDocument(file)
        }
        collectKnownIDs()
        decodeSupport()
        decodeDates()
        decodeExplainer()
        decodeSections()
        decodeSources()
        decodeClaims()
        decodeGlossary()
        let matcher = GlossaryMatcher(terms: terms.map(\.term))
        findOccurrences(matcher: matcher)
        guard problems.isEmpty, let explainer else {
            return .failure(ContentReport(problems: problems.problems))
        }
        return .success(buildIndex(explainer: explainer, now: now))
    }

    /// The bytes of `file`, checked to be UTF-8; `nil` (after reporting) when missing, too large or not UTF-8.
    func readText(_ file: String, missingKind: ContentProblem.Kind = .missingFile, id: String? = nil, missingMessage: String? = nil)
        -> [UInt8]?
    {
        guard let folder else { return nil }
        let bytes: [UInt8]
        switch folder.read(file) {
        case .success(let read):
            bytes = read
        case .failure(let error):
            switch error {
            case .fileTooLarge, .folderTooLarge:
                problems.add(.fileTooLarge, file: file, line: nil, id: id, error.message)
            case .notARegularFile:
                problems.add(missingKind, file: file, line: nil, id: id, error.message)
            case .missing, .unreadable:
                problems.add(missingKind, file: file, line: nil, id: id, missingMessage ?? error.message)
            }
            return nil
        }
        if let position = UTF8Validation.firstInvalidPosition(in: bytes) {
            problems.add(.invalidUTF8, file: file, line: position.line, column: position.column, id: id, "invalid UTF-8")
            return nil
        }
        return bytes
    }

    private func readDocument(_ file: String) -> JSONNode? {
        guard let bytes = readText(file) else { return nil }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            problems.add(.malformedJSON, file: file, line: error.line, column: error.column, id: nil, error.message)
            return nil
        }
    }

    /// The elements of the array under `key` in `file`'s top-level object, or `[]`.
    func topLevelArray(_ file: String, _ key: String) -> [JSONNode] {
        guard let root = documents[file], case .object(let members) = root.value,
            let member = members.first(where: { $0.key == key }), case .array(let elements) = member.value.value
        else { return [] }
        return elements
    }

    private func collectKnownIDs() {
        func ids(_ file: String, _ array: String, _ key: String) -> Set<String> {
            var result: Set<String> = []
            for element in topLevelArray(file, array) {
                if case .object(let members) = element.value, let member = members.first(where: { $0.key == key }),
                    case .string(let id) = member.value.value
                {
                    result.insert(id)
                }
            }
            return result
        }
        knownSourceIDs = ids(Self.sourcesFile, "sources", "id")
        knownStudyKeys = ids(Self.sourcesFile, "studies", "key")
        knownNoteIDs = ids(Self.supportFile, "content_notes", "id")
        knownTermSlugs = ids(Self.glossaryFile, "terms", "slug")
        for element in topLevelArray(Self.explainerFile, "sections") {
            if case .string(let file) = element.value, let name = SectionFileName(file) {
                knownSectionIDs.insert(name.id)
            }
        }
    }

    /// Reports each reference in `references` that is not in `known`.
    func checkReferences(
        _ references: [(value: String, line: Int)], in known: Set<String>, file: String, id: String?, field: String, kind: String
    ) {
        for reference in references where !known.contains(reference.value) {
            problems.add(
                .danglingReference, file: file, line: reference.line, id: id,
                "\(field) names \(kind) \"\(reference.value)\", which does not exist")
        }
    }

    /// Reports `id` when it is not a slug or repeats one in `seen`; returns whether it is new.
    func checkID(_ id: String, line: Int, file: String, seen: inout [String: Int]) -> Bool {
        if !ContentRules.isSlug(id) {
            problems.add(.invalidSlug, file: file, line: line, id: id, "id is not a slug (lower-case letters, digits, single hyphens)")
        }
        if let first = seen[id] {
            problems.add(.duplicateID, file: file, line: line, id: id, "duplicate id, first used on line \(first)")
            return false
        }
        seen[id] = line
        return true
    }

    /// The top-level object of `file` checked to hold exactly `fields`, or `nil`.
    func topLevelReader(_ file: String, fields: [String]) -> JSONObjectReader? {
        guard let root = documents[file], let reader = JSONObjectReader(root, file: file, problems: problems, what: "the top level")
        else { return nil }
        reader.expectFields(fields)
        return reader
    }
}
