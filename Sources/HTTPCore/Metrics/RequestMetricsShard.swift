import Synchronization

/// Request metrics gathered by the threads that hash to this shard, waiting to be folded into the
/// registry when someone reads it.
///
/// Every answered request updates three series; doing that in the registry meant both event loops
/// taking one lock and hashing family names and label arrays per request (about 5% of the server's
/// CPU under load). Each event-loop thread here lands on a shard of its own (threads are spread by
/// their id), keys by a small struct, and the registry only sees the sums on `/metrics` or `value`.
final class RequestMetricsShard: Sendable {
    /// One `http_requests_total` series: the histogram is labelled by `route` only and is summed
    /// across methods and statuses when the shard is drained.
    struct Series: Hashable, Sendable {
        let route: String
        let method: String
        let status: Int
    }

    /// What the requests of one series added since the last drain.
    struct Tally: Sendable {
        var requests: Double = 0
        var bytes: Double = 0
        var seconds: Double = 0
        /// Per-bucket (not cumulative) latency counts, one more than the buckets for +Inf.
        var bucketCounts: [UInt64]
    }

    /// The tallies since the last drain, with the series last recorded: under load one route answers
    /// run after run, so a request whose series is the last one's (three comparisons, the strings
    /// usually the very same storage) skips hashing two strings.
    struct Tallies: Sendable {
        var slots: [Series: Int] = [:]
        var series: [Series] = []
        var tallies: [Tally] = []
        /// The slot of the series recorded last, or -1.
        var last = -1
    }

    let state = Mutex(Tallies())

    /// Adds one request to its series.
    func record(_ series: Series, bytes: Int, seconds: Double, buckets: [Double]) {
        let slot = buckets.firstIndex { seconds <= $0 } ?? buckets.count
        state.withLock { state in
            var i = state.last
            if i < 0 || state.series[i] != series {
                if let known = state.slots[series] {
                    i = known
                } else {
                    // The tally (and its array) is only built the first time a series is seen since a drain.
                    i = state.series.count
                    state.slots[series] = i
                    state.series.append(series)
                    state.tallies.append(Tally(bucketCounts: Array(repeating: 0, count: buckets.count + 1)))
                }
                state.last = i
            }
            Self.add(to: &state.tallies[i], bytes: bytes, seconds: seconds, slot: slot)
        }
    }

    private static func add(to tally: inout Tally, bytes: Int, seconds: Double, slot: Int) {
        tally.requests += 1
        tally.bytes += Double(bytes)
        tally.seconds += seconds
        tally.bucketCounts[slot] += 1
    }

    /// Moves everything counted so far into `registry`, leaving the shard empty.
    func drain(into registry: MetricsRegistry) {
        let drained = state.withLock { state in
            defer { state = Tallies() }
            return state
        }
        for (series, tally) in zip(drained.series, drained.tallies) {
            registry.add("http_requests_total", tally.requests, labels: [series.route, series.method, String(series.status)])
            registry.merge(
                histogram: "http_request_duration_seconds", labels: [series.route], bucketCounts: tally.bucketCounts,
                sum: tally.seconds)
            registry.add("http_response_bytes_total", tally.bytes)
        }
    }
}
