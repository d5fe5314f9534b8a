import Foundation
import Glibc
import HTTPTesting

/// Runs the server binary to its exit, or kills it at a deadline, so a case that should stop at once
/// but starts serving instead (as the old binary did with `--rate-limit 1e-20/s`) fails instead of hanging.
enum BoundedRun {
    /// The exit status (nil when it had to be killed) and what it wrote.
    static func toExit(
        _ arguments: [String], environment: [String: String] = [:], timeout: Duration = .seconds(20)
    ) throws -> (status: Int32?, stdout: String, stderr: String) {
        guard let binary = ServerBinary.path else { throw ServerProcessError.binaryNotFound }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        var status: Int32?
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        } else {
            status = process.terminationStatus
        }
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (status, stdout, stderr)
    }
}
