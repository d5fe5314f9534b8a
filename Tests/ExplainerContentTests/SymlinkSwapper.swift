import Foundation
import Glibc

/// Points a symlink at one of two targets and, on its own thread, swaps it to the other as fast as it
/// can: a new symlink is made beside it and renamed over it, so the name always exists and always
/// points at one whole target (the way a deploy switches a `current` link).
final class SymlinkSwapper: @unchecked Sendable {
    let link: String
    private let targets: (String, String)
    private let lock = NSLock()
    private var stopping = false
    private var finished = false
    private var swapCount = 0

    /// Creates `link` pointing at `targets.0`.
    init(link: String, targets: (String, String)) throws {
        self.link = link
        self.targets = targets
        guard symlink(targets.0, link) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Starts swapping on a new thread until `stop()`.
    func start() {
        Thread.detachNewThread { [self] in
            let staging = link + ".next"
            var pointsAtFirst = true
            while !lock.withLock({ stopping }) {
                unlink(staging)
                if symlink(pointsAtFirst ? targets.1 : targets.0, staging) == 0 && rename(staging, link) == 0 {
                    pointsAtFirst.toggle()
                    lock.withLock { swapCount += 1 }
                }
            }
            unlink(staging)
            lock.withLock { finished = true }
        }
    }

    /// Stops the thread, waits for it, and returns how many swaps it made.
    func stop() -> Int {
        lock.withLock { stopping = true }
        while !lock.withLock({ finished }) { usleep(1_000) }
        return lock.withLock { swapCount }
    }
}
