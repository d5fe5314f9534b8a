import Dispatch
import Glibc
import HTTPCore
import Synchronization
import Testing

/// The priority a pool's worker threads run at.
@Suite struct WorkerPoolTests {
    /// The nice value of the thread that runs a job on `pool`, and the submitting thread's.
    static func niceValues(on pool: WorkerPool) throws -> (worker: Int32, caller: Int32) {
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let seen = Mutex<Int32?>(nil)
        let done = DispatchSemaphore(value: 0)
        _ = try pool.submit {
            seen.withLock { $0 = getpriority(which, 0) }
            done.signal()
            return Response(contentType: "text/plain", body: [])
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        pool.shutdown()
        return (seen.withLock { $0 } ?? -100, getpriority(which, 0))
    }

    @Test func workersRaiseTheirOwnNiceValueAndLeaveTheCallersAlone() throws {
        let values = try Self.niceValues(on: WorkerPool(threads: 1, name: "nice-worker", niceIncrement: 5))
        #expect(values.worker == min(19, values.caller + 5))
    }

    @Test func withoutAnIncrementWorkersRunAtTheProcesssPriority() throws {
        let values = try Self.niceValues(on: WorkerPool(threads: 1, name: "plain-worker"))
        #expect(values.worker == values.caller)
    }

    @Test func theIncrementIsClampedToNiceValuesRange() {
        let high = WorkerPool(threads: 1, niceIncrement: 40)
        let negative = WorkerPool(threads: 1, niceIncrement: -5)
        defer {
            high.shutdown()
            negative.shutdown()
        }
        #expect(high.niceIncrement == 19)
        #expect(negative.niceIncrement == 0)
    }
}
