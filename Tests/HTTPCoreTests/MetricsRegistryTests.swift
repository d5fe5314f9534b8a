import HTTPCore
import Testing

@Suite("Prometheus metrics registry")
struct MetricsRegistryTests {
    @Test("a counter sums its increments per label set and renders HELP, TYPE and sorted samples")
    func counterRendersPerLabelSet() {
        let r = MetricsRegistry()
        r.register(.counter, "requests_total", help: "Requests.", labels: ["route", "status"])
        r.add("requests_total", labels: ["/b", "200"])
        r.add("requests_total", labels: ["/a", "404"])
        r.add("requests_total", 2, labels: ["/b", "200"])
        #expect(r.value("requests_total", labels: ["/b", "200"]) == 3)
        let lines = r.render().split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "# HELP requests_total Requests.",
                "# TYPE requests_total counter",
                #"requests_total{route="/a",status="404"} 1"#,
                #"requests_total{route="/b",status="200"} 3"#,
            ])
    }

    @Test("a histogram renders cumulative buckets, +Inf, sum and count")
    func histogramIsCumulative() {
        let r = MetricsRegistry()
        r.register(.histogram, "latency_seconds", help: "Latency.", buckets: [0.1, 1])
        for v in [0.05, 0.1, 0.5, 3.0] { r.observe("latency_seconds", v) }
        let text = r.render()
        #expect(text.contains(#"latency_seconds_bucket{le="0.1"} 2"#))
        #expect(text.contains(#"latency_seconds_bucket{le="1"} 3"#))
        #expect(text.contains(#"latency_seconds_bucket{le="+Inf"} 4"#))
        #expect(text.contains("latency_seconds_sum 3.65"))
        #expect(text.contains("latency_seconds_count 4"))
    }

    @Test("label values escape backslash, quote and newline; HELP escapes backslash and newline")
    func escaping() {
        let r = MetricsRegistry()
        r.register(.gauge, "info", help: "a\\b\nc", labels: ["v"])
        r.set("info", 1, labels: ["x\"y\\z\nw"])
        let text = r.render()
        #expect(text.contains(#"# HELP info a\\b\nc"#))
        #expect(text.contains(#"info{v="x\"y\\z\nw"} 1"#))
    }

    @Test("an unregistered name or a wrong label count is ignored, not a crash")
    func misuseIsIgnored() {
        let r = MetricsRegistry()
        r.register(.counter, "c_total", help: "C.", labels: ["a"])
        r.add("nope_total")
        r.add("c_total", labels: [])
        #expect(r.value("c_total", labels: []) == nil)
        #expect(r.value("nope_total") == nil)
    }

    @Test("server metrics count requests, bytes, 429s and connections")
    func serverMetricsEvents() {
        let m = ServerMetrics()
        m.connectionOpened()
        m.connectionOpened()
        m.connectionClosed()
        m.requestCompleted(route: "/v1/sections/{id}", method: "GET", status: 200, bytes: 1500, seconds: 0.0003)
        m.requestCompleted(route: "unmatched", method: "GET", status: 429, bytes: 200, seconds: 0.00001)
        let r = m.registry
        #expect(r.value("http_open_connections") == 1)
        #expect(r.value("http_connections_total") == 2)
        #expect(r.value("http_response_bytes_total") == 1700)
        #expect(r.value("http_rate_limited_total") == 1)
        #expect(r.value("http_request_duration_seconds", labels: ["/v1/sections/{id}"]) == 1)
    }

    @Test("updates from many threads at once are all counted")
    func concurrentUpdates() async {
        let m = ServerMetrics()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<1000 { m.requestCompleted(route: "/", method: "GET", status: 200, bytes: 1, seconds: 0.001) }
                }
            }
        }
        #expect(m.registry.value("http_requests_total", labels: ["/", "GET", "200"]) == 8000)
    }

    @Test("a namespace prefixes every family but the standard ones, which code still names as registered")
    func namespace() {
        let r = MetricsRegistry(namespace: "app")
        r.register(.counter, "requests_total", help: "Requests.")
        r.register(.gauge, "process_open_fds", help: "Open descriptors.", prefixed: false)
        r.add("requests_total", 2)
        r.set("process_open_fds", 7)
        #expect(r.value("requests_total") == 2)
        let lines = r.render().split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "# HELP app_requests_total Requests.", "# TYPE app_requests_total counter", "app_requests_total 2",
                "# HELP process_open_fds Open descriptors.", "# TYPE process_open_fds gauge", "process_open_fds 7",
            ])
        #expect(r.exposedName("requests_total") == "app_requests_total")
        #expect(MetricsRegistry().exposedName("requests_total") == "requests_total")
    }

    @Test("server metrics take the namespace; the five process metrics stay unprefixed and are read at each scrape")
    func serverMetricsNamespace() {
        let text = ServerMetrics(namespace: "app", startTime: 1000).render()
        let families = text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { String($0.split(separator: " ")[2]) }
        let process = [
            "process_cpu_seconds_total", "process_resident_memory_bytes", "process_open_fds", "process_max_fds",
            "process_start_time_seconds",
        ]
        #expect(Set(process).isSubset(of: Set(families)))
        #expect(families.filter { !process.contains($0) }.allSatisfy { $0.hasPrefix("app_") })
        #expect(families.contains("app_http_requests_total"))
        #expect(text.contains("\nprocess_start_time_seconds 1000\n"))
        for name in process.dropLast() {
            let line = text.split(separator: "\n").first { $0.hasPrefix(name + " ") }
            #expect(line != nil, "\(name) has a sample")
        }
    }
}
