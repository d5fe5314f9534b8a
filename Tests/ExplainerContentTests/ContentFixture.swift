import ExplainerContent
import Foundation

/// A small, valid content folder written from code, which each problem test breaks in one place.
///
/// Built in a fresh temporary directory per load (and removed afterwards), so tests are independent
/// and the line numbers they assert can be read straight off the text below.
struct ContentFixture {
    var files: [String: [UInt8]]

    /// The valid fixture.
    static let valid = ContentFixture(files: [
        "explainer.json": Array(explainerJSON.utf8),
        "sources.json": Array(sourcesJSON.utf8),
        "claims.json": Array(claimsJSON.utf8),
        "glossary.json": Array(glossaryJSON.utf8),
        "support.json": Array(supportJSON.utf8),
        "dates.json": Array(datesJSON.utf8),
        "sections/01-first.md": Array(firstSection.utf8),
        "sections/02-second.md": Array(secondSection.utf8),
    ])

    /// A copy with `old` (which must occur exactly once) replaced by `new` in `file`.
    func replacing(_ old: String, with new: String, in file: String) -> ContentFixture {
        let text = String(decoding: files[file] ?? [], as: UTF8.self)
        precondition(text.components(separatedBy: old).count == 2, "fixture \(file) must contain \(old) exactly once")
        var copy = self
        copy.files[file] = Array(text.replacingOccurrences(of: old, with: new).utf8)
        return copy
    }

    /// A copy with `file` set to `bytes` (added or overwritten).
    func setting(_ file: String, to bytes: [UInt8]) -> ContentFixture {
        var copy = self
        copy.files[file] = bytes
        return copy
    }

    /// A copy without `file`.
    func removing(_ file: String) -> ContentFixture {
        var copy = self
        copy.files[file] = nil
        return copy
    }

    /// Writes the folder, loads it, removes it, and returns the outcome.
    func load() throws -> Result<ContentIndex, ContentReport> {
        let directory = try writeToTemporaryDirectory()
        defer { Self.remove(directory) }
        return ContentLoader.load(directory: directory)
    }

    /// The problems the folder has (empty when it loads).
    func problems() throws -> [ContentProblem] {
        switch try load() {
        case .success: return []
        case .failure(let report): return report.problems
        }
    }

    static let explainerJSON = """
        {
          "id": "tiny",
          "title": "tiny explainer",
          "subtitle": null,
          "language": "en",
          "summary": "A two-section fixture.",
          "attribution": "A test fixture.",
          "sources_checked": "2026-11-25",
          "sources": ["article"],
          "sections": ["01-first.md", "02-second.md"]
        }

        """

    static let sourcesJSON = """
        {
          "sources": [
            {
              "id": "article",
              "title": "An Article",
              "outlet": "Outlet",
              "author": null,
              "date": null,
              "url": "https://example.org/a",
              "url_note": null,
              "content_notes": ["first-person-account"],
              "notes": []
            }
          ],
          "studies": [
            {
              "key": "doe-2020",
              "citation": "Doe J (2020). A study. Journal 1:1",
              "authors": ["Doe J"],
              "authors_complete": true,
              "year": 2020,
              "title": "A study",
              "journal": "Journal",
              "doi": "10.1234/abc",
              "checked_at": "example.org"
            }
          ]
        }

        """

    static let claimsJSON = """
        {
          "claims": [
            {
              "id": "first-claim",
              "quote": "A bullet item about harm reduction",
              "section": "first",
              "sources": ["article"],
              "evidence": ["doe-2020"],
              "notes": ["Correlational."]
            }
          ]
        }

        """

    static let glossaryJSON = """
        {
          "terms": [
            {
              "slug": "harm-reduction",
              "term": "harm reduction",
              "aliases": [],
              "definition": "Making something safer rather than demanding that it stop.",
              "related": ["self-harm"],
              "basis": []
            },
            {
              "slug": "self-harm",
              "term": "self-harm",
              "aliases": ["self harm"],
              "definition": "Hurting oneself on purpose to cope with painful feelings.",
              "related": [],
              "basis": ["doe-2020"]
            }
          ]
        }

        """

    static let supportJSON = """
        {
          "lines": [
            {
              "id": "xx-line",
              "regions": ["GB"],
              "service": "A Line",
              "contact": "call 000 000",
              "hours": "24/7",
              "url": null,
              "verified_at": "2026-11-24",
              "checked_at": "example.org"
            }
          ],
          "emergency": {
            "advice": "In immediate danger, call your local emergency number.",
            "numbers": [{ "id": "emergency-gb", "regions": ["GB"], "number": "999" }]
          },
          "content_notes": [
            { "id": "first-person-account", "label": "First-person account", "description": "A first-person account." },
            { "id": "mentions-self-harm-methods", "label": "Mentions kinds", "description": "Names kinds of self-harm." }
          ],
          "section_notes": [{ "section": "first", "notes": ["mentions-self-harm-methods"] }],
          "danger_phrases": ["kill myself"]
        }

        """

    static let datesJSON = """
        {
          "files": [
            { "file": "explainer.json", "date_modified": "2026-11-20" },
            { "file": "sources.json", "date_modified": "2026-11-21" },
            { "file": "claims.json", "date_modified": "2026-11-22" },
            { "file": "glossary.json", "date_modified": "2026-11-23" },
            { "file": "support.json", "date_modified": "2026-11-24" }
          ],
          "sections": [
            { "id": "first", "date_modified": "2026-11-18", "last_reviewed": null, "next_review": null },
            { "id": "second", "date_modified": "2026-11-19", "last_reviewed": "2026-11-25", "next_review": "2027-05-25" }
          ]
        }

        """

    static let firstSection = """
        # The first lead line, about self-harm.

        A paragraph with *emphasis* and **strong** text.

        - A bullet item about harm reduction
        - Another item

        """

    static let secondSection = """
        # The second lead line.

        A body with a [link](https://example.org/b) in it.

        """
}

extension ContentFixture {
    /// Writes the folder to a new temporary directory and returns its path; remove it with `remove(_:)`.
    func writeToTemporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("content-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sections"), withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        return directory.path
    }

    /// Removes a directory made by `writeToTemporaryDirectory()`.
    static func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
