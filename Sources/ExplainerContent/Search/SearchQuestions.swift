import Foundation

/// Questions each search document answers, in the words people ask them (`search-questions.json`
/// in the content folder): document expansion for the dense retriever.
///
/// A paraphrased question rarely shares the passage's words, and a sentence embedding of a 130-word
/// passage sits between its points; a question that the passage answers sits near the questions
/// people ask. Each question becomes one more vector of its document (`SearchDocument.questions`,
/// `embeddingTexts`), scored by the best cosine like the passage's sentence windows. BM25F does not
/// index them, so lexical search and snippets stay the explainer's own words.
///
/// The file is `{"description": "…", "questions": {"passage:not-suicide#p1": ["…", …], …}}`, keys
/// as `SearchDocument.key`. It is optional: without it the documents have no questions.
public struct SearchQuestions: Sendable, Equatable {
    /// The file's name in the content folder.
    public static let fileName = "search-questions.json"
    /// The largest file read, 16 MiB: as any content file (`ContentFolder.maximumFileBytes`), enough for
    /// the questions of 250 copies of the explainer (`bench/content-scale/generate.py`); the real file is 70 KB.
    public static let maximumBytes = 16 * 1_048_576
    /// The most questions one document may have, and the longest question in UTF-8 bytes.
    public static let maximumPerDocument = 32
    public static let maximumQuestionBytes = 512

    /// Questions by document key.
    public let questions: [String: [String]]

    /// Questions from decoded JSON; every problem is reported at once.
    public init(bytes: [UInt8]) throws(SearchQuestionsError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw SearchQuestionsError(problems: ["not JSON: \(error.localizedDescription)"])
        }
        guard let object = root as? [String: Any], let table = object["questions"] as? [String: Any] else {
            throw SearchQuestionsError(problems: ["expected an object with a \"questions\" object"])
        }
        var problems: [String] = []
        var questions: [String: [String]] = [:]
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            guard let list = value as? [String], !list.isEmpty else {
                problems.append("\(key): expected a non-empty array of strings")
                continue
            }
            if list.count > Self.maximumPerDocument { problems.append("\(key): more than \(Self.maximumPerDocument) questions") }
            for question in list where question.isEmpty || question.utf8.count > Self.maximumQuestionBytes {
                problems.append("\(key): a question is empty or longer than \(Self.maximumQuestionBytes) bytes")
            }
            questions[key] = list
        }
        guard problems.isEmpty else { throw SearchQuestionsError(problems: problems) }
        self.questions = questions
    }

    /// The file in `directory`, or nil when there is none (nor a folder there).
    ///
    /// Read as every content file is (`ContentFolder`): relative to one descriptor, regular files only,
    /// sized with `fstat` before a byte is read, so a FIFO or `/dev/zero` in its place cannot stall a
    /// start-up or a `check`; then held to this file's own `maximumBytes`.
    public static func read(directory: String) throws(SearchQuestionsError) -> SearchQuestions? {
        guard let folder = ContentFolder(path: directory) else { return nil }
        switch folder.read(fileName) {
        case .failure(.missing):
            return nil
        case .failure(let error):
            throw SearchQuestionsError(problems: [error.message])
        case .success(let bytes):
            guard bytes.count <= maximumBytes else {
                throw SearchQuestionsError(problems: ["file is \(bytes.count) bytes, over its limit of \(maximumBytes) bytes"])
            }
            return try SearchQuestions(bytes: bytes)
        }
    }

    /// Keys that name no document of `documents` (a renamed section, a removed term): `check` warns of them.
    public func unknownKeys(in documents: [SearchDocument]) -> [String] {
        let known = Set(documents.map(\.key))
        return questions.keys.filter { !known.contains($0) }.sorted()
    }

    /// `documents` with their questions.
    public func attached(to documents: [SearchDocument]) -> [SearchDocument] {
        documents.map { document in
            var document = document
            document.questions = questions[document.key] ?? []
            return document
        }
    }
}

/// Why `search-questions.json` cannot be used: every problem found.
public struct SearchQuestionsError: Error, Sendable, CustomStringConvertible {
    /// One line per problem.
    public let problems: [String]
    public var description: String { "search-questions.json: " + problems.joined(separator: "; ") }
}
