import ExplainerContent
import Synchronization
import Testing

/// The stoppable start of the crisis model layer: a server shutting down while the exemplars are
/// embedded waits for one forward pass, not for the whole bank.
@Suite struct CrisisExemplarStopTests {
    /// Answers one fixed unit vector and counts how often it was asked.
    final class CountingEmbedding: TextEmbedding {
        let calls = Mutex(0)
        let modelID = "counting"
        let dimension = 2

        func embed(_ text: String) -> [Float] {
            calls.withLock { $0 += 1 }
            return [1, 0]
        }
    }

    @Test func stoppingEndsTheEmbeddingBeforeTheNextExemplar() throws {
        let bank = try CrisisExemplarBank.load(path: PackagePaths.content + "/crisis-exemplars.json")
        #expect(bank.exemplars.count > 3)
        let embedding = CountingEmbedding()
        let model = CrisisExemplarSimilarity(
            bank: bank, embedder: embedding, modelName: "counting", stopped: { embedding.calls.withLock { $0 } >= 3 })
        #expect(model == nil)
        #expect(embedding.calls.withLock { $0 } == 3)
    }

    @Test func neverStoppedEmbedsEveryExemplarOnce() throws {
        let bank = try CrisisExemplarBank.load(path: PackagePaths.content + "/crisis-exemplars.json")
        let embedding = CountingEmbedding()
        let model = CrisisExemplarSimilarity(bank: bank, embedder: embedding, modelName: "counting", stopped: { false })
        #expect(model != nil)
        #expect(embedding.calls.withLock { $0 } == bank.exemplars.count)
        #expect(model?.modelVersion == "counting/exemplars-\(bank.exemplars.count)")
    }
}
