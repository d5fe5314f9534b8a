/// Word counts and reading times, defined once so every client sees the same numbers.
enum TextMeasure {
    /// The reading speed the API assumes, in words per minute.
    static let wordsPerMinute = 200

    /// Whitespace-separated runs that hold at least one letter or digit (a lone dash is not a word).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasContent = false
        for scalar in text.unicodeScalars {
            if TextScalars.isWhitespace(scalar) {
                if inWord && wordHasContent { count += 1 }
                inWord = false
                wordHasContent = false
            } else {
                inWord = true
                if !wordHasContent && TextScalars.isWordScalar(scalar) { wordHasContent = true }
            }
        }
        if inWord && wordHasContent { count += 1 }
        return count
    }

    /// Whole minutes at `wordsPerMinute`, rounded up: any text at all takes at least a minute.
    static func readingMinutes(words: Int) -> Int {
        (words + wordsPerMinute - 1) / wordsPerMinute
    }
}
