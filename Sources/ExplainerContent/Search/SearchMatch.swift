/// Where a matched word sits in a hit's plain `snippet`: a half-open range of Unicode scalar offsets.
///
/// Offsets count code points (Python's `str` indices); for this content they equal UTF-16 offsets too.
public struct SearchMatch: Sendable, Hashable {
    /// Offset of the first scalar of the match.
    public var start: Int
    /// Offset one past the last scalar of the match.
    public var end: Int

    /// Creates a match range.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
