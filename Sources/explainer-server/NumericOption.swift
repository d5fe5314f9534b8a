/// A numeric option's accepted range and unit, and the one checked parser every number from outside
/// (command line and `EXPLAINER_*` variables alike) goes through.
///
/// Swift's `Double("…")` takes `inf`, `nan`, `1e400` (infinity), `1e-20` and hex floats, and a later
/// `Int(double)` traps on the first two and on anything past `Int.max`. So the text must be plain
/// decimal (digits, at most one point, at most 20 characters, no sign or exponent), optionally followed
/// by one of the option's suffixes, and the value after the suffix's factor must lie in the range.
/// Anything else is a usage error that names the option, its range and the text given (exit 64).
/// Every range keeps its values exact in a `Double` and far inside `Int`, so no conversion after it traps.
struct NumericOption: Sendable, Equatable {
    /// The option's name without the leading `--`; its variable is `EXPLAINER_` + upper-cased name.
    let name: String
    /// The smallest value accepted, in the option's base unit (after the suffix's factor).
    let minimum: Double
    /// The largest value accepted, in the base unit.
    let maximum: Double
    /// Whether the value must be a whole number of the base unit.
    let wholeNumber: Bool
    /// Suffixes accepted after the number and the factor each multiplies by; "" is a bare number.
    let suffixes: [Suffix]
    /// How `--help` shows the range ("0 to 65535").
    let rangeText: String

    /// A suffix after the number (`/s`, `MiB`) and the factor it multiplies the number by.
    struct Suffix: Sendable, Equatable {
        let text: String
        let factor: Double
    }

    /// The TCP port to listen on; 0 asks the kernel for a free one.
    static let port = NumericOption(name: "port", minimum: 0, maximum: 65_535, rangeText: "0 to 65535")
    /// Event-loop threads.
    static let threads = NumericOption(name: "threads", minimum: 1, maximum: 256, rangeText: "1 to 256")
    /// Seconds a drain may take (fractions allowed).
    static let drainTimeout = NumericOption(
        name: "drain-timeout", minimum: 0, maximum: 3_600, wholeNumber: false, rangeText: "0 to 3600 seconds")
    /// `Cache-Control: max-age`, in seconds.
    static let cacheMaxAge = NumericOption(
        name: "cache-max-age", minimum: 0, maximum: 31_536_000, rangeText: "0 to 31536000 seconds")
    /// Requests per second per client; the unit is required, so `5` alone is refused.
    static let rateLimit = NumericOption(
        name: "rate-limit", minimum: 1.0 / 3_600, maximum: 100_000, wholeNumber: false,
        suffixes: [Suffix(text: "/s", factor: 1), Suffix(text: "/m", factor: 1.0 / 60), Suffix(text: "/h", factor: 1.0 / 3_600)],
        rangeText: "1/h to 100000/s (N/s, N/m or N/h)")
    /// The token bucket's size, in requests.
    static let burst = NumericOption(name: "burst", minimum: 1, maximum: 1_000_000, rangeText: "1 to 1000000")
    /// Bytes the response memo of one snapshot may hold; 0 turns the memo off.
    static let memoBytes = NumericOption(
        name: "memo-bytes", minimum: 0, maximum: 1_073_741_824,
        suffixes: [
            Suffix(text: "", factor: 1), Suffix(text: "KiB", factor: 1_024), Suffix(text: "MiB", factor: 1_048_576),
            Suffix(text: "GiB", factor: 1_073_741_824),
        ],
        rangeText: "0 to 1GiB (bytes, or N KiB/MiB/GiB)")
    /// TLS handshakes in progress at once, across the process (`TLSConfiguration.maxPendingHandshakes`).
    static let tlsHandshakes = NumericOption(name: "tls-handshakes", minimum: 1, maximum: 65_535, rangeText: "1 to 65535")
    /// Threads that embed hybrid and semantic search queries.
    static let searchWorkers = NumericOption(name: "search-workers", minimum: 1, maximum: 16, rangeText: "1 to 16")
    /// The port of `--admin-listen HOST:PORT`; 0 picks a free one, as `--port 0` does.
    static let adminPort = NumericOption(name: "admin-listen", minimum: 0, maximum: 65_535, rangeText: "HOST:PORT with a port 0 to 65535")
    /// A port inside a `--cors-origins` entry.
    static let originPort = NumericOption(name: "cors-origins", minimum: 1, maximum: 65_535, rangeText: "1 to 65535")

    /// Every numeric option, in the order `--help` lists them.
    static let all: [NumericOption] = [
        .port, .threads, .drainTimeout, .cacheMaxAge, .rateLimit, .burst, .memoBytes, .tlsHandshakes, .searchWorkers,
    ]

    init(
        name: String, minimum: Double, maximum: Double, wholeNumber: Bool = true, suffixes: [Suffix] = [Suffix(text: "", factor: 1)],
        rangeText: String
    ) {
        self.name = name
        self.minimum = minimum
        self.maximum = maximum
        self.wholeNumber = wholeNumber
        self.suffixes = suffixes
        self.rangeText = rangeText
    }

    /// The value of `text` in the base unit, or a usage error naming the option and its range.
    func value(_ text: String) throws(UsageError) -> Double {
        guard let value = parse(text) else { throw UsageError("--\(name) must be \(rangeText), not \(text)") }
        return value
    }

    /// The value of `text` as a whole number; only for options with `wholeNumber`.
    func integer(_ text: String) throws(UsageError) -> Int {
        // The range is at most 2^30, so the conversion is exact and cannot trap.
        Int(try value(text))
    }

    /// The value, or nil when the text is not plain decimal with a known suffix inside the range.
    func parse(_ text: String) -> Double? {
        // Longest suffix first, so "MiB" is not read as a bare number followed by junk.
        for suffix in suffixes.sorted(by: { $0.text.count > $1.text.count }) where text.hasSuffix(suffix.text) {
            let digits = text.dropLast(suffix.text.count)
            guard let number = Self.decimal(digits) else { continue }
            let value = number * suffix.factor
            guard value >= minimum, value <= maximum else { return nil }
            if wholeNumber, value.rounded(.towardZero) != value { return nil }
            return value
        }
        return nil
    }

    /// Plain decimal text (`12`, `0.5`) as a number; nil for a sign, exponent, `inf`, `nan`, hex or empty text.
    static func decimal(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 20 else { return nil }
        var points = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            default: return nil
            }
        }
        guard points <= 1, digits > 0, text.first != ".", text.last != "." else { return nil }
        // At most 20 plain digits: always finite, and the range check above bounds it further.
        return Double(String(text))
    }

    /// The line `--help` shows for this option.
    var helpLine: String { "  --\(name): \(rangeText)" }
}
