import HTTPCore
import Testing

@Suite("ConnectionState with a made-up clock")
struct ConnectionStateTests {
    let t0 = ContinuousClock.now
    let timeouts = Timeouts(header: .seconds(10), body: .seconds(5), idle: .seconds(60), write: .seconds(30), lingeringClose: .seconds(2))

    @Test("a connection that sends nothing is closed quietly after the header timeout")
    func silentConnection() {
        let s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        #expect(s.check(at: t0 + .seconds(9)) == .none)
        #expect(s.check(at: t0 + .seconds(10)) == .close)
    }

    @Test("a first request trickling in is timed from accept, and answered 408")
    func slowloris() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.parserProgressed(to: .head, at: t0 + .seconds(8))
        s.parserProgressed(to: .head, at: t0 + .seconds(9))
        #expect(s.check(at: t0 + .milliseconds(9999)) == .none)
        #expect(s.check(at: t0 + .seconds(10)) == .answerTimeoutAndClose)
    }

    @Test("a keep-alive connection idles for the idle timeout, then the next head gets its own header timeout")
    func idleThenHead() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.requestCompleted(at: t0 + .seconds(1))
        s.responseQueued(keepAlive: true)
        s.outputUpdated(pending: false, progressed: true, at: t0 + .seconds(1))
        #expect(s.check(at: t0 + .seconds(60)) == .none)
        #expect(s.check(at: t0 + .seconds(61)) == .close)
        s.parserProgressed(to: .head, at: t0 + .seconds(50))
        #expect(s.check(at: t0 + .seconds(59)) == .none)
        #expect(s.check(at: t0 + .seconds(60)) == .answerTimeoutAndClose)
    }

    @Test("a body has its own timeout")
    func bodyTimeout() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.parserProgressed(to: .body, at: t0 + .seconds(1))
        #expect(s.check(at: t0 + .seconds(5)) == .none)
        #expect(s.check(at: t0 + .seconds(6)) == .answerTimeoutAndClose)
    }

    @Test("a client that does not read is closed after the write timeout; progress restarts it")
    func writeTimeout() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.requestCompleted(at: t0)
        s.responseQueued(keepAlive: true)
        s.outputUpdated(pending: true, progressed: false, at: t0)
        s.outputUpdated(pending: true, progressed: true, at: t0 + .seconds(20))
        #expect(s.check(at: t0 + .seconds(49)) == .none)
        #expect(s.check(at: t0 + .seconds(50)) == .close)
    }

    @Test("the idle timeout does not run while a response is still being written")
    func idleWaitsForOutput() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.requestCompleted(at: t0)
        s.outputUpdated(pending: true, progressed: false, at: t0)
        for second in stride(from: 10, through: 100, by: 10) {
            s.outputUpdated(pending: true, progressed: true, at: t0 + .seconds(second))
        }
        #expect(s.check(at: t0 + .seconds(101)) == .none)
        s.outputUpdated(pending: false, progressed: true, at: t0 + .seconds(101))
        #expect(s.check(at: t0 + .seconds(160)) == .none)
        #expect(s.check(at: t0 + .seconds(161)) == .close)
    }

    @Test("Connection: close stops reading and finishes once flushed")
    func closeAfterResponse() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.requestCompleted(at: t0)
        s.responseQueued(keepAlive: false)
        s.outputUpdated(pending: true, progressed: false, at: t0)
        #expect(!s.isFinished)
        s.outputUpdated(pending: false, progressed: true, at: t0)
        #expect(s.isFinished)
    }

    @Test("a drain closes an idle connection now and a busy one after its response")
    func drain() {
        var idle = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        idle.beginDrain()
        #expect(idle.isFinished)
        var busy = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        busy.parserProgressed(to: .head, at: t0)
        busy.beginDrain()
        #expect(!busy.isFinished)
        busy.requestCompleted(at: t0)
        busy.responseQueued(keepAlive: false)
        busy.outputUpdated(pending: false, progressed: true, at: t0)
        #expect(busy.isFinished)
    }

    @Test("lingering ends after its timeout")
    func lingering() {
        var s = ConnectionState(timeouts: timeouts, acceptedAt: t0)
        s.startLingering(at: t0)
        #expect(s.check(at: t0 + .seconds(1)) == .none)
        #expect(s.check(at: t0 + .seconds(2)) == .close)
    }
}
