/// Bytes as lower-case hexadecimal, two digits a byte: how every digest in the content is written.
enum LowercaseHex {
    /// `bytes` as hex (`[0xAB, 0x01]` → `"ab01"`).
    static func string(_ bytes: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }
}
