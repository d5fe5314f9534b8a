import ExplainerAPI
import HTTPCore
import Testing

@Suite("Content metrics")
struct ContentMetricsTests {
    @Test("reset drops an info metric's old label set so only the new version shows")
    func resetReplacesInfo() {
        let server = ServerMetrics(startTime: 1000)
        let m = ContentMetrics(registry: server.registry)
        m.contentServed(version: "aaa", loadSeconds: 0.5, at: 2000)
        m.contentServed(version: "bbb", loadSeconds: 0.25, at: 3000)
        let text = server.render()
        #expect(!text.contains(#"content_info{version="aaa"}"#))
        #expect(text.contains(#"content_info{version="bbb"} 1"#))
        #expect(text.contains("content_load_duration_seconds 0.25"))
        #expect(text.contains("content_loaded_timestamp_seconds 3000"))
        #expect(text.contains("process_start_time_seconds 1000"))
    }

    @Test("reload outcomes are counted from zero, and registering twice changes nothing")
    func reloadOutcomes() {
        let registry = MetricsRegistry()
        let m = ContentMetrics(registry: registry)
        m.contentReloaded(success: false)
        _ = ContentMetrics(registry: registry)
        #expect(registry.value("content_reloads_total", labels: ["failure"]) == 1)
        #expect(registry.value("content_reloads_total", labels: ["success"]) == 0)
    }
}
