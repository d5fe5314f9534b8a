import CStemmer
import Synchronization

/// Snowball's English ("Porter2") stemmer from libstemmer, safe to share between threads.
///
/// An `sb_stemmer` keeps its working buffer inside the handle, so two threads stemming at once would
/// overwrite each other's result. One handle is kept per instance and every call goes through a
/// `Mutex`; stemming a word takes well under a microsecond, so the lock is never held for long. Index
/// builds stem each distinct word once (see `EnglishAnalyzer`), so contention only matters for queries,
/// which stem a handful of words.
public final class SnowballStemmer: Sendable {
    /// The libstemmer handle; `nil` only if libstemmer lacks the English algorithm, in which case
    /// words are returned unchanged (search still works, just without conflating word forms).
    private let handle: Mutex<Handle>

    /// Owns the C handle so that it is freed exactly once, when the stemmer goes away.
    private struct Handle: ~Copyable {
        let pointer: OpaquePointer?
        deinit { if let pointer { sb_stemmer_delete(pointer) } }
    }

    /// Creates an English stemmer working on UTF-8.
    public init() {
        handle = Mutex(Handle(pointer: sb_stemmer_new("english", "UTF_8")))
    }

    /// Returns the stem of one lower-cased word (`"hurting"` → `"hurt"`, `"emotions"` → `"emot"`).
    ///
    /// The word must already be folded: Snowball expects lower case and treats `'` (U+0027) as the only
    /// apostrophe.
    public func stem(_ word: String) -> String {
        handle.withLock { handle in
            guard let pointer = handle.pointer else { return word }
            var bytes = Array(word.utf8)
            let count = Int32(bytes.count)
            return bytes.withUnsafeMutableBufferPointer { buffer -> String in
                guard let result = sb_stemmer_stem(pointer, buffer.baseAddress, count) else { return word }
                let length = Int(sb_stemmer_length(pointer))
                return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
            }
        }
    }
}
