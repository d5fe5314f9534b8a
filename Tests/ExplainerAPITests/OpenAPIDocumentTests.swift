import Foundation
import Testing

@testable import ExplainerAPI

/// `/openapi.yaml` serves the description users find at the top of the repository.
@Suite struct OpenAPIDocumentTests {
    static let specPath = APIFixture.packageRoot + "/openapi.yaml"

    @Test func theServedDocumentIsTheTopLevelFile() throws {
        let yaml = try String(contentsOfFile: Self.specPath, encoding: .utf8)
        let response = APIFixture.send("/openapi.yaml")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/yaml; charset=utf-8")
        #expect(response.body == Array(yaml.utf8))
    }

    /// The stylesheet's name is made from its bytes, so an edit to `explainer.css` renames it: the
    /// name documented for `/assets/{name}` (its one `enum` value and its `example`, what lets
    /// schemathesis reach a 200; on the GET, as a preflight answers for any name) must follow, or
    /// this fails and says the new name.
    @Test func theDocumentedStylesheetNameIsTheServedOne() throws {
        let yaml = try String(contentsOfFile: Self.specPath, encoding: .utf8)
        let start = try #require(yaml.range(of: "  /assets/{name}:\n"))
        let operation = yaml[start.upperBound...].split(separator: "\n  /", maxSplits: 1)[0]
        let name = PageStylesheet.name
        #expect(operation.contains("schema: {type: string, enum: [\(name)]}"), "document /assets/{name} as \(name)")
        #expect(operation.contains("example: \(name)\n"), "document /assets/{name} as \(name)")
        #expect(APIFixture.send("/assets/\(name)").status == .ok)
    }
}
