import Dispatch

/// Runs `operation` and fails with `TimeoutError` if it has not finished within `limit`.
///
/// The operation runs in its own task on its own thread (`TestThreadExecutor`), so the time counted is
/// the operation's, not time spent queued behind other tests' blocking work on the cooperative pool.
/// On timeout the caller is released at once (so a hung test fails instead of stalling CI) and the task
/// is cancelled. Blocking socket calls in it end by themselves, because `RawClient` sets socket timeouts.
public func withTimeout<T: Sendable>(
    _ limit: Duration, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    let finished = Locked(false)
    let executor = TestThreadExecutor()
    return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
        let work = Task(executorPreference: executor) {
            let result: Result<T, any Error>
            do {
                result = .success(try await operation())
            } catch {
                result = .failure(error)
            }
            if finished.withLock({ done in
                defer { done = true }; return !done
            }) {
                continuation.resume(with: result)
            }
            // Ended from inside, so an operation that outlives a timeout still runs to its end on its thread.
            executor.shutdown()
        }
        // The clock runs on Dispatch, not on a task: with the cooperative pool's threads (one per core)
        // all blocked by other tests' socket calls, a sleeping task would wake only once one frees up,
        // and a hung test would stall instead of failing.
        let nanoseconds = limit.components.seconds * 1_000_000_000 + limit.components.attoseconds / 1_000_000_000
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
            if finished.withLock({ done in
                defer { done = true }; return !done
            }) {
                work.cancel()
                continuation.resume(throwing: TimeoutError(limit: limit))
            }
        }
    }
}
