/// Header fields checked and serialized once, for responses that send the same fields many times.
///
/// A pre-rendered body's `Content-Type`, `ETag` and caching fields are the same on every response
/// that serves it, so they are turned into bytes once, when the body is rendered, and the writer
/// copies the block as it is instead of checking and copying each field on every request (see
/// `HTTPHeaders.append(_:)`). The rules are the writer's own: a field it sets itself
/// (`Content-Length`, `Date`, ...) or one that could break the framing (a name that is not a token,
/// a value with CR, LF or another control byte) is dropped when the block is built, so a block can no
/// more desynchronise a connection or inject a response than a field set one by one.
public final class FieldBlock: Sendable {
    /// The fields kept, in order, for look-ups (`HTTPHeaders` subscripts and iteration).
    public let fields: [HTTPHeaders.Field]
    /// `name: value\r\n` for each field kept, ready to be copied into a response head.
    public let bytes: [UInt8]
    /// Bit `n % 64` set for each kept field whose name is `n` bytes long: a look-up for a name of
    /// another length skips the block without comparing a single name (responses are asked
    /// "is `Link` there?" on every request).
    private let nameLengths: UInt64

    /// Checks and serializes `fields`, dropping those the writer would drop.
    public init(_ fields: [HTTPHeaders.Field]) {
        var kept: [HTTPHeaders.Field] = []
        var bytes: [UInt8] = []
        var lengths: UInt64 = 0
        for (name, value) in fields where !Self.isWriterOwned(name) && Self.appendChecked(name, value, to: &bytes) {
            kept.append((name, value))
            lengths |= Self.lengthBit(name)
        }
        self.fields = kept
        self.bytes = bytes
        nameLengths = lengths
    }

    private static func lengthBit(_ name: String) -> UInt64 { 1 << UInt64(name.utf8.count & 63) }

    /// The first value of the named field, or nil.
    public subscript(name: String) -> String? {
        guard nameLengths & Self.lengthBit(name) != 0 else { return nil }
        return fields.first { $0.name.asciiCaseInsensitiveEquals(name) }?.value
    }

    /// Whether the response writer sets this field itself (framing, `Date`, `Server`, the request id),
    /// and so drops it from a handler's headers. Compared without allocating, as it runs per field.
    package static func isWriterOwned(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: name.asciiCaseInsensitiveEquals("date")
        case 6: name.asciiCaseInsensitiveEquals("server")
        case 10: name.asciiCaseInsensitiveEquals("connection") || name.asciiCaseInsensitiveEquals("keep-alive")
        case 12: name.asciiCaseInsensitiveEquals("x-request-id")
        case 14: name.asciiCaseInsensitiveEquals("content-length")
        case 17: name.asciiCaseInsensitiveEquals("transfer-encoding")
        default: false
        }
    }

    /// Appends `name: value\r\n` unless the name is not a token or the value holds a byte a field value
    /// may not; returns whether it did. Checks and copies each string's UTF-8 in one borrow.
    @discardableResult
    package static func appendChecked(_ name: String, _ value: String, to out: inout [UInt8]) -> Bool {
        withCheckedField(name, value) { nameBytes, valueBytes in
            out.append(contentsOf: nameBytes)
            out.append(UInt8(ascii: ":"))
            out.append(0x20)
            out.append(contentsOf: valueBytes)
            out.append(0x0D)
            out.append(0x0A)
        }
    }

    /// Runs `write` with the field's name and value bytes when the name is a token and the value holds
    /// no byte a field value may not, and returns whether it ran: the one check every field the writer
    /// sends passes (here, in a block, or in `HeadBuffer`).
    package static func withCheckedField(
        _ name: String, _ value: String, _ write: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        var name = name, value = value
        return name.withUTF8 { nameBytes in
            value.withUTF8 { valueBytes in
                guard !nameBytes.isEmpty, nameBytes.allSatisfy(HTTPSyntax.isTokenChar),
                    valueBytes.allSatisfy(HTTPSyntax.isFieldValueChar)
                else { return false }
                write(nameBytes, valueBytes)
                return true
            }
        }
    }
}
