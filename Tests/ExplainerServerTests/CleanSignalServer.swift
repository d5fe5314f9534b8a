import Foundation
import Glibc
import HTTPTesting

/// The server binary started as a supervisor starts it: no signal blocked, every disposition default.
///
/// Foundation's `Process` hands the child the test runner's signal mask, in which nearly every signal
/// is blocked, so a signal that kills the real service would only pend in a child started that way
/// (the old binary survived SIGUSR1 there and died of it under a shell). `posix_spawn` with
/// `POSIX_SPAWN_SETSIGMASK` and `POSIX_SPAWN_SETSIGDEF` gives the child what `systemd` or a shell would.
final class CleanSignalServer: Sendable {
    let pid: pid_t
    let port: Int
    private let folder: URL

    /// Spawns `explainer-server serve --port 0 …` and waits for its `listening on` line.
    init(_ arguments: [String], timeout: Duration = .seconds(20)) throws {
        guard let binary = ServerBinary.path else { throw ServerProcessError.binaryNotFound }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("clean-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stderrPath = folder.appendingPathComponent("stderr").path
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, binary, &actions, &attributes, argv, environ)
        guard status == 0 else { throw ServerProcessError.didNotListen(stderr: "posix_spawn: \(status)") }
        pid = child
        let deadline = ContinuousClock.now + timeout
        var found: Int?
        while found == nil, ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first, line.hasPrefix("listening on http://"), text.contains("\n"),
                let colon = line.lastIndex(of: ":"), let p = Int(line[line.index(after: colon)...])
            {
                found = p
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            kill(child, SIGKILL)
            throw ServerProcessError.didNotListen(stderr: (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "")
        }
        port = found
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Sends a signal.
    func signal(_ signal: Int32) { kill(pid, signal) }

    /// The exit status once it has exited normally, nil if still running at the deadline or killed by a signal.
    func waitForExit(timeout: Duration) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
            }
            usleep(20_000)
        }
        return nil
    }
}
