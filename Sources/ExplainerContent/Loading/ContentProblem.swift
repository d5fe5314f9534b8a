/// One thing wrong with a content folder: where it is and what is wrong.
///
/// Printed as `file:line:column: id: message`, leaving out the parts that are unknown
/// (a missing file has no line; a syntax error has no id).
public struct ContentProblem: Sendable, Hashable, CustomStringConvertible {
    /// What sort of problem this is, so tests and tools need not parse messages.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A required file is absent or unreadable.
        case missingFile = "missing-file"
        /// A file is not valid UTF-8.
        case invalidUTF8 = "invalid-utf8"
        /// A JSON file does not parse.
        case malformedJSON = "malformed-json"
        /// A required field is absent.
        case missingField = "missing-field"
        /// A field that the format does not know.
        case unknownField = "unknown-field"
        /// A field holds the wrong JSON type or an invalid value (e.g. a bad date or region code).
        case invalidValue = "invalid-value"
        /// Two entries share one id.
        case duplicateID = "duplicate-id"
        /// An id is not a slug (`[a-z0-9]+(-[a-z0-9]+)*`).
        case invalidSlug = "invalid-slug"
        /// A reference names an id that does not exist.
        case danglingReference = "dangling-reference"
        /// A file in `sections/` that `explainer.json` does not list.
        case unlistedSectionFile = "unlisted-section-file"
        /// A section that `explainer.json` lists but whose file is absent.
        case missingSectionFile = "missing-section-file"
        /// A section file that is not `# lead line`, blank line, body.
        case malformedSection = "malformed-section"
        /// A claim whose quote is not found verbatim in its section.
        case quoteNotFound = "quote-not-found"
        /// A glossary term that, with its aliases, occurs nowhere in the explainer.
        case unusedGlossaryTerm = "unused-glossary-term"
        /// A DOI that is not `10.NNNN…/suffix`.
        case malformedDOI = "malformed-doi"
        /// A URL that is not an absolute http(s) URL with a host.
        case malformedURL = "malformed-url"
        /// A file over `ContentFolder.maximumFileBytes`, or one that takes the folder past
        /// `ContentFolder.maximumTotalBytes`; refused before it is read.
        case fileTooLarge = "file-too-large"
        /// Markdown nested deeper than the renderer allows (`MarkdownNestingError`); refused so a hostile
        /// section cannot exhaust the stack.
        case nestingTooDeep = "nesting-too-deep"
        /// A folder holding more than `ContentFolder.maximumListedNames` entries; the listing stops there.
        case tooManyFiles = "too-many-files"
    }

    /// What sort of problem this is.
    public let kind: Kind
    /// The file, relative to the content directory (`claims.json`, `sections/03-emotion-relief.md`).
    public let file: String
    /// The 1-based line, when the problem has one.
    public let line: Int?
    /// The 1-based column in Unicode scalars, given for JSON syntax errors and bad UTF-8.
    public let column: Int?
    /// The id of the entry concerned, when there is one.
    public let id: String?
    /// What is wrong, as one sentence without a trailing period.
    public let message: String

    /// Creates a problem.
    public init(kind: Kind, file: String, line: Int? = nil, column: Int? = nil, id: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.id = id
        self.message = message
    }

    /// `file:line:column: id: message`, with unknown parts left out.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        if let id { return "\(location): \(id): \(message)" }
        return "\(location): \(message)"
    }
}
