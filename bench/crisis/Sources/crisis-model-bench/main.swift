// The crisis detector's model layer, in process: for every message of the given sets, the rules
// alone, and the model layer's share (one embedding of the message and its comparison with every
// exemplar: CrisisExemplarSimilarity.nearestUrgentExemplar), each timed per message in the same run.
// A benchmark, not a test: it asserts nothing. See bench/README.md, "Crisis detector".
//
// usage: crisis-model-bench CONTENT_DIR MODEL_DIR SET.jsonl [SET.jsonl...]   (MODEL_ROUNDS, default 1)
import ExplainerContent
import Foundation
import SentenceEmbedding

/// The model as the detector's embedding (the server's adapter lives in ExplainerAPI).
struct Embedding: TextEmbedding {
    let encoder: SentenceEncoder
    func embed(_ text: String) -> [Float] { encoder.encode(text) }
    var modelID: String { encoder.modelSHA256 }
    var dimension: Int { SentenceEncoder.dimension }
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

func quantile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
    sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
}

func milliseconds(_ nanoseconds: UInt64) -> String { String(format: "%.3f", Double(nanoseconds) / 1_000_000) }

/// Writes a line at once (unbuffered), so a long run shows each set's row as it is done; Swift 6
/// does not allow `setvbuf(stdout, …)` on the C global.
func emit(_ line: String = "") { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: crisis-model-bench CONTENT_DIR MODEL_DIR SET.jsonl...\n".utf8))
    exit(2)
}
let bank = try CrisisExemplarBank.load(path: arguments[0] + "/crisis-exemplars.json")
let encoder = try SentenceEncoder(modelDirectory: arguments[1])
let loadStart = now()
let similarity = CrisisExemplarSimilarity(bank: bank, embedder: Embedding(encoder: encoder), modelName: "all-MiniLM-L6-v2")
let loadTime = now() - loadStart
let rules = CrisisDetector()
let rounds = Int(ProcessInfo.processInfo.environment["MODEL_ROUNDS"] ?? "") ?? 1
emit("exemplar bank: \(bank.exemplars.count) exemplars embedded in \(milliseconds(loadTime)) ms")
emit("")
emit("| set | messages × rounds | rules p50 (ms) | rules p99 (ms) | model layer p50 (ms) | model p99 (ms) | model / rules (p50) |")
emit("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
var sink = 0
for file in arguments.dropFirst(2) {
    let texts = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["text"] as? String
    }
    var order = Array(texts.indices)
    var rulesTimes: [UInt64] = []
    var modelTimes: [UInt64] = []
    for text in texts.prefix(20) { sink &+= similarity.nearestUrgentExemplar(to: text)?.exemplarID.count ?? 0 }
    for _ in 0..<rounds {
        order.shuffle()
        for slot in order {
            let start = now()
            sink &+= rules.assess(texts[slot]).reasons.count
            let middle = now()
            sink &+= similarity.nearestUrgentExemplar(to: texts[slot])?.exemplarID.count ?? 0
            modelTimes.append(now() - middle)
            rulesTimes.append(middle - start)
        }
    }
    rulesTimes.sort()
    modelTimes.sort()
    let name = URL(fileURLWithPath: file).lastPathComponent
    let ratio = Double(quantile(modelTimes, 0.5)) / Double(max(1, quantile(rulesTimes, 0.5)))
    emit(
        "| \(name) | \(texts.count) × \(rounds) | \(milliseconds(quantile(rulesTimes, 0.5))) | \(milliseconds(quantile(rulesTimes, 0.99))) "
            + "| \(milliseconds(quantile(modelTimes, 0.5))) | \(milliseconds(quantile(modelTimes, 0.99))) | \(String(format: "%.0f", ratio)) |"
    )
}
if sink == 42 { emit("") }
