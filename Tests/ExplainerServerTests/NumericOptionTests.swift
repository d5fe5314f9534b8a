import Testing

@testable import explainer_server

@Suite("The checked parser for numbers from outside")
struct NumericOptionTests {
    @Test(
        "plain decimal inside the range is accepted, with its suffix's factor",
        arguments: [
            (NumericOption.port, "0", 0.0), (.port, "65535", 65_535), (.threads, "1", 1), (.threads, "256", 256),
            (.drainTimeout, "0.5", 0.5), (.drainTimeout, "3600", 3_600), (.cacheMaxAge, "31536000", 31_536_000),
            (.rateLimit, "20/s", 20), (.rateLimit, "120/m", 2), (.rateLimit, "1/h", 1.0 / 3_600), (.rateLimit, "100000/s", 100_000),
            (.rateLimit, "0.5/s", 0.5), (.burst, "1000000", 1_000_000), (.memoBytes, "0", 0), (.memoBytes, "64MiB", 67_108_864),
            (.memoBytes, "512KiB", 524_288), (.memoBytes, "1GiB", 1_073_741_824),
        ])
    func accepts(option: NumericOption, text: String, expected: Double) {
        #expect(option.parse(text) == expected)
    }

    @Test(
        "anything else is refused: exponents, inf, nan, signs, hex, junk, empty, and one past either end",
        arguments: [
            (NumericOption.rateLimit, "1e-20/s"), (.rateLimit, "inf/s"), (.rateLimit, "1e400/s"), (.rateLimit, "1e300/s"),
            (.rateLimit, "nan/s"), (.rateLimit, "5"), (.rateLimit, "5/x"), (.rateLimit, "0/s"), (.rateLimit, "-1/s"),
            (.rateLimit, "0.9/h"), (.rateLimit, "100001/s"), (.rateLimit, "/s"), (.port, "65536"), (.port, "-1"), (.port, "+1"),
            (.port, "0x50"), (.port, "80 "), (.port, ""), (.port, "8.0.1"), (.port, "1."), (.port, ".5"), (.threads, "0"),
            (.threads, "257"), (.threads, "1.5"), (.drainTimeout, "3600.001"), (.drainTimeout, "1e3"), (.drainTimeout, "infinity"),
            (.burst, "0"), (.burst, "1000001"), (.memoBytes, "1025MiB"), (.memoBytes, "1MB"), (.memoBytes, "99999999999999999999"),
            (.memoBytes, "123456789012345678901"), (.cacheMaxAge, "31536001"),
        ])
    func refuses(option: NumericOption, text: String) {
        #expect(option.parse(text) == nil)
    }

    @Test("a refusal is a usage error naming the option, its range and the text")
    func message() {
        #expect(throws: UsageError("--rate-limit must be 1/h to 100000/s (N/s, N/m or N/h), not 1e-20/s")) {
            try NumericOption.rateLimit.value("1e-20/s")
        }
    }

    @Test("--help lists every numeric option's range")
    func helpListsRanges() {
        for option in NumericOption.all { #expect(Command.usage.contains("--\(option.name): \(option.rangeText)")) }
    }

    @Test("environment variables go through the same parser as options")
    func environment() throws {
        #expect(throws: UsageError.self) { try ServeOptions.parse([], environment: ["EXPLAINER_RATE_LIMIT": "inf/s"]) }
        #expect(throws: UsageError.self) { try ServeOptions.parse([], environment: ["EXPLAINER_MEMO_BYTES": "1e9"]) }
        let options = try ServeOptions.parse([], environment: ["EXPLAINER_RATE_LIMIT": "30/m", "EXPLAINER_MEMO_BYTES": "8MiB"])
        #expect(options.rateLimit == 0.5)
        #expect(options.memoBytes == 8 * 1_048_576)
    }

    @Test("--burst without --rate-limit is refused; with it, it is taken")
    func burstNeedsRate() throws {
        #expect(throws: UsageError.self) { try ServeOptions.parse(["--burst", "5"], environment: [:]) }
        #expect(try ServeOptions.parse(["--burst", "5", "--rate-limit", "1/s"], environment: [:]).burst == 5)
    }

    @Test(
        "--cors-origins takes origins only", arguments: ["https://a.example", "http://localhost:8080", "https://[::1]:443", "app://x"]
    )
    func originAccepted(origin: String) {
        #expect(ServeOptions.isOrigin(origin))
    }

    @Test(
        "--cors-origins refuses what is not an origin",
        arguments: [
            "https://a.example/", "https://a.example/path", "a.example", "https://", "https://a.example:0", "https://a.example:65536",
            "https://a.example:", "https://user@a.example", "https://a.example?q", "*", "1https://a", "https://[not-v6]",
            "https://[10.0.0.1]",
        ])
    func originRefused(origin: String) {
        #expect(!ServeOptions.isOrigin(origin))
    }

    @Test("list options refuse empty lists and empty entries, and --trust-proxy is parsed into blocks once")
    func lists() throws {
        for text in ["", ",", " ", "127.0.0.1,,10.0.0.0/8", "127.0.0.1,"] {
            #expect(throws: UsageError.self) { try ServeOptions.parse(["--trust-proxy", text], environment: [:]) }
            #expect(throws: UsageError.self) { try ServeOptions.parse(["--cors-origins", text], environment: [:]) }
        }
        let options = try ServeOptions.parse(["--trust-proxy", "127.0.0.1, 10.1.2.3/8"], environment: [:])
        #expect(options.trustProxy.map(\.description) == ["127.0.0.1/32", "10.0.0.0/8"])
    }
}
