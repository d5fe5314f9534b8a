// What the lexical classifier's trainer reads: for every message of the given JSON Lines sets, its
// label, the rules' verdict alone (level, reasons, medical emergency, language understood) and the
// classifier's features (`CrisisClassifierFeatures`), one JSON object a line on stdout. Used by
// scripts/train-crisis-classifier.py, so the trainer learns from exactly the features the server reads.
//
// usage: crisis-features SET.jsonl [SET.jsonl...]
import ExplainerContent
import Foundation

let files = Array(CommandLine.arguments.dropFirst())
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("usage: crisis-features SET.jsonl...\n".utf8))
    exit(2)
}
let rules = CrisisDetector(classifier: nil)
var output = Data()
for file in files {
    let set = URL(fileURLWithPath: file).lastPathComponent
    for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = object["text"] as? String
        else { continue }
        let assessment = rules.assess(text)
        let record: [String: Any] = [
            "set": set, "id": object["id"] as? String ?? "", "label": object["label"] as? String ?? "",
            "level": assessment.level.rawValue, "reasons": assessment.reasons, "medical": assessment.medicalEmergency,
            "understood": assessment.languageUnderstood,
            "features": CrisisClassifierFeatures.of(text[...]).sorted(),
        ]
        output.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]))
        output.append(0x0A)
    }
}
FileHandle.standardOutput.write(output)
