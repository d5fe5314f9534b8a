import Dispatch
import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPTesting
import Synchronization

/// The real content served with the real sentence-embedding model, for the hybrid `/v1/search` tests.
///
/// The model lives in the ignored `Models/` (`scripts/fetch-model.sh`); without it these tests are
/// skipped, except under `CI=true`, where they run and fail on the missing model.
enum HybridAPIFixture {
    /// `Models/all-MiniLM-L6-v2` in the package.
    static let modelDirectory = APIFixture.packageRoot + "/Models/all-MiniLM-L6-v2"

    /// Run when the model is present, or when CI requires it.
    static let shouldRun =
        FileManager.default.fileExists(atPath: modelDirectory + "/model.safetensors")
        || ProcessInfo.processInfo.environment["CI"] == "true"

    /// The model, each distinct text embedded once per process (a debug forward pass is slow, and
    /// every app below embeds the same 88 document texts); nil when it does not load.
    static let embedding: MemoizedEmbedding? = (try? EncoderEmbedding.load(modelDirectory: modelDirectory)).map(MemoizedEmbedding.init)

    /// An app with hybrid search on `workers` threads and a queue of `queueLimit`, its model layers
    /// reading `contentDirectory` (the real `Content/` by default), cached queries answered on the
    /// loop up to `loopScanLimit` pairs; `model` wraps the model (a gate, say). Nil without the model.
    static func app(
        workers: Int = 2, queueLimit: Int = 64, contentDirectory: String = APIFixture.packageRoot + "/Content",
        loopScanLimit: Int = SemanticSearch.defaultLoopScanLimit, model: ((any TextEmbedding) -> any TextEmbedding)? = nil
    ) -> ExplainerApp? {
        guard let embedding else { return nil }
        let semantic = SemanticSearch(
            embedding: model?(embedding) ?? embedding, modelName: "all-MiniLM-L6-v2", contentDirectory: contentDirectory,
            workers: workers, queueLimit: queueLimit, loopScanLimit: loopScanLimit)
        return ExplainerApp(index: APIFixture.index, semantic: semantic)
    }

    /// The default hybrid app (2 workers, queue 64), built once.
    static let shared: ExplainerApp? = app()

    /// One GET on a fresh connection to `server`, read whole.
    static func get(_ server: TestServer, _ target: String, headers: String = "") throws -> RawResponse {
        let client = try server.client(timeout: .seconds(30))
        defer { client.close() }
        try client.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\(headers)\r\n")
        return try client.readResponse()
    }

    /// The body as a JSON object.
    static func json(_ response: RawResponse) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else {
            throw APIFixture.FixtureError.notAnObject
        }
        return object
    }
}

/// A `TextEmbedding` that embeds each distinct text once, and counts how often each text is asked for.
final class MemoizedEmbedding: TextEmbedding {
    private let base: any TextEmbedding
    private let memo = Mutex<[String: [Float]]>([:])
    private let asked = Mutex<[String: Int]>([:])

    init(_ base: any TextEmbedding) { self.base = base }

    /// How many times `embed` was called with `text` (memo hits included): the forward passes a
    /// caller without the memo would have paid.
    func calls(for text: String) -> Int { asked.withLock { $0[text] ?? 0 } }

    func embed(_ text: String) -> [Float] {
        asked.withLock { $0[text, default: 0] += 1 }
        if let known = memo.withLock({ $0[text] }) { return known }
        let vector = base.embed(text)
        memo.withLock { $0[text] = vector }
        return vector
    }

    var modelID: String { base.modelID }
    var dimension: Int { base.dimension }
}

/// The real model behind a gate: a text holding `marker` waits in `embed` until `open()`, so a test
/// can hold the pool's one worker busy for as long as it needs, without guessing at timings.
final class GatedEmbedding: TextEmbedding {
    static let marker = "gatekeeper"
    private let base: any TextEmbedding
    private let entered = DispatchSemaphore(value: 0)
    private let gate = DispatchSemaphore(value: 0)

    init(_ base: any TextEmbedding) { self.base = base }

    /// Waits until a gated text is in `embed` (the worker is held); false after `seconds`.
    func awaitHeld(seconds: Double) -> Bool { entered.wait(timeout: .now() + seconds) == .success }

    /// Lets the held text through.
    func open() { gate.signal() }

    func embed(_ text: String) -> [Float] {
        if text.contains(Self.marker) {
            entered.signal()
            gate.wait()
        }
        return base.embed(text)
    }

    var modelID: String { base.modelID }
    var dimension: Int { base.dimension }
}
