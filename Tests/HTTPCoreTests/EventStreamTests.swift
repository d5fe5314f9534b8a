import HTTPCore
import Testing

@Suite("Event streams without a network: framing, the cap and the per-stream bound")
struct EventStreamTests {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("an event is data lines and an empty line; every kind of line break starts a new data line")
    func eventFraming() {
        #expect(text(ServerSentEvent.message(Array("{\"a\":1}".utf8))) == "data: {\"a\":1}\n\n")
        #expect(text(ServerSentEvent.message(Array("a\nb\r\nc\rd".utf8))) == "data: a\ndata: b\ndata: c\ndata: d\n\n")
        // A payload cannot end its event early or forge a second one.
        #expect(text(ServerSentEvent.message(Array("x\n\ndata: forged".utf8))) == "data: x\ndata: \ndata: data: forged\n\n")
        #expect(text(ServerSentEvent.message([])) == "data: \n\n")
        #expect(text(ServerSentEvent.heartbeat) == ":\n\n")
    }

    @Test("a chunk is its size in hex, CRLF, the bytes, CRLF; nothing for no bytes; the end is 0 CRLF CRLF")
    func chunkFraming() {
        #expect(text(ResponseWriter.chunk(Array(repeating: 0x61, count: 26))) == "1a\r\n" + String(repeating: "a", count: 26) + "\r\n")
        #expect(ResponseWriter.chunk([]).isEmpty)
        #expect(text(ResponseWriter.lastChunk) == "0\r\n\r\n")
    }

    @Test("the registry opens streams up to its cap and refuses the next; an ended stream frees its place")
    func cap() {
        let registry = EventStreamRegistry(limit: 2)
        let first = registry.open()
        let second = registry.open()
        #expect(first != nil && second != nil)
        #expect(registry.open() == nil)
        #expect(registry.snapshot.open == 2 && registry.snapshot.refused == 1 && registry.snapshot.opened == 2)
        first?.discard()
        #expect(registry.snapshot.open == 1)
        #expect(registry.open() != nil)
        #expect(registry.snapshot.ended["finished"] == 1)
    }

    @Test("sends up to the queued-bytes bound are kept; the one past it ends the stream as overflowed, once")
    func perStreamBound() throws {
        let registry = EventStreamRegistry(limit: 4, maximumQueuedBytes: 100)
        let stream = try #require(registry.open())
        #expect(stream.send(Array(repeating: 0x61, count: 60)))
        #expect(stream.send(Array(repeating: 0x61, count: 40)))
        #expect(!stream.send([0x61]))
        #expect(stream.ending == .overflowed)
        #expect(!stream.send([0x61]))
        #expect(registry.snapshot.open == 0 && registry.snapshot.ended["overflowed"] == 1)
    }

    @Test("a finished stream refuses later sends")
    func finishedRefuses() throws {
        let registry = EventStreamRegistry()
        let stream = try #require(registry.open())
        #expect(stream.isOpen)
        stream.finish(lastEvent: ServerSentEvent.message([0x62]))
        #expect(!stream.isOpen)
        #expect(!stream.send([0x61]))
        stream.discard()
    }
}
