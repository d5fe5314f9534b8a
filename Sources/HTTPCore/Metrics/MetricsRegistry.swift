import Synchronization

/// A set of Prometheus metric families that event-loop threads update and `/metrics` renders as text.
///
/// Families are registered once with their kind, help text and label names; samples are then updated
/// by name and label values. One mutex guards everything: an update is a dictionary lookup and an add,
/// far shorter than the syscalls around each request, so the lock is not where time goes. Label values
/// must come from a bounded set (route patterns, status codes), never from raw client input, or the
/// table would grow without bound.
///
/// A registry may have a namespace, the application's name (`app`): every family is exposed as
/// `namespace_name` (as the Go client's `Opts.Namespace` does), except those registered as standard
/// (`prefixed: false`), whose names every exporter shares (`process_cpu_seconds_total`). Code always
/// names a family by the name it registered, so HTTPCore's families need not know the application.
public final class MetricsRegistry: Sendable {
    /// The Prometheus metric types this registry renders.
    public enum Kind: String, Sendable {
        case counter, gauge, histogram
    }

    struct Family: Sendable {
        /// The name as exposed: the namespace's prefix and the registered name.
        let name: String
        let help: String
        let kind: Kind
        let labelNames: [String]
        /// Upper bounds of a histogram's buckets, ascending, without +Inf.
        let buckets: [Double]
        var samples: [[String]: Sample] = [:]
    }

    struct Sample: Sendable {
        var value: Double = 0
        /// Per-bucket (not cumulative) counts, one more than `buckets` for +Inf.
        var bucketCounts: [UInt64] = []
        var count: UInt64 = 0
    }

    struct State: Sendable {
        var families: [Family] = []
        var index: [String: Int] = [:]
    }

    let state = Mutex(State())

    /// Functions that fold counts kept outside the registry (per-thread request metrics) into it;
    /// run before every read, outside `state`'s lock since they update the registry themselves.
    let collectors = Mutex<[@Sendable (MetricsRegistry) -> Void]>([])

    /// The prefix of every exposed family name that is not standard; empty for none.
    public let namespace: String

    /// An empty registry.
    ///
    /// - Parameter namespace: the application's name in Prometheus syntax (`[a-zA-Z_][a-zA-Z0-9_]*`),
    ///   prefixed with `_` to every family registered with `prefixed: true`. Default: none.
    public init(namespace: String = "") {
        self.namespace = namespace
    }

    /// The name a family registered as `name` is exposed under.
    public func exposedName(_ name: String, prefixed: Bool = true) -> String {
        prefixed && !namespace.isEmpty ? namespace + "_" + name : name
    }

    /// Adds a family; registering a name twice keeps the first, so idempotent set-up code is safe.
    ///
    /// - Parameters:
    ///   - name: what every later call names the family by; exposed with the namespace's prefix.
    ///   - buckets: a histogram's upper bounds in ascending order; `+Inf` is added on rendering.
    ///   - prefixed: false for a standard name that every exporter shares (`process_*`), exposed as is.
    public func register(
        _ kind: Kind, _ name: String, help: String, labels: [String] = [], buckets: [Double] = [], prefixed: Bool = true
    ) {
        let exposed = exposedName(name, prefixed: prefixed)
        state.withLock { state in
            guard state.index[name] == nil else { return }
            state.index[name] = state.families.count
            state.families.append(Family(name: exposed, help: help, kind: kind, labelNames: labels, buckets: buckets.sorted()))
        }
    }

    /// Adds to a counter or gauge (a negative amount only makes sense for a gauge).
    public func add(_ name: String, _ amount: Double = 1, labels: [String] = []) {
        update(name, labels) { sample, _ in sample.value += amount }
    }

    /// Sets a gauge.
    public func set(_ name: String, _ value: Double, labels: [String] = []) {
        update(name, labels) { sample, _ in sample.value = value }
    }

    /// Records one observation in a histogram.
    public func observe(_ name: String, _ value: Double, labels: [String] = []) {
        update(name, labels) { sample, buckets in Self.observe(value, in: &sample, buckets) }
    }

    /// Drops every sample of a family, as an info metric does before it takes a new label set.
    public func reset(_ name: String) {
        state.withLock { state in
            guard let i = state.index[name] else { return }
            state.families[i].samples = [:]
        }
    }

    /// Adds a function that folds counts kept elsewhere into this registry before each read
    /// (`value`, `render`), so hot paths can count without taking the registry's lock.
    package func addCollector(_ collector: @escaping @Sendable (MetricsRegistry) -> Void) {
        collectors.withLock { $0.append(collector) }
    }

    /// Runs every collector.
    func collect() {
        for collector in collectors.withLock({ $0 }) { collector(self) }
    }

    /// Adds counts gathered elsewhere to a histogram sample: per-bucket (not cumulative) counts, one
    /// more than the family's buckets, and the sum of the observed values.
    package func merge(histogram name: String, labels: [String], bucketCounts: [UInt64], sum: Double) {
        update(name, labels) { sample, buckets in
            guard bucketCounts.count == buckets.count + 1 else { return }
            if sample.bucketCounts.isEmpty { sample.bucketCounts = Array(repeating: 0, count: buckets.count + 1) }
            for (slot, count) in bucketCounts.enumerated() {
                sample.bucketCounts[slot] += count
                sample.count += count
            }
            sample.value += sum
        }
    }

    /// A counter's or gauge's value, or a histogram's count; nil when the sample does not exist.
    public func value(_ name: String, labels: [String] = []) -> Double? {
        collect()
        return state.withLock { state in
            guard let i = state.index[name], let sample = state.families[i].samples[labels] else { return nil }
            return state.families[i].kind == .histogram ? Double(sample.count) : sample.value
        }
    }

    private static func observe(_ value: Double, in sample: inout Sample, _ buckets: [Double]) {
        if sample.bucketCounts.isEmpty { sample.bucketCounts = Array(repeating: 0, count: buckets.count + 1) }
        let slot = buckets.firstIndex { value <= $0 } ?? buckets.count
        sample.bucketCounts[slot] += 1
        sample.count += 1
        sample.value += value
    }

    private func update(_ name: String, _ labels: [String], _ body: (inout Sample, [Double]) -> Void) {
        state.withLock { state in Self.update(&state, name, labels, body) }
    }

    private static func update(_ state: inout State, _ name: String, _ labels: [String], _ body: (inout Sample, [Double]) -> Void) {
        // An unregistered name or a wrong label count is a programming error; dropping the sample
        // keeps a metrics typo from taking the server down.
        guard let i = state.index[name], state.families[i].labelNames.count == labels.count else { return }
        let buckets = state.families[i].buckets
        body(&state.families[i].samples[labels, default: Sample()], buckets)
    }
}
