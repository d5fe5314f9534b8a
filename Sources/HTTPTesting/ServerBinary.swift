import Foundation

/// Finds the built `explainer-server` executable for tests that run it as a subprocess.
///
/// `EXPLAINER_SERVER_BIN` wins; otherwise the binary is looked for beside the test bundle, which
/// SwiftPM builds into the same `.build/<triple>/<config>` directory.
public enum ServerBinary {
    /// The executable's path, or nil when it has not been built.
    public static var path: String? {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["EXPLAINER_SERVER_BIN"] {
            return fm.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argument0.deletingLastPathComponent())
        // A bundle path (…/explainer-serverPackageTests.xctest/…) sits inside the build directory too.
        var url = argument0
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            if url.pathExtension == "xctest" { candidates.append(url.deletingLastPathComponent()) }
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        for directory in candidates {
            let path = directory.appendingPathComponent("explainer-server").path
            if fm.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
