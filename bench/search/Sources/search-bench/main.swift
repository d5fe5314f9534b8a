// Search latency over real and synthetic content, in process. See bench/README.md, "Search".
//
// usage: search-bench --queries FILE CONTENT_DIR [CONTENT_DIR...]
//   FILE holds one query per line (run.sh extracts the relevance set from the tests).
// For each folder: load it, time the index build (median of several), then run every query
// many times in a shuffled order and report p50/p99/max of single-query latency.
import ExplainerContent
import Foundation

/// Wall-clock nanoseconds from a monotonic clock.
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// This thread's CPU time in nanoseconds: unlike wall time, it does not count the time the thread
/// waited for a core, which on a shared 2-core machine dominates the tail.
func cpuNow() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// The value at quantile q of sorted samples (nearest rank).
func quantile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
    sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
}

func microseconds(_ nanoseconds: UInt64) -> String { String(format: "%.1f", Double(nanoseconds) / 1000) }
func milliseconds(_ nanoseconds: UInt64) -> String { String(format: "%.1f", Double(nanoseconds) / 1_000_000) }

var arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3, arguments[0] == "--queries" else {
    FileHandle.standardError.write("usage: search-bench --queries FILE CONTENT_DIR...\n".data(using: .utf8)!)
    exit(2)
}
let queries = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n").map(String.init)
let requests = try queries.map { try SearchRequest(query: $0) }
let folders = arguments.dropFirst(2)

print(
    "| content | documents | terms | index build (ms, median) | queries × rounds | p50 (µs) | p99 (µs) | max (µs) "
        + "| CPU p50 (µs) | CPU p99 (µs) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for folder in folders {
    guard case .success(let content) = ContentLoader.load(directory: folder) else {
        FileHandle.standardError.write("cannot load \(folder)\n".data(using: .utf8)!)
        exit(1)
    }
    let documents = SearchIndex.documents(for: content).count
    let builds = documents > 100_000 ? 3 : (documents > 10_000 ? 5 : 21)
    var buildTimes: [UInt64] = []
    var index: SearchIndex?
    for _ in 0..<builds {
        let start = now()
        index = SearchIndex(content: content)
        buildTimes.append(now() - start)
    }
    guard let index else { exit(1) }
    // Warm up, then measure each query alone, many rounds, in a varying order.
    for request in requests { _ = index.search(request) }
    let rounds = documents > 10_000 ? 20 : 200
    var samples: [UInt64] = []
    var cpuSamples: [UInt64] = []
    samples.reserveCapacity(rounds * requests.count)
    cpuSamples.reserveCapacity(rounds * requests.count)
    var generator = SystemRandomNumberGenerator()
    var checksum = 0
    for _ in 0..<rounds {
        for request in requests.shuffled(using: &generator) {
            let start = now()
            let cpuStart = cpuNow()
            let response = index.search(request)
            cpuSamples.append(cpuNow() - cpuStart)
            samples.append(now() - start)
            checksum &+= response.hits.count
        }
    }
    samples.sort()
    cpuSamples.sort()
    buildTimes.sort()
    let name = URL(fileURLWithPath: folder).lastPathComponent
    print(
        "| \(name) | \(documents) | \(index.termCount) | \(milliseconds(buildTimes[buildTimes.count / 2])) | "
            + "\(requests.count) × \(rounds) | \(microseconds(quantile(samples, 0.5))) | "
            + "\(microseconds(quantile(samples, 0.99))) | \(microseconds(samples.last!)) | "
            + "\(microseconds(quantile(cpuSamples, 0.5))) | \(microseconds(quantile(cpuSamples, 0.99))) |")
    if checksum == 0 { print("(no query found anything)") }
}
