import Foundation
import Glibc

/// The `explainer-server` binary running as a child process, for CLI, drain and access-log tests.
///
/// stdout and stderr are captured; `start(…)` waits for the `listening on http(s)://H:P` line and reads
/// the port from it. `deinit` kills a child that is still running, so no test leaves one behind.
public final class ServerProcess: Sendable {
    private let process: Process
    private let stdoutText = Locked("")
    private let stderrText = Locked("")
    /// The port from the `listening on` line.
    public let port: Int

    /// Runs the binary with `arguments` (after `serve` if given) and waits for it to listen.
    public init(arguments: [String], environment: [String: String] = [:], startTimeout: Duration = .seconds(20)) throws {
        guard let binary = ServerBinary.path else { throw ServerProcessError.binaryNotFound }
        process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdoutText = self.stdoutText
        let stderrText = self.stderrText
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            stdoutText.withLock { $0 += String(decoding: data, as: UTF8.self) }
        }
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            stderrText.withLock { $0 += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let deadline = ContinuousClock.now + startTimeout
        var found: Int?
        while found == nil, ContinuousClock.now < deadline, process.isRunning {
            let text = stderrText.withLock { $0 }
            if let line = text.split(separator: "\n").first,
                line.hasPrefix("listening on http://") || line.hasPrefix("listening on https://"),
                let colon = line.lastIndex(of: ":"), let p = Int(line[line.index(after: colon)...])
            {
                found = p
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            throw ServerProcessError.didNotListen(stderr: stderrText.withLock { $0 })
        }
        port = found
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    public var processIdentifier: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }
    /// Everything the child wrote to stdout so far (the access log).
    public var standardOutput: String { stdoutText.withLock { $0 } }
    /// Everything the child wrote to stderr so far.
    public var standardError: String { stderrText.withLock { $0 } }

    /// Sends a signal (SIGTERM, SIGINT).
    public func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the child to exit and returns its status, or nil if it is still running at the deadline.
    public func waitForExit(timeout: Duration) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning { return nil }
        return process.terminationStatus
    }

    /// Open file descriptors of the child, from /proc.
    public var openFileDescriptors: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count) ?? -1
    }

    /// Resident memory of the child in KiB, from /proc.
    public var residentKiB: Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }

    /// Runs the binary to completion (for `--help`, `--version`, usage errors) and returns status and output.
    public static func runToExit(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        guard let binary = ServerBinary.path else { throw ServerProcessError.binaryNotFound }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
