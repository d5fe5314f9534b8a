/// Serialized responses waiting to be written, in order, with how far the first has gone.
///
/// Each entry is one response's head and body, the writer's arrays held without copying; a partial
/// write advances `offset` into the first entry (head, then body), and the rest is offered again when
/// the socket is writable. Keeping responses apart is what lets a drain keep only the one being
/// written and mark it `Connection: close` while its head has not started (`trimToCurrent`).
struct OutboundQueue {
    private var entries: [(head: [UInt8], body: [UInt8])] = []
    private var first = 0
    /// Bytes of the first entry already written (its head first, then its body).
    private var offset = 0
    /// Bytes not yet written.
    private(set) var byteCount = 0
    /// The slices handed to the last write, emptied after it (`endWrite`) but keeping its storage,
    /// so writing a response allocates no array of slices.
    private var slices: [ArraySlice<UInt8>] = []

    var isEmpty: Bool { byteCount == 0 }

    /// Queues one response (or an interim one: a head with an empty body).
    mutating func append(head: [UInt8], body: [UInt8]) {
        entries.append((head, body))
        byteCount += head.count + body.count
    }

    /// The unwritten bytes as slices, the first entry from its offset; empty bodies are left out.
    ///
    /// Built in storage the queue keeps; call `endWrite` once the write has returned, so the slices
    /// let go of the arrays they point into and the storage is reused by the next write.
    mutating func beginWrite() -> [ArraySlice<UInt8>] {
        slices.removeAll(keepingCapacity: true)
        slices.reserveCapacity(2 * (entries.count - first))
        for i in first..<entries.count {
            let (head, body) = entries[i]
            let skip = i == first ? offset : 0
            if skip < head.count { slices.append(head[skip...]) }
            if !body.isEmpty { slices.append(body[max(0, skip - head.count)...]) }
        }
        return slices
    }

    /// Lets go of the slices `beginWrite` made (their arrays may be freed), keeping their storage.
    mutating func endWrite() {
        slices.removeAll(keepingCapacity: slices.capacity <= 16)
    }

    /// Drops `n` written bytes from the front.
    mutating func consume(_ n: Int) {
        var n = n
        byteCount -= n
        while n > 0 {
            let left = entries[first].head.count + entries[first].body.count - offset
            if n >= left {
                n -= left
                first += 1
                offset = 0
            } else {
                offset += n
                n = 0
            }
        }
        if first == entries.count {
            entries.removeAll(keepingCapacity: entries.capacity <= 16)
            first = 0
        } else if first > 32 {
            entries.removeFirst(first)
            first = 0
        }
    }

    /// Keeps only the response being written and drops every later one. If the kept response's head
    /// has not started, `closing` rewrites it (to announce `Connection: close`).
    mutating func trimToCurrent(closing: ([UInt8]) -> [UInt8]) {
        guard first < entries.count else { return }
        var kept = entries[first]
        if offset == 0 { kept.head = closing(kept.head) }
        entries = [kept]
        first = 0
        byteCount = kept.head.count + kept.body.count - offset
    }
}
