import Testing

@testable import ExplainerAPI

@Suite struct HTTPTimestampTests {
    @Test func formatsTheRFCExamples() {
        // RFC 9110 §5.6.7's example instant.
        #expect(HTTPTimestamp.imfFixdate(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPTimestamp.rfc3339(784_111_777) == "1994-11-06T08:49:37Z")
    }

    @Test func parsingInvertsFormatting() {
        for seconds in [0, 784_111_777, 1_764_000_000, 1_709_164_800] {
            #expect(HTTPTimestamp.parseIMFFixdate(HTTPTimestamp.imfFixdate(seconds)) == seconds)
        }
    }

    @Test(arguments: [
        "", "yesterday", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT",
    ])
    func rejectsOtherFormats(text: String) {
        #expect(HTTPTimestamp.parseIMFFixdate(text) == nil)
    }
}
