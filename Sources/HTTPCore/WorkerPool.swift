import Dispatch
import Foundation
import Glibc
import Synchronization

/// A small, bounded pool of threads for work that must not run on an event loop (model inference):
/// a handler submits the work and returns at once; the loop writes the answer when it is done.
///
/// The threads are created once, in `init`, and live until `shutdown()`. At most `threads` jobs run
/// and `queueLimit` more wait; past that `submit` refuses synchronously (`WorkerPoolError.full`), so
/// the handler can answer another way at once (search falls back to lexical ranking) instead of
/// queueing without bound or answering 503.
///
/// Each worker should use one BLAS (or other math library) thread (`OPENBLAS_NUM_THREADS=1`, or the
/// library's per-thread setting), so `threads` workers use `threads` cores and never oversubscribe the
/// ones the event loops need. On a machine with as many cores as workers that still leaves the loops
/// to share a core with a busy worker, so the workers can run at a lower priority (`niceIncrement`):
/// a loop that wakes for a request then gets the core sooner instead of after the worker's slice.
public final class WorkerPool: Sendable {
    /// Worker threads. Default 2.
    public let threads: Int
    /// Jobs that may wait beyond the ones running. Default 16.
    public let queueLimit: Int
    /// How much each worker thread raises its own nice value when it starts (Linux keeps one per
    /// thread; `setpriority` on the calling thread), 0 to 19. Default 0: the process's priority.
    public let niceIncrement: Int32

    private struct Jobs {
        var queue: [(work: @Sendable () -> Response, answer: DeferredAnswer)] = []
        /// Jobs queued or running.
        var inFlight = 0
        var stopped = false
    }

    private let jobs = Mutex(Jobs())
    /// One signal per queued job, and one per worker at shutdown.
    private let available = DispatchSemaphore(value: 0)
    private let exited = DispatchGroup()

    /// Starts `threads` worker threads (at least 1) named `name`, each `niceIncrement` (clamped to 0...19)
    /// below the process's priority.
    public init(threads: Int = 2, queueLimit: Int = 16, name: String = "worker", niceIncrement: Int32 = 0) {
        self.threads = max(1, threads)
        self.queueLimit = max(0, queueLimit)
        self.niceIncrement = min(19, max(0, niceIncrement))
        for _ in 0..<self.threads {
            exited.enter()
            let thread = Thread { [self] in
                lowerOwnPriority()
                runWorker()
                exited.leave()
            }
            thread.name = name
            thread.start()
        }
    }

    /// Queues `work` and returns a response that stands for its result: return it from a handler and
    /// the connection's loop writes the result when it is done, in order with the connection's other
    /// answers. Decorate it with `Response.map`. Throws at once when the pool is full or stopped.
    public func submit(_ work: @escaping @Sendable () -> Response) throws(WorkerPoolError) -> Response {
        let answer = DeferredAnswer()
        let refusal = jobs.withLock { jobs -> WorkerPoolError? in
            if jobs.stopped { return .stopped }
            if jobs.inFlight >= threads + queueLimit { return .full }
            jobs.inFlight += 1
            jobs.queue.append((work, answer))
            return nil
        }
        if let refusal { throw refusal }
        available.signal()
        return Response(pending: PendingAnswer(answer: answer))
    }

    /// Jobs queued or running now.
    public var inFlight: Int { jobs.withLock { $0.inFlight } }

    /// Refuses new work, lets the queued and running jobs finish, and waits for every thread to end.
    public func shutdown() {
        let first = jobs.withLock { jobs in
            defer { jobs.stopped = true }
            return !jobs.stopped
        }
        if first {
            for _ in 0..<threads { available.signal() }
        }
        exited.wait()
    }

    /// `setpriority(PRIO_PROCESS, 0, …)` names the calling thread on Linux, not the whole process; a
    /// refusal (a container without the right to change it) leaves the worker as it was.
    private func lowerOwnPriority() {
        guard niceIncrement > 0 else { return }
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        _ = setpriority(which, 0, getpriority(which, 0) + niceIncrement)
    }

    private func runWorker() {
        while true {
            available.wait()
            let job = jobs.withLock { jobs in jobs.queue.isEmpty ? nil : jobs.queue.removeFirst() }
            guard let job else { return }  // a shutdown signal with nothing left to do
            let response = job.work()
            jobs.withLock { $0.inFlight -= 1 }
            job.answer.complete(response)
        }
    }
}
