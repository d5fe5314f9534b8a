// embedding-bench: times SentenceEncoder.encode on the texts of a JSON file and reports the memory the
// model adds. Prints one JSON object on stdout: per bucket the median milliseconds and token counts, and
// VmRSS/RssFile/RssAnon before loading, after loading and after encoding.
//   embedding-bench MODEL_DIR TEXTS.json ROUNDS
import Foundation
import SentenceEmbedding

struct Item: Decodable {
    let bucket: String
    let text: String
}

/// VmRSS, RssAnon and RssFile from /proc/self/status, in KiB.
func residentKiB() -> [String: Int] {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    var result: [String: Int] = [:]
    for line in status.split(separator: "\n") {
        let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
        if parts.count >= 2, ["VmRSS", "RssAnon", "RssFile"].contains(String(parts[0])) {
            result[String(parts[0])] = Int(parts[1])
        }
    }
    return result
}

func nowNanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

let arguments = CommandLine.arguments
guard arguments.count == 4, let rounds = Int(arguments[3]), (1...1000).contains(rounds) else {
    FileHandle.standardError.write(Data("usage: embedding-bench MODEL_DIR TEXTS.json ROUNDS(1...1000)\n".utf8))
    exit(2)
}
let items = try JSONDecoder().decode([Item].self, from: Data(contentsOf: URL(fileURLWithPath: arguments[2])))
let beforeLoad = residentKiB()
let loadStart = nowNanoseconds()
let encoder: SentenceEncoder
do {
    encoder = try SentenceEncoder(modelDirectory: arguments[1])
} catch {
    FileHandle.standardError.write(Data("embedding-bench: \(error)\n".utf8))
    exit(1)
}
let loadMilliseconds = Double(nowNanoseconds() - loadStart) / 1e6
let afterLoad = residentKiB()
var afterFew: [String: Int] = [:]
var samples: [String: [Double]] = [:]
var forwardSamples: [String: [Double]] = [:]
var tokens: [String: [Int]] = [:]
for (position, item) in items.enumerated() {
    let ids = encoder.tokenize(item.text)
    tokens[item.bucket, default: []].append(ids.count)
    _ = encoder.encode(item.text)  // warm-up: page in the rows this text touches
    for _ in 0..<rounds {
        let start = nowNanoseconds()
        _ = encoder.encode(item.text)
        samples[item.bucket, default: []].append(Double(nowNanoseconds() - start) / 1e6)
        let forwardStart = nowNanoseconds()
        _ = encoder.encode(tokens: ids)
        forwardSamples[item.bucket, default: []].append(Double(nowNanoseconds() - forwardStart) / 1e6)
    }
    if position == 4 { afterFew = residentKiB() }
}
let afterAll = residentKiB()

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}
var buckets: [String: Any] = [:]
for (bucket, values) in samples {
    buckets[bucket] = [
        "median_ms": median(values), "forward_median_ms": median(forwardSamples[bucket] ?? []),
        "tokens": tokens[bucket] ?? [], "samples": values.count,
    ]
}
let report: [String: Any] = [
    "buckets": buckets, "load_ms": loadMilliseconds, "blas_core": SentenceEncoder.blasCoreName, "model_sha256": encoder.modelSHA256,
    "rss_kib": ["before_load": beforeLoad, "after_load": afterLoad, "after_5_texts": afterFew, "after_all": afterAll],
]
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
