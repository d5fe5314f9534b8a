import ExplainerContent
import Foundation
import Testing

/// The content version: a SHA-256 over the canonical content, so layout changes keep it and any
/// change of text or value moves it.
@Suite("Content version")
struct ContentVersionTests {
    private func version(_ fixture: ContentFixture) throws -> String {
        try fixture.load().get().contentVersion
    }

    @Test func reindentingJSONKeepsTheVersion() throws {
        let reindented = ContentFixture.valid.replacing("\n      \"quote\"", with: "\n\"quote\"", in: "claims.json")
        #expect(try version(reindented) == version(.valid))
    }

    @Test func changingAValueChangesTheVersion() throws {
        let changed = ContentFixture.valid.replacing(
            "\"notes\": [\"Correlational.\"]", with: "\"notes\": [\"Correlational!\"]", in: "claims.json")
        #expect(try version(changed) != version(.valid))
    }

    @Test func changingSectionTextChangesTheVersion() throws {
        let changed = ContentFixture.valid.replacing("A body with", with: "A body, with", in: "sections/02-second.md")
        #expect(try version(changed) != version(.valid))
    }

    @Test func loadedIndexStampsTheLoadTime() throws {
        let before = Date()
        let index = try ContentFixture.valid.load().get()
        #expect(index.loadedAt >= before)
    }
}
