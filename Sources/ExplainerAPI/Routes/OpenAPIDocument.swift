/// `openapi.yaml`, embedded in the binary by SwiftPM (`.embedInCode`), so the server serves the
/// description it was built with wherever it runs.
///
/// The file lives in this target's folder; the one at the repository's top level is a symlink to it,
/// so there is one copy to edit and nothing to regenerate.
package enum OpenAPIDocument {
    /// The YAML bytes, as SwiftPM embedded them.
    package static let bytes: [UInt8] = PackageResources.openapi_yaml

    /// The body served at `/openapi.yaml`, compressed once.
    package static let body = RenderedBody(
        contentType: "application/yaml; charset=utf-8", bytes: bytes, gzipThreshold: 1_024)
}
