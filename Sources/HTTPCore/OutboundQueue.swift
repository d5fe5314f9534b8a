/// Serialized responses waiting to be written, in order, with how far the first has gone.
///
/// Chunks are the writer's head and body arrays, held without copying; a partial write advances
/// `offset` into the first chunk, and the rest is offered again when the socket is writable.
struct OutboundQueue {
    private var chunks: [[UInt8]] = []
    private var first = 0
    private var offset = 0
    /// Bytes not yet written.
    private(set) var byteCount = 0

    var isEmpty: Bool { byteCount == 0 }

    mutating func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        chunks.append(bytes)
        byteCount += bytes.count
    }

    /// The unwritten bytes as slices, first chunk from its offset.
    var pending: [ArraySlice<UInt8>] {
        var slices: [ArraySlice<UInt8>] = []
        slices.reserveCapacity(chunks.count - first)
        for i in first..<chunks.count { slices.append(i == first ? chunks[i][offset...] : chunks[i][...]) }
        return slices
    }

    /// Drops `n` written bytes from the front.
    mutating func consume(_ n: Int) {
        var n = n
        byteCount -= n
        while n > 0 {
            let left = chunks[first].count - offset
            if n >= left {
                n -= left
                first += 1
                offset = 0
            } else {
                offset += n
                n = 0
            }
        }
        if first == chunks.count {
            chunks.removeAll(keepingCapacity: chunks.capacity <= 16)
            first = 0
        } else if first > 32 {
            chunks.removeFirst(first)
            first = 0
        }
    }
}
