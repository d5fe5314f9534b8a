import Foundation
import Testing

@testable import ExplainerAPI

/// The binary serves `openapi.yaml` from a generated Swift file; these tests keep the two identical.
@Suite struct OpenAPIDocumentTests {
    static let specPath = APIFixture.packageRoot + "/openapi.yaml"
    static let generatedPath = APIFixture.packageRoot + "/Sources/ExplainerAPI/OpenAPIDocument.swift"

    /// The Swift source that embeds `yaml`; `RECORD=1` writes it.
    static func generatedSource(_ yaml: String) -> String {
        """
        // swift-format-ignore-file
        // Generated from openapi.yaml by `RECORD=1 swift test --filter OpenAPIDocumentTests`; do not edit by hand.

        /// `openapi.yaml` from the repository root, embedded so the binary serves it wherever it runs.
        ///
        /// `OpenAPIDocumentTests` fails when this copy and the root file differ.
        package enum OpenAPIDocument {
            /// The body served at `/openapi.yaml`, compressed once.
            package static let body = RenderedBody(
                contentType: "application/yaml; charset=utf-8", bytes: Array(yaml.utf8), gzipThreshold: 1_024)

            /// The YAML text.
            package static let yaml = ##\"\"\"
        \(yaml)\n\"\"\"##
        }

        """
    }

    @Test func theEmbeddedCopyIsTheRootFile() throws {
        let yaml = try String(contentsOfFile: Self.specPath, encoding: .utf8)
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try Self.generatedSource(yaml).write(toFile: Self.generatedPath, atomically: true, encoding: .utf8)
        }
        #expect(!yaml.contains("\"##"), "the YAML would end the raw string literal early")
        #expect(OpenAPIDocument.yaml == yaml, "run RECORD=1 swift test --filter OpenAPIDocumentTests to regenerate")
    }

    @Test func theServedDocumentIsTheEmbeddedYAML() throws {
        let response = APIFixture.send("/openapi.yaml")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/yaml; charset=utf-8")
        #expect(response.body == Array(OpenAPIDocument.yaml.utf8))
    }
}
