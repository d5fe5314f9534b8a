/// The bytes of Server-Sent Events (the WHATWG HTML `text/event-stream` format), as `EventStream`
/// sends them.
///
/// Only what a server needs: an event of the default type whose data is the given text, and a comment
/// (a heartbeat). Text is split at line breaks into one `data:` line each, so no payload can end an
/// event early or forge another; CR, LF and CRLF all count as breaks, as the format's parser reads them.
public enum ServerSentEvent {
    /// One event with `data` as its data: `data: …` lines, then the empty line that dispatches it.
    public static func message(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 16)
        var lineStart = true
        var previous: UInt8 = 0
        for byte in data {
            if byte == 0x0A, previous == 0x0D {  // The LF of a CRLF: the break was already written.
                previous = byte
                continue
            }
            if lineStart { out.append(contentsOf: dataField) }
            lineStart = byte == 0x0A || byte == 0x0D
            out.append(lineStart ? 0x0A : byte)
            previous = byte
        }
        if lineStart { out.append(contentsOf: dataField) }
        out.append(contentsOf: [0x0A, 0x0A])
        return out
    }

    /// A comment line and an empty line: ignored by every client, but traffic for a proxy's idle timer.
    public static let heartbeat: [UInt8] = Array(":\n\n".utf8)

    private static let dataField = Array("data: ".utf8)
}
