import Testing

@testable import ExplainerAPI

@Suite struct PageCursorTests {
    @Test(arguments: [0, 1, 7, 50, 199, 12_345, 999_999_999])
    func aTokenDecodesToItsOffset(offset: Int) throws {
        let token = PageCursor(offset: offset).token
        #expect(
            token.utf8.allSatisfy { c in
                (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95
            })
        #expect(PageCursor(token: token)?.offset == offset)
    }

    @Test(arguments: ["", "x", "=", "bzE=", "!!!!", "MTA", "bw", "bzEx\u{00e9}", String(repeating: "A", count: 100), "bzF", "b-1"])
    func malformedTokensAreRejected(token: String) {
        #expect(PageCursor(token: token) == nil)
    }
}
