import Dispatch
import HTTPTesting
import Testing

@Suite("withTimeout, the live tests' guard")
struct WithTimeoutTests {
    @Test("a body that outlives its limit fails with TimeoutError while it still blocks its thread")
    func firesOnABlockedBody() async {
        let gate = DispatchSemaphore(value: 0)
        // The body cannot end before the gate opens, so a TimeoutError here was thrown while it was blocked.
        await #expect(throws: TimeoutError.self) {
            try await withTimeout(.milliseconds(200)) { _ = gate.wait(timeout: .now() + 30) }
        }
        gate.signal()
    }

    @Test("a body that finishes in time returns its value")
    func returnsTheValue() async throws {
        #expect(try await withTimeout(.seconds(10)) { 42 } == 42)
    }
}
