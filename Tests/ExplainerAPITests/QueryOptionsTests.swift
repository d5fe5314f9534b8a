import HTTPCore
import Testing

@testable import ExplainerAPI

@Suite struct QueryOptionsTests {
    static let route = ResourceRenderer.sectionListParameters

    static func parse(_ query: String) throws(HTTPError) -> QueryOptions {
        let items: QueryItems
        do { items = try RequestTarget.split("/x?" + query).query } catch { throw error.problem }
        return try QueryOptions(items, for: route)
    }

    /// The `parameter` member of the 400 a query gets, or nil when it is accepted.
    static func rejectedParameter(_ query: String) -> String? {
        do {
            _ = try parse(query)
            return nil
        } catch {
            #expect(error.status == .badRequest)
            return error.extensions.first { $0.0 == "parameter" }.flatMap { if case .string(let s) = $0.1 { s } else { nil } }
        }
    }

    @Test func defaults() throws {
        let options = try Self.parse("")
        #expect(options.limit == 50 && options.offset == 0 && !options.pretty && options.fields == nil)
        #expect(options.formats == [.html, .text] && !options.annotateGlossary && options.variantKey.isEmpty)
    }

    @Test func equivalentQueriesShareAVariantKey() throws {
        let a = try Self.parse("fields=title,id&limit=5&pretty=1")
        let b = try Self.parse("pretty=1&limit=5&fields=id,title")
        #expect(a.variantKey == b.variantKey)
        #expect(a.variantKey != (try Self.parse("limit=6")).variantKey)
    }

    @Test(arguments: [
        ("limit=0", "limit"), ("limit=201", "limit"), ("limit=abc", "limit"), ("limit=-1", "limit"), ("limit=", "limit"),
        ("limit=99999999999999999999", "limit"), ("cursor=nope", "cursor"), ("fields=title,nope", "fields"),
        ("fields=", "fields"), ("fields=title,,id", "fields"), ("include=sources", "include"), ("format=pdf", "format"),
        ("annotate=claims", "annotate"), ("fields=id, title", "fields"), ("limt=5", "limt"), ("limit=1&limit=2", "limit"),
        ("pretty=yes", "pretty"), ("pretty=TRUE", "pretty"), ("pretty=", "pretty"), ("pretty=2", "pretty"),
    ])
    func aBadValueNamesItsParameter(query: String, parameter: String) {
        #expect(Self.rejectedParameter(query) == parameter)
    }

    @Test(arguments: [("true", true), ("1", true), ("false", false), ("0", false)])
    func prettyTakesTrueFalseOneAndZero(value: String, indents: Bool) throws {
        let options = try Self.parse("pretty=" + value)
        #expect(options.pretty == indents)
        // Both spellings of a value share one memoised body.
        #expect(options.variantKey == (try Self.parse(indents ? "pretty=1" : "")).variantKey)
    }

    @Test func anUnknownParameterSuggestsTheNearestKnownOne() throws {
        do {
            _ = try Self.parse("limt=5")
            Issue.record("limt was accepted")
        } catch {
            #expect(error.type == "unknown-parameter")
            #expect(error.extensions.contains { $0.0 == "suggestions" && $0.1 == .strings(["limit"]) })
        }
    }
}
