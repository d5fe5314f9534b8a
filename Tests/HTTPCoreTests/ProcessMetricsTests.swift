import Glibc
import Testing

@testable import HTTPCore

@Suite("Process metrics read from /proc/self")
struct ProcessMetricsTests {
    @Test("a stat line's fields are counted from the last parenthesis, so a name with spaces and ) parses")
    func statFieldsAfterTheName() throws {
        // Fields 3..24 after the name; utime (14) = 1111, stime (15) = 222, rss (24) = 3333.
        let after =
            ["S", "1", "1", "1", "0", "-1", "4194560", "10", "0", "0", "0", "1111", "222"]
            + ["0", "0", "20", "0", "3", "0", "500", "123456789", "3333", "18446744073709551615"]
        for name in ["(explainer-server)", "(a b) c)", "(x)"] {
            let line = "4242 \(name) " + after.joined(separator: " ") + "\n"
            let fields = try #require(ProcessMetrics.statFields(line), "\(name)")
            #expect(fields.user == "1111" && fields.system == "222" && fields.residentPages == "3333", "\(name)")
        }
        #expect(ProcessMetrics.statFields("4242 (cut) S 1 2") == nil)
        #expect(ProcessMetrics.statFields("no parenthesis") == nil)
    }

    @Test("a reading of this process: CPU spent, memory resident, descriptors open and their limit")
    func currentReading() throws {
        var spin = 0.0
        for i in 0..<2_000_000 { spin += Double(i).squareRoot() }
        #expect(spin > 0)
        let reading = ProcessMetrics.current()
        #expect(try #require(reading.cpuSeconds) > 0)
        #expect(try #require(reading.residentBytes) > 1 << 20)
        let open = try #require(reading.openDescriptors)
        #expect(open >= 3)
        var limit = rlimit()
        #expect(getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0)
        if limit.rlim_cur != rlim_t.max {
            #expect(reading.maxDescriptors == Int(limit.rlim_cur))
            #expect(open <= Int(limit.rlim_cur))
        }
    }
}
