/// A small streaming JSON writer: keys come out in the order written, strings escaped per RFC 8259.
///
/// Used where output order must be stable and exact (problem documents, pre-rendered bodies), which
/// `JSONEncoder` does not promise. With `indent` set it pretty-prints with that many spaces.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private var afterKey = false
    private let indent: Int

    public init(indent: Int = 0) {
        self.indent = indent
        bytes.reserveCapacity(256)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ k: String) {
        separate()
        Self.appendEscaped(k, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if indent > 0 { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ s: String) { value { Self.appendEscaped(s, to: &$0) } }
    public mutating func int(_ i: Int) { value { $0.append(contentsOf: Array(String(i).utf8)) } }
    public mutating func double(_ d: Double) { value { $0.append(contentsOf: Array(Self.format(d).utf8)) } }
    public mutating func bool(_ b: Bool) { value { $0.append(contentsOf: Array((b ? "true" : "false").utf8)) } }
    public mutating func null() { value { $0.append(contentsOf: Array("null".utf8)) } }
    public mutating func optionalString(_ s: String?) { if let s { string(s) } else { null() } }
    /// Inserts an already-encoded JSON value as is.
    public mutating func raw(_ json: [UInt8]) { value { $0.append(contentsOf: json) } }

    private mutating func value(_ write: (inout [UInt8]) -> Void) {
        separate()
        write(&bytes)
    }

    private mutating func open(_ c: UInt8) {
        separate()
        bytes.append(c)
        needsComma.append(false)
    }

    private mutating func close(_ c: UInt8) {
        let hadItems = needsComma.removeLast()
        if indent > 0 && hadItems { newline() }
        bytes.append(c)
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if indent > 0 && needsComma.count > 1 { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * (needsComma.count - 1)))
    }

    private static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return d.isFinite ? String(d) : "null"
    }

    /// Appends a JSON string literal, escaping only what RFC 8259 requires plus U+2028 and U+2029.
    ///
    /// `"`, `\` and the control characters U+0000–U+001F are escaped (`\n`, `\r`, `\t`, else
    /// `\u00XX`); U+2028 and U+2029 become `\u2028` and `\u2029`, because JavaScript before ES2019
    /// ends a string literal at them. Everything else, `<`, `>`, `&` and `/` included, is written as
    /// its UTF-8 bytes: the bodies are JSON, not HTML, so HTML inside them (a section's `body.html`)
    /// reads as written. A page that inlines a body into a `<script>` element must escape it itself.
    public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // Runs of bytes that need nothing are copied whole; only the bytes below go one by one.
            var plain = 0
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0xE2 else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
                case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
                case 0..<0x20:
                    out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, hexDigits[Int(b >> 4)], hexDigits[Int(b & 15)]])
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    // U+2028 LINE SEPARATOR is E2 80 A8 in UTF-8, U+2029 PARAGRAPH SEPARATOR E2 80 A9.
                    out.append(contentsOf: [92, UInt8(ascii: "u"), 50, 48, 50, utf8[i + 2] == 0xA8 ? 56 : 57])
                    i += 2
                default: out.append(b)
                }
                i += 1
                plain = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<utf8.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
