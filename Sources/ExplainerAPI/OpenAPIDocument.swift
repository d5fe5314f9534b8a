/// `openapi.yaml` from the repository root, embedded so the binary serves it wherever it runs.
///
/// Generated: `RECORD=1 swift test --filter OpenAPIDocumentTests` rewrites this file from the root
/// `openapi.yaml`, and the same test fails when the two differ.
package enum OpenAPIDocument {
    /// The body served at `/openapi.yaml`, compressed once.
    package static let body = RenderedBody(contentType: "application/yaml; charset=utf-8", bytes: Array(yaml.utf8), gzipThreshold: 1_024)

    /// The YAML text.
    package static let yaml = #"""
        openapi: 3.1.0
        """#
}
