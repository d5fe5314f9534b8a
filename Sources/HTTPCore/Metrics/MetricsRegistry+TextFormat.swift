extension MetricsRegistry {
    /// The media type of the Prometheus text exposition format this renders.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Every family in registration order, as Prometheus text exposition format 0.0.4.
    ///
    /// Samples within a family are sorted by label values so two scrapes diff cleanly. A family with
    /// no samples yet still gets its HELP and TYPE lines, so dashboards see that it exists.
    public func render() -> String {
        collect()
        let families = state.withLock { $0.families }
        var out = ""
        out.reserveCapacity(4096)
        for family in families {
            out += "# HELP \(family.name) \(Self.escapeHelp(family.help))\n"
            out += "# TYPE \(family.name) \(family.kind.rawValue)\n"
            for (labels, sample) in family.samples.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                let pairs = zip(family.labelNames, labels).map { ($0, $1) }
                switch family.kind {
                case .counter, .gauge:
                    out += "\(family.name)\(Self.labelText(pairs)) \(Self.number(sample.value))\n"
                case .histogram:
                    var cumulative: UInt64 = 0
                    let bounds = family.buckets.map(Self.number) + ["+Inf"]
                    for (bound, count) in zip(bounds, sample.bucketCounts) {
                        cumulative += count
                        out += "\(family.name)_bucket\(Self.labelText(pairs + [("le", bound)])) \(cumulative)\n"
                    }
                    out += "\(family.name)_sum\(Self.labelText(pairs)) \(Self.number(sample.value))\n"
                    out += "\(family.name)_count\(Self.labelText(pairs)) \(sample.count)\n"
                }
            }
        }
        return out
    }

    static func labelText(_ pairs: [(String, String)]) -> String {
        guard !pairs.isEmpty else { return "" }
        return "{" + pairs.map { "\($0.0)=\"\(escapeLabel($0.1))\"" }.joined(separator: ",") + "}"
    }

    /// A sample value: integers without a fraction, others in Swift's shortest round-trip form, which
    /// Prometheus parses (`1e-05`, `0.25`).
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Label values escape backslash, double quote and newline (exposition format 0.0.4).
    static func escapeLabel(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// HELP text escapes backslash and newline only.
    static func escapeHelp(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }
}
