import Testing

@testable import ExplainerAPI

@Suite struct EntityTagTests {
    @Test func theTagIsStrongQuotedAndFollowsTheBytes() {
        let a = EntityTag.strong(for: Array("hello".utf8))
        #expect(a.hasPrefix("\"") && a.hasSuffix("\"") && !a.hasPrefix("W/"))
        #expect(a == EntityTag.strong(for: Array("hello".utf8)))
        #expect(a != EntityTag.strong(for: Array("hellp".utf8)))
    }

    @Test func ifNoneMatchUsesWeakComparisonAndStar() {
        let tag = EntityTag.strong(for: [1, 2, 3])
        #expect(EntityTag.ifNoneMatch([tag], matches: tag))
        #expect(EntityTag.ifNoneMatch(["W/" + tag], matches: tag))
        #expect(EntityTag.ifNoneMatch(["\"other\", " + tag], matches: tag))
        #expect(EntityTag.ifNoneMatch(["\"other\"", tag], matches: tag))
        #expect(EntityTag.ifNoneMatch(["*"], matches: tag))
        #expect(!EntityTag.ifNoneMatch(["\"other\""], matches: tag))
        #expect(!EntityTag.ifNoneMatch([""], matches: tag))
    }
}
