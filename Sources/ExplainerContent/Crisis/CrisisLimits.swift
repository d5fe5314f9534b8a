/// The bounds on what the detector reads; text past them is ignored, never an error.
///
/// The crisis signal must never fail, so oversized input is cut, not refused: the first
/// `maximumTextBytes` of the message, the last `maximumContextMessages` earlier messages, and the
/// first `maximumTextBytes` of each. Cutting happens on a Unicode scalar boundary.
public struct CrisisLimits: Sendable, Hashable {
    /// Bytes of UTF-8 read from the message and from each context message. Default 8 KiB.
    public var maximumTextBytes: Int
    /// How many earlier messages count (the most recent ones). Default 10.
    public var maximumContextMessages: Int

    /// The limits the issue sets: 8 KiB of text, 10 context messages.
    public init(maximumTextBytes: Int = 8 * 1024, maximumContextMessages: Int = 10) {
        self.maximumTextBytes = max(0, maximumTextBytes)
        self.maximumContextMessages = max(0, maximumContextMessages)
    }

    /// The text cut to `maximumTextBytes`, at the last whole scalar that fits.
    func bounded(_ text: String) -> Substring {
        guard text.utf8.count > maximumTextBytes else { return text[...] }
        var end = text.unicodeScalars.startIndex
        var used = 0
        for index in text.unicodeScalars.indices {
            let width = UTF8.width(text.unicodeScalars[index])
            if used + width > maximumTextBytes { break }
            used += width
            end = text.unicodeScalars.index(after: index)
        }
        return text[text.startIndex..<end]
    }
}
