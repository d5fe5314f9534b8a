// Crisis detector latency, in process: every message of the given JSON Lines sets assessed many
// times in a shuffled order; per-message p50/p99/max, wall and CPU, beside a peer measured in the
// same run (a search of the same text as a query over the real content, the path the detector
// runs on). A benchmark, not a test: it asserts nothing. See bench/README.md, "Crisis detector".
//
// usage: crisis-bench CONTENT_DIR SET.jsonl [SET.jsonl...]
import ExplainerContent
import Foundation

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// This thread's CPU time: unlike wall time it leaves out waiting for a core on a shared machine.
func cpuNow() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

func quantile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
    sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
}

func microseconds(_ nanoseconds: UInt64) -> String { String(format: "%.1f", Double(nanoseconds) / 1000) }

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: crisis-bench CONTENT_DIR SET.jsonl...\n".utf8))
    exit(2)
}
guard case .success(let content) = ContentLoader.load(directory: arguments[0]) else {
    FileHandle.standardError.write(Data("content does not load\n".utf8))
    exit(1)
}
let index = SearchIndex(content: content)
let detector = CrisisDetector()
let rounds = Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "") ?? 50

print(
    "| set | messages × rounds | detector p50 (µs) | p99 (µs) | max (µs) | CPU p50 | CPU p99 | search p50 (µs) "
        + "| detector / search (p50) |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for file in arguments.dropFirst() {
    let texts = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["text"] as? String
    }
    let requests = texts.map { try? SearchRequest(query: $0) }
    var order = Array(texts.indices)
    var wall: [UInt64] = []
    var cpu: [UInt64] = []
    var search: [UInt64] = []
    var levels = 0
    for _ in 0..<3 { for text in texts { levels &+= detector.assess(text).reasons.count } }
    for _ in 0..<rounds {
        order.shuffle()
        for slot in order {
            let start = now()
            let cpuStart = cpuNow()
            levels &+= detector.assess(texts[slot]).reasons.count
            cpu.append(cpuNow() - cpuStart)
            wall.append(now() - start)
            if let request = requests[slot] {
                let searchStart = now()
                levels &+= index.search(request).hits.count
                search.append(now() - searchStart)
            }
        }
    }
    wall.sort()
    cpu.sort()
    search.sort()
    let name = URL(fileURLWithPath: file).lastPathComponent
    let ratio = Double(quantile(wall, 0.5)) / Double(max(1, quantile(search, 0.5)))
    print(
        "| \(name) | \(texts.count) × \(rounds) | \(microseconds(quantile(wall, 0.5))) | \(microseconds(quantile(wall, 0.99))) "
            + "| \(microseconds(wall.last ?? 0)) | \(microseconds(quantile(cpu, 0.5))) | \(microseconds(quantile(cpu, 0.99))) "
            + "| \(microseconds(quantile(search, 0.5))) | \(String(format: "%.2f", ratio)) |")
    if levels == 42 { print("") }
}
