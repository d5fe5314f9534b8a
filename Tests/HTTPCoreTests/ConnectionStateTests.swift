import HTTPCore
import Testing

@Suite("ConnectionState with a made-up clock")
struct ConnectionStateTests {
    /// Seconds as the state's nanoseconds.
    static func s(_ seconds: Double) -> Int64 { Int64(seconds * 1_000_000_000) }
    let policy = ConnectionState.Policy(
        timeouts: Timeouts(header: .seconds(10), body: .seconds(5), idle: .seconds(60), write: .seconds(30), lingeringClose: .seconds(2)),
        limits: Limits(outboundBytes: 1000))

    /// Runs a transition, so `#expect` can look at what it returned.
    func step<T>(_ transition: () -> T) -> T { transition() }

    /// A connection that received one keep-alive request at `at` and queued `bytes` of its response.
    func answered(at: Int64 = 0, bytes: Int = 100) -> ConnectionState {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.requestReceived(wantsKeepAlive: true, now: at) })
        state.responseQueued(keepAlive: true, queuedBytes: bytes, now: at, policy: policy)
        return state
    }

    @Test("a connection that sends nothing is closed quietly after the header timeout, counted from accept")
    func silentConnection() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.check(at: Self.s(9.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(10), unsentBytes: 0, policy: policy) } == .close)
        #expect(state == .closed)
    }

    @Test("a first request trickling in is timed from accept, answered 408, then lingers")
    func slowloris() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.parserWaits(at: .head, now: Self.s(8), policy: policy) } == .none)
        #expect(step { state.parserWaits(at: .head, now: Self.s(9), policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(9.99), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(10), unsentBytes: 0, policy: policy) } == .answerTimeoutAndClose)
        state.responseQueued(keepAlive: false, queuedBytes: 200, now: Self.s(10), policy: policy)
        #expect(!state.answersRequests)
        let action = state.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: Self.s(10), policy: policy)
        #expect(action == .shutdownAndLinger)
        #expect(state.wantsInput)
    }

    @Test("a keep-alive connection idles from the end of its response; the next head gets its own header timeout")
    func idleThenHead() {
        var state = answered(at: Self.s(1))
        #expect(step { state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: Self.s(2), policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(61.9), unsentBytes: 0, policy: policy) } == .none)
        var copy = state
        #expect(step { copy.check(at: Self.s(62), unsentBytes: 0, policy: policy) } == .close)
        #expect(step { state.parserWaits(at: .head, now: Self.s(50), policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(59.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(60), unsentBytes: 0, policy: policy) } == .answerTimeoutAndClose)
    }

    @Test("a body has its own timeout, from the end of its head")
    func bodyTimeout() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.parserWaits(at: .body, now: Self.s(1), policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(5.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(6), unsentBytes: 0, policy: policy) } == .answerTimeoutAndClose)
    }

    @Test("a head that times out while a response is still being written closes without a 408")
    func headTimeoutWhileWriting() {
        var state = answered()
        _ = state.outputWritten(remaining: 50, progressed: true, unreadInput: false, now: Self.s(9), policy: policy)
        #expect(step { state.parserWaits(at: .head, now: Self.s(1), policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(11), unsentBytes: 0, policy: policy) } == .close)
    }

    @Test("a client that does not read is closed after the write timeout; progress restarts it")
    func writeTimeout() {
        var state = answered()
        #expect(step { state.outputWritten(remaining: 100, progressed: false, unreadInput: false, now: 0, policy: policy) } == .none)
        #expect(step { state.outputWritten(remaining: 50, progressed: true, unreadInput: false, now: Self.s(20), policy: policy) } == .none)
        #expect(
            step { state.outputWritten(remaining: 50, progressed: false, unreadInput: false, now: Self.s(40), policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(49.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(50), unsentBytes: 0, policy: policy) } == .close)
    }

    @Test("the idle timeout does not run while a response is still being written")
    func idleWaitsForOutput() {
        var state = answered()
        for second in stride(from: 10, through: 100, by: 10) {
            _ = state.outputWritten(remaining: 10, progressed: true, unreadInput: false, now: Self.s(Double(second)), policy: policy)
        }
        #expect(step { state.check(at: Self.s(101), unsentBytes: 0, policy: policy) } == .none)
        _ = state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: Self.s(101), policy: policy)
        #expect(step { state.check(at: Self.s(160.9), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(161), unsentBytes: 0, policy: policy) } == .close)
    }

    @Test("past the threshold requests are held back, with no client timeout, and served once output drains below it")
    func backPressure() {
        var state = answered(bytes: 1000)
        #expect(!state.answersRequests)
        #expect(!state.wantsInput)
        #expect(step { state.check(at: Self.s(29), unsentBytes: 0, policy: policy) } == .none)
        #expect(
            step { state.outputWritten(remaining: 1000, progressed: false, unreadInput: true, now: Self.s(1), policy: policy) } == .none)
        #expect(step { state.outputWritten(remaining: 999, progressed: true, unreadInput: true, now: Self.s(2), policy: policy) } == .serve)
        #expect(state.answersRequests)
        var flushed = answered(bytes: 5000)
        #expect(step { flushed.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: Self.s(1), policy: policy) } == .serve)
        #expect(flushed.answersRequests)
    }

    @Test("Connection: close stops reading; once flushed it closes, or lingers when input is unread")
    func closeAfterResponse() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(!step { state.requestReceived(wantsKeepAlive: false, now: 0) })
        state.responseQueued(keepAlive: false, queuedBytes: 100, now: 0, policy: policy)
        #expect(!state.answersRequests)
        #expect(!state.wantsInput)
        var unread = state
        #expect(step { state.outputWritten(remaining: 40, progressed: true, unreadInput: false, now: 0, policy: policy) } == .none)
        #expect(step { state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy) } == .close)
        #expect(state == .closed)
        #expect(
            step { unread.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: 0, policy: policy) } == .shutdownAndLinger)
    }

    @Test("a refused request is answered last and then lingers")
    func refused() {
        var state = answered()
        state.requestRefused()
        state.responseQueued(keepAlive: false, queuedBytes: 300, now: 0, policy: policy)
        #expect(
            step { state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy) } == .shutdownAndLinger)
    }

    @Test("lingering discards input for its timeout, then closes once the kernel has delivered; a stall closes it")
    func lingering() {
        var state = ConnectionState(acceptedAt: 0)
        state.requestRefused()
        state.responseQueued(keepAlive: false, queuedBytes: 100, now: 0, policy: policy)
        _ = state.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: 0, policy: policy)
        #expect(state.isLingering)
        #expect(step { state.check(at: Self.s(1), unsentBytes: 0, policy: policy) } == .none)
        var delivered = state
        #expect(step { delivered.check(at: Self.s(2), unsentBytes: 0, policy: policy) } == .close)
        #expect(step { state.check(at: Self.s(2), unsentBytes: 5000, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(10), unsentBytes: 4000, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(39.9), unsentBytes: 4000, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(40), unsentBytes: 4000, policy: policy) } == .close)
    }

    @Test("a peer that closes after pipelining gets its whole requests answered, then the close")
    func peerClosed() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.inputEnded() } == .serve)
        #expect(state.answersRequests)
        #expect(!state.wantsInput)
        #expect(step { state.requestReceived(wantsKeepAlive: true, now: 0) })
        state.responseQueued(keepAlive: true, queuedBytes: 100, now: 0, policy: policy)
        #expect(step { state.parserWaits(at: .betweenRequests, now: 0, policy: policy) } == .none)
        #expect(step { state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy) } == .close)
        var idle = ConnectionState(acceptedAt: 0)
        _ = idle.inputEnded()
        #expect(step { idle.parserWaits(at: .head, now: 0, policy: policy) } == .close)
    }

    @Test("an answer that comes later holds the next requests, keeps no client timeout, and resumes on arrival")
    func awaiting() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.requestReceived(wantsKeepAlive: true, now: 0) })
        state.answerDeferred(keepAlive: true, now: 0)
        #expect(!state.answersRequests)
        #expect(!state.wantsInput)
        #expect(step { state.check(at: Self.s(20), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.answerArrived(now: Self.s(20)) } == true)
        #expect(state.answersRequests)
        #expect(step { state.answerArrived(now: Self.s(20)) } == nil)
        var late = ConnectionState(acceptedAt: 0)
        _ = late.requestReceived(wantsKeepAlive: true, now: 0)
        late.answerDeferred(keepAlive: true, now: 0)
        #expect(step { late.check(at: Self.s(30), unsentBytes: 0, policy: policy) } == .close)
        #expect(step { late.answerArrived(now: Self.s(31)) } == nil)
    }

    @Test("a drain closes an idle connection (after delivery), answers a request being read with close")
    func drainIdleAndReading() {
        var idle = answered()
        _ = idle.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy)
        #expect(step { idle.beginDrain(now: Self.s(1), policy: policy) } == .shutdownAndLinger)
        #expect(step { idle.check(at: Self.s(1.5), unsentBytes: 10, policy: policy) } == .none)
        #expect(step { idle.check(at: Self.s(2), unsentBytes: 0, policy: policy) } == .close)
        var reading = ConnectionState(acceptedAt: 0)
        _ = reading.parserWaits(at: .head, now: 0, policy: policy)
        #expect(step { reading.beginDrain(now: 0, policy: policy) } == .none)
        #expect(reading.answersRequests)
        #expect(!step { reading.requestReceived(wantsKeepAlive: true, now: 0) })
        reading.responseQueued(keepAlive: false, queuedBytes: 100, now: 0, policy: policy)
        #expect(
            step { reading.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy) } == .shutdownAndLinger
        )
    }

    @Test("a drain while writing keeps only the response in flight and answers nothing more")
    func drainWhileWriting() {
        var state = answered(bytes: 2000)
        #expect(step { state.beginDrain(now: 0, policy: policy) } == .trimOutput)
        #expect(!state.answersRequests)
        #expect(
            step { state.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: 0, policy: policy) } == .shutdownAndLinger)
    }

    @Test("a drain waits for an awaited answer and closes after it; with earlier output in flight it drops it")
    func drainWhileAwaiting() {
        var state = ConnectionState(acceptedAt: 0)
        _ = state.requestReceived(wantsKeepAlive: true, now: 0)
        state.answerDeferred(keepAlive: true, now: 0)
        #expect(step { state.beginDrain(now: 0, policy: policy) } == .none)
        #expect(step { state.answerArrived(now: Self.s(1)) } == false)
        state.responseQueued(keepAlive: false, queuedBytes: 100, now: Self.s(1), policy: policy)
        #expect(
            step { state.outputWritten(remaining: 0, progressed: true, unreadInput: false, now: 0, policy: policy) } == .shutdownAndLinger)
        var behind = answered()
        _ = behind.requestReceived(wantsKeepAlive: true, now: 0)
        behind.answerDeferred(keepAlive: true, now: 0)
        #expect(step { behind.beginDrain(now: 0, policy: policy) } == .trimOutput)
        #expect(step { behind.answerArrived(now: 0) } == nil)
    }

    @Test("a peer that closes while lingering ends the discarding: the close comes once the kernel has delivered")
    func peerClosesWhileLingering() {
        var state = ConnectionState(acceptedAt: 0)
        state.requestRefused()
        state.responseQueued(keepAlive: false, queuedBytes: 100, now: 0, policy: policy)
        #expect(
            step { state.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: 0, policy: policy) } == .shutdownAndLinger)
        #expect(step { state.inputEnded() } == .none)
        #expect(!state.wantsInput)
        #expect(step { state.check(at: Self.s(0.5), unsentBytes: 100, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(0.6), unsentBytes: 0, policy: policy) } == .close)
    }

    @Test("an interim 100 Continue still unwritten is a response started: a late body closes without a 408")
    func interim() {
        var state = ConnectionState(acceptedAt: 0)
        #expect(step { state.parserWaits(at: .body, now: 0, policy: policy) } == .none)
        state.interimQueued(now: 0)
        #expect(step { state.outputWritten(remaining: 25, progressed: false, unreadInput: false, now: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(4), unsentBytes: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(5), unsentBytes: 0, policy: policy) } == .close)
    }

    @Test("every event after the close is ignored")
    func closedIsFinal() {
        var state = answered()
        state.closed()
        #expect(step { state.inputEnded() } == .none)
        #expect(step { state.beginDrain(now: 0, policy: policy) } == .none)
        #expect(step { state.outputWritten(remaining: 0, progressed: true, unreadInput: true, now: 0, policy: policy) } == .none)
        #expect(step { state.check(at: Self.s(1000), unsentBytes: 0, policy: policy) } == .none)
        #expect(!state.wantsInput)
        #expect(state == .closed)
    }
}
