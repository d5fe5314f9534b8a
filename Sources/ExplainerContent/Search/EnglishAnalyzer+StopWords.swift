extension EnglishAnalyzer {
    /// Snowball's English stop list (snowballstem.org, `english/stop.txt`), folded, less the words
    /// that carry meaning in this content: direction and degree ("comes down", "more likely", "the
    /// most pain", "the same two areas", "between the anterior insula and…", "our own").
    ///
    /// These words carry little meaning for ranking ("why does it make me feel better" is about "make",
    /// "feel", "better"). They are never indexed, but they still take a position, so phrases keep their
    /// shape. Negations ("not", "no") stay on the list: BM25 cannot use them, and indexing them would
    /// rank every "not" in the explainer. The crisis detector does not use this list (see `CrisisNormalizer`).
    public static let stopWords: Set<String> = [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their",
        "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these", "those", "am", "is", "are",
        "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "would",
        "should", "could", "ought", "i'm", "you're", "he's", "she's", "it's", "we're", "they're", "i've", "you've",
        "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll",
        "we'll", "they'll", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't",
        "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's",
        "that's", "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's", "a", "an", "the",
        "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "into",
        "to", "from", "in", "on", "then", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each",
        "other", "some", "such", "no", "nor", "not", "so", "than",
    ]
}
