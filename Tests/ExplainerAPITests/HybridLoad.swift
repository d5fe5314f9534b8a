import Foundation
import HTTPTesting
import Synchronization

/// Threads that keep hybrid searches in flight against a server until stopped, each on its own
/// connection, one request at a time with a long question that differs every time.
final class HybridLoad: Sendable {
    private let stopping = Atomic<Bool>(false)
    private let counts = Mutex((hybrid: 0, failures: 0))
    private let finished = DispatchGroup()

    init(server: TestServer, connections: Int) {
        for connection in 0..<connections {
            finished.enter()
            let thread = Thread { [self] in
                defer { finished.leave() }
                run(server, connection)
            }
            thread.start()
        }
    }

    private func run(_ server: TestServer, _ connection: Int) {
        guard let client = try? server.client(timeout: .seconds(30)) else {
            counts.withLock { $0.failures += 1 }
            return
        }
        defer { client.close() }
        var number = 0
        while !stopping.load(ordering: .relaxed) {
            number += 1
            let words = (0..<40).map { "a\(connection)b\(number)c\($0)" }.joined(separator: "%20")
            do {
                try client.send("GET /v1/search?q=why%20do%20people%20hurt%20themselves%20\(words) HTTP/1.1\r\nHost: x\r\n\r\n")
                let response = try client.readResponse()
                let hybrid = response.status == 200 && response.text.contains(#""mode":"hybrid""#)
                counts.withLock { hybrid ? ($0.hybrid += 1) : ($0.failures += 1) }
            } catch {
                counts.withLock { $0.failures += 1 }
                return
            }
        }
    }

    /// Stops the threads, waits for their last answers, and returns what they got.
    @discardableResult
    func stop() -> (hybrid: Int, failures: Int) {
        stopping.store(true, ordering: .relaxed)
        finished.wait()
        return counts.withLock { $0 }
    }
}
