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
}
