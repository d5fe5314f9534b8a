import HTTPCore
import Testing

@Suite("ConnectionState while an event stream is written, with a made-up clock")
struct EventStreamStateTests {
    static func s(_ seconds: Double) -> Int64 { Int64(seconds * 1_000_000_000) }
    let policy = ConnectionState.Policy(
        timeouts: Timeouts(header: .seconds(10), body: .seconds(5), idle: .seconds(60), write: .seconds(30), lingeringClose: .seconds(2)),
        limits: Limits(outboundBytes: 1000))
    let beat = s(15)

    func step<T>(_ transition: () -> T) -> T { transition() }

    /// A connection whose request at 0 was answered with an event stream, its head written at once.
    func streaming() -> ConnectionState {
        var state = ConnectionState(acceptedAt: 0)
        _ = state.requestReceived(wantsKeepAlive: true, now: 0)
        state.streamStarted(heartbeat: beat, now: 0)
        _ = state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy)
        return state
    }

    @Test("a stream answers nothing more, reads only to see the client leave, and discards what it reads")
    func answersNothing() {
        let state = streaming()
        #expect(state.isStreaming)
        #expect(!state.answersRequests)
        #expect(state.wantsInput)
        #expect(state.discardsInput)
    }

    @Test("a quiet stream sends a heartbeat once per interval, and none past the idle or header timeouts' end")
    func heartbeat() {
        var state = streaming()
        #expect(step { state.check(at: Self.s(14.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(15), unsentBytes: 0, policy: policy) } == .sendHeartbeat)
        #expect(step { state.check(at: Self.s(29.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(30), unsentBytes: 0, policy: policy) } == .sendHeartbeat)
        // Far past the idle timeout (60 s): a stream is not idle, it is never closed for it.
        #expect(step { state.check(at: Self.s(120), unsentBytes: 0, policy: policy) } == .sendHeartbeat)
        #expect(state.isStreaming)
    }

    @Test("an event resets the heartbeat: the comment goes out only after a whole quiet interval")
    func eventResetsHeartbeat() {
        var state = streaming()
        #expect(step { state.streamQueued(queuedBytes: 40, limit: 1000, now: Self.s(10)) } == .none)
        _ = state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: Self.s(10), policy: policy)
        #expect(step { state.check(at: Self.s(24.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(25), unsentBytes: 0, policy: policy) } == .sendHeartbeat)
    }

    @Test("queued stream bytes at the bound are kept; one byte past it closes the slow reader")
    func slowReaderBound() {
        var state = streaming()
        #expect(step { state.streamQueued(queuedBytes: 1000, limit: 1000, now: Self.s(1)) } == .none)
        #expect(state.isStreaming)
        #expect(step { state.streamQueued(queuedBytes: 1001, limit: 1000, now: Self.s(2)) } == .close)
        #expect(state == .closed)
    }

    @Test("a stream whose output makes no progress for the write timeout is closed, heartbeat or not")
    func stalledReader() {
        var state = streaming()
        #expect(step { state.streamQueued(queuedBytes: 500, limit: 1000, now: Self.s(1)) } == .none)
        _ = state.outputWritten(remaining: 500, progressed: false, unreadInput: false, now: Self.s(1), policy: policy)
        // Pending output: no heartbeat is added to it.
        #expect(step { state.check(at: Self.s(20), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(31), unsentBytes: 0, policy: policy) } == .close)
    }

    @Test("the client's close ends the stream at once")
    func clientCloses() {
        var state = streaming()
        #expect(step { state.inputEnded() } == .close)
        #expect(state == .closed)
    }

    @Test("a drain ends the stream, then the connection closes once the kernel delivered its end")
    func drain() {
        var state = streaming()
        #expect(step { state.beginDrain(now: Self.s(5), policy: policy) } == .endStream)
        #expect(!state.isStreaming && !state.answersRequests)
        let action = state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: Self.s(5), policy: policy)
        #expect(action == .shutdownAndLinger)
        #expect(state.isLingering)
    }

    @Test("the application's end of the stream closes the connection after its last bytes")
    func applicationEnds() {
        var state = streaming()
        state.streamEnded(now: Self.s(3))
        #expect(step { state.outputWritten(remaining: 10, progressed: true, unreadInput: false, now: Self.s(3), policy: policy) } == .none)
        #expect(
            step { state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: Self.s(3), policy: policy) }
                == .shutdownAndLinger)
    }

    @Test("a stream started behind pipelined output waits its turn: the stall clock runs from the head")
    func startsBehindOutput() {
        var state = ConnectionState(acceptedAt: 0)
        _ = state.requestReceived(wantsKeepAlive: true, now: 0)
        state.responseQueued(keepAlive: true, queuedBytes: 300, now: 0, policy: policy)
        _ = state.requestReceived(wantsKeepAlive: true, now: Self.s(1))
        state.streamStarted(heartbeat: beat, now: Self.s(1))
        #expect(state.isStreaming)
        #expect(step { state.check(at: Self.s(29), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(30), unsentBytes: 0, policy: policy) } == .close)
    }
}
