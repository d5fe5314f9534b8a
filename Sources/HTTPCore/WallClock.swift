import Glibc

/// The wall clock, for timestamps that leave the process (logs); deadlines use `ContinuousClock`.
enum WallClock {
    /// Microseconds since the Unix epoch.
    static func unixMicroseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000
    }
}
