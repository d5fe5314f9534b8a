/// The version of the API and of the server, read from `openapi.yaml`'s `info.version`: one source of
/// truth for `--version`, the root's `api_version`, the spec itself and the container's label (the
/// Makefile and the container test pass `--version`'s output to the image build).
public enum APIVersion {
    /// `info.version` of the embedded `openapi.yaml`; "unknown" if the spec has none (a test fails then).
    public static let current: String = version(inSpec: OpenAPIDocument.bytes) ?? "unknown"

    /// The value of the `version:` line indented under the top-level `info:` block.
    static func version(inSpec bytes: [UInt8]) -> String? {
        var inInfo = false
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" ") && !line.isEmpty { inInfo = line == "info:" }
            guard inInfo, line.hasPrefix("  version:") else { continue }
            let value = line.dropFirst("  version:".count).drop(while: { $0 == " " })
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }
}
