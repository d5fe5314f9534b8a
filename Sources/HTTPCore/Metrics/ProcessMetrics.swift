#if canImport(Glibc)
    import Glibc
#endif

/// The standard process metrics every Prometheus exporter shares, read from `/proc/self` at each
/// scrape: CPU time, resident memory, open and allowed file descriptors, and the start time.
///
/// Their names carry no namespace (`process_open_fds`, not `app_process_open_fds`), so the
/// dashboards and alerts written for any exporter work unchanged. A value that cannot be read (no
/// `/proc`, a format this parser does not know) keeps its last reading rather than turning into a
/// made-up zero.
public struct ProcessMetrics: Sendable {
    /// One reading of `/proc/self`; nil where a file could not be read.
    public struct Reading: Sendable, Equatable {
        /// User plus system CPU time, in seconds (`/proc/self/stat` fields 14 and 15).
        public var cpuSeconds: Double?
        /// Resident set size in bytes (`/proc/self/stat` field 24, in pages).
        public var residentBytes: Int?
        /// File descriptors open now (entries of `/proc/self/fd`).
        public var openDescriptors: Int?
        /// The soft limit on open file descriptors (`RLIMIT_NOFILE`, the `Max open files` row of
        /// `/proc/self/limits`); nil when unlimited.
        public var maxDescriptors: Int?
    }

    /// The largest `/proc/self/stat` read: the line is about 300 bytes; a process name is at most 64.
    static let statBytes = 4_096

    /// Registers the five families in `registry`, unprefixed, records `startTime` (seconds since the
    /// Unix epoch, taken when the server's metrics are made, at start-up) and reads the rest before
    /// every scrape.
    public static func register(in registry: MetricsRegistry, startTime: Double) {
        registry.register(
            .counter, "process_cpu_seconds_total", help: "Total user and system CPU time spent in seconds.", prefixed: false)
        registry.register(.gauge, "process_resident_memory_bytes", help: "Resident memory size in bytes.", prefixed: false)
        registry.register(.gauge, "process_open_fds", help: "Number of open file descriptors.", prefixed: false)
        registry.register(.gauge, "process_max_fds", help: "Maximum number of open file descriptors.", prefixed: false)
        registry.register(
            .gauge, "process_start_time_seconds", help: "Start time of the process since the Unix epoch in seconds.", prefixed: false)
        registry.set("process_start_time_seconds", startTime)
        registry.addCollector { registry in
            let reading = current()
            if let cpu = reading.cpuSeconds { registry.set("process_cpu_seconds_total", cpu) }
            if let rss = reading.residentBytes { registry.set("process_resident_memory_bytes", Double(rss)) }
            if let fds = reading.openDescriptors { registry.set("process_open_fds", Double(fds)) }
            if let limit = reading.maxDescriptors { registry.set("process_max_fds", Double(limit)) }
        }
    }

    /// Reads every value now.
    public static func current() -> Reading {
        var reading = Reading()
        if let stat = readSmallFile("/proc/self/stat", limit: statBytes), let fields = statFields(stat) {
            let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
            if ticks > 0, let user = Double(fields.user), let system = Double(fields.system) {
                reading.cpuSeconds = (user + system) / ticks
            }
            if let pages = Int(fields.residentPages) { reading.residentBytes = pages * Int(sysconf(Int32(_SC_PAGESIZE))) }
        }
        reading.openDescriptors = openDescriptors()
        var limit = rlimit()
        // RLIM_INFINITY (all ones) does not import into Swift; rlim_t.max is the same value.
        if getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
            reading.maxDescriptors = Int(clamping: limit.rlim_cur)
        }
        return reading
    }

    /// The utime, stime and rss fields of a `/proc/self/stat` line. The process name (field 2) is in
    /// parentheses and may hold spaces and parentheses itself, so fields are counted from the last `)`.
    static func statFields(_ line: String) -> (user: Substring, system: Substring, residentPages: Substring)? {
        guard let close = line.lastIndex(of: ")") else { return nil }
        // After the name: field 3 (state) is index 0, so field n is index n - 3.
        let rest = line[line.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        guard rest.count > 21 else { return nil }
        return (rest[11], rest[12], rest[21])
    }

    /// Entries of `/proc/self/fd`, not counting the descriptor the listing itself holds open.
    static func openDescriptors() -> Int? {
        guard let dir = opendir("/proc/self/fd") else { return nil }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let first = withUnsafeBytes(of: entry.pointee.d_name) { $0.first ?? 0 }
            if first != UInt8(ascii: ".") { count += 1 }
        }
        return count - 1
    }

    /// At most `limit` bytes of a small file (one `read`, as procfs answers a whole line at once).
    static func readSmallFile(_ path: String, limit: Int) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: limit)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n], as: UTF8.self)
    }
}
