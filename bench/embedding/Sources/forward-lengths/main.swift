// forward-lengths: CPU time (this thread's, CLOCK_THREAD_CPUTIME_ID, so other processes' load moves it
// far less than wall time) of SentenceEncoder's forward pass by token count, and of the tokenizer, for
// the query lengths hybrid search sees. Prints one JSON object: per length the median and p90 of ROUNDS
// samples in milliseconds, taken round-robin over the lengths so that a burst of load spreads over all.
//   forward-lengths MODEL_DIR ROUNDS [LENGTH ...]     (default lengths 8 16 24 32 48)
import Foundation
import Glibc
import SentenceEmbedding

func threadCPUMilliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1e3 + Double(now.tv_nsec) / 1e6
}

func quantile(_ values: [Double], _ q: Double) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(q * Double(sorted.count)))]
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let rounds = Int(arguments[2]), (1...10_000).contains(rounds) else {
    FileHandle.standardError.write(Data("usage: forward-lengths MODEL_DIR ROUNDS(1...10000) [LENGTH ...]\n".utf8))
    exit(2)
}
let lengths = arguments.count > 3 ? arguments[3...].compactMap { Int($0) } : [8, 16, 24, 32, 48]
let encoder: SentenceEncoder
do {
    encoder = try SentenceEncoder(modelDirectory: arguments[1])
} catch {
    FileHandle.standardError.write(Data("forward-lengths: \(error)\n".utf8))
    exit(1)
}
// Real word pieces: the question a reader might type, repeated until long enough, then cut to each length.
let question = "why do people hurt themselves when they feel overwhelmed and how can a friend help them feel safer"
let words = encoder.tokenize(Array(repeating: question, count: 16).joined(separator: " ")).dropFirst().dropLast()
let texts = lengths.map { Array(repeating: question, count: max(1, $0 / 8)).joined(separator: " ") }
let idsByLength = lengths.map { [101] + Array(words.prefix($0 - 2)) + [102] as [Int32] }
var forward = [[Double]](repeating: [], count: lengths.count)
var tokenizer = [[Double]](repeating: [], count: lengths.count)
for ids in idsByLength { _ = encoder.encode(tokens: ids) }  // warm-up: page the weights in
for _ in 0..<rounds {
    for (place, ids) in idsByLength.enumerated() {
        let start = threadCPUMilliseconds()
        _ = encoder.encode(tokens: ids)
        let middle = threadCPUMilliseconds()
        _ = encoder.tokenize(texts[place])
        forward[place].append(middle - start)
        tokenizer[place].append(threadCPUMilliseconds() - middle)
    }
}
var report: [String: Any] = ["blas_core": SentenceEncoder.blasCoreName, "rounds": rounds]
report["forward_cpu_ms"] = Dictionary(
    uniqueKeysWithValues: zip(lengths, forward).map { ("\($0.0)", ["p50": quantile($0.1, 0.5), "p90": quantile($0.1, 0.9)]) })
report["tokenizer_cpu_ms"] = Dictionary(
    uniqueKeysWithValues: zip(lengths, tokenizer).map { ("\($0.0)", ["p50": quantile($0.1, 0.5)]) })
let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
