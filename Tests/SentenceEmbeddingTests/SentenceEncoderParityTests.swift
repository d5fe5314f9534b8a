import SentenceEmbedding
import Testing

/// The Swift encoder against sentence-transformers itself, on the committed fixture's texts.
@Suite(.enabled(if: ModelFiles.shouldRun, ModelFiles.skipReason))
struct SentenceEncoderParityTests {
    let encoder: SentenceEncoder
    let fixture: ParityFixture

    init() throws {
        encoder = try ModelFiles.shared.get()
        fixture = try ParityFixture.load()
    }

    @Test func fixtureWasMadeFromTheWeightsBeingLoaded() {
        #expect(fixture.modelSHA256 == encoder.modelSHA256)
        #expect(encoder.modelSHA256 == SentenceEncoder.referenceModelSHA256)
        #expect(fixture.cases.count >= 200)
    }

    @Test func tokenIdsAreIdenticalToSentenceTransformersOnEveryText() {
        var mismatches = 0
        for reference in fixture.cases {
            let ids = encoder.tokenize(reference.text)
            if ids != reference.ids {
                mismatches += 1
                Issue.record("ids differ for \(String(reference.text.debugDescription.prefix(80))): \(ids) vs \(reference.ids)")
            }
        }
        #expect(mismatches == 0)
    }

    @Test func vectorsHaveCosineAtLeast0_9999WithSentenceTransformersOnEveryText() {
        var worst: Float = 1
        for reference in fixture.cases {
            let vector = encoder.encode(reference.text)
            #expect(vector.count == SentenceEncoder.dimension)
            let cosine = Self.cosine(vector, reference.vector)
            worst = min(worst, cosine)
            if cosine < 0.9999 {
                Issue.record("cosine \(cosine) for \(String(reference.text.debugDescription.prefix(80)))")
            }
        }
        #expect(worst >= 0.9999)
    }

    @Test func vectorsAreUnitLength() {
        for text in ["why do people self-harm", "", String(repeating: "relief ", count: 400)] {
            let vector = encoder.encode(text)
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(norm - 1) < 1e-5)
        }
    }

    @Test func textPastTheCutIsIgnored() {
        let head = String(repeating: "feelings ", count: 300)
        #expect(encoder.tokenize(head).count == SentenceEncoder.maximumTokens)
        #expect(encoder.encode(head) == encoder.encode(head + "a completely different ending about weather"))
    }

    @Test func runWithoutSpacesPastTheReadLimitIsOneUnknownToken() {
        // 2^20 scalars are read; the word after the run is past them and is not seen.
        let run = String(repeating: "x", count: (1 << 20) + 10) + " hello"
        #expect(encoder.tokenize(run) == [101, 100, 102])
        #expect(encoder.tokenize(String(repeating: "x", count: 1000) + " hello") == [101, 100, 7592, 102])
    }

    @Test func oneEncoderSharedByFourThreadsGivesTheSameVectorsAsOne() async {
        let texts = Array(fixture.cases.prefix(40).map(\.text))
        let shared = encoder
        let sequential = texts.map { shared.encode($0) }
        let concurrent = await withTaskGroup(of: [(Int, [Float])].self) { group in
            for worker in 0..<4 {
                group.addTask {
                    stride(from: worker, to: texts.count, by: 4).map { ($0, shared.encode(texts[$0])) }
                }
            }
            var results: [Int: [Float]] = [:]
            for await batch in group {
                for (index, vector) in batch { results[index] = vector }
            }
            return results
        }
        #expect(concurrent.count == texts.count)
        for (index, vector) in concurrent {
            #expect(vector == sequential[index], "text \(index)")
        }
    }

    static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        var dot: Double = 0
        var aa: Double = 0
        var bb: Double = 0
        for index in a.indices {
            dot += Double(a[index]) * Double(b[index])
            aa += Double(a[index]) * Double(a[index])
            bb += Double(b[index]) * Double(b[index])
        }
        return Float(dot / (aa.squareRoot() * bb.squareRoot()))
    }
}
