import Glibc

/// The event loop's clock: nanoseconds of `CLOCK_MONOTONIC` as a plain `Int64`.
///
/// Connection states store instants in this form rather than as `ContinuousClock.Instant` (a
/// resilient standard-library type), so a state is trivially copyable and a look at it costs a load,
/// not a copy through value witnesses. Tests pass made-up values instead of reading it.
package enum MonotonicTime {
    /// Now, in nanoseconds since an arbitrary fixed point (boot).
    package static var now: Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) &* 1_000_000_000 &+ Int64(spec.tv_nsec)
    }

    /// A duration in whole nanoseconds, saturating at `Int64.max`.
    package static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? (seconds < 0 ? Int64.min : Int64.max) : whole &+ attoseconds / 1_000_000_000
    }
}
