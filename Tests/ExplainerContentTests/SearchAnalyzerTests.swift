import ExplainerContent
import Testing

@Suite("Search analyzer")
struct SearchAnalyzerTests {
    let analyzer = EnglishAnalyzer()

    @Test("Words carry scalar offsets into the original text, curly quotes and dashes included")
    func offsetsPointIntoTheOriginalText() {
        let text = "We’ve learned that, while the pain peaks – it “comes down”."
        let scalars = Array(text.unicodeScalars)
        for word in analyzer.words(in: text) {
            let original = String(String.UnicodeScalarView(scalars[word.start..<word.end]))
            #expect(EnglishAnalyzer.fold(original) == word.folded, "\(word)")
        }
        #expect(
            analyzer.words(in: text).map(\.folded) == ["we've", "learned", "that", "while", "the", "pain", "peaks", "it", "comes", "down"])
    }

    @Test("Apostrophes stay inside words only; quotation marks around a word are dropped")
    func apostrophesInsideWordsOnly() {
        #expect(analyzer.words(in: "one’s ‘out’ girls' it's").map(\.folded) == ["one's", "out", "girls", "it's"])
    }

    @Test("Hyphens and slashes split words, so self-harm and self harm give the same terms")
    func hyphensSplitWords() {
        #expect(analyzer.tokens(in: "self-harm").map(\.term) == analyzer.tokens(in: "Self Harm").map(\.term))
        #expect(analyzer.words(in: "if/when").map(\.folded) == ["if", "when"])
    }

    @Test("Case and accents fold away")
    func caseAndAccentsFold() {
        #expect(analyzer.tokens(in: "NAÏVE Café").map(\.word) == ["naive", "cafe"])
    }

    @Test("Stop words are dropped but keep their positions")
    func stopWordsKeepPositions() {
        let tokens = analyzer.tokens(in: "the end of one's life")
        #expect(tokens.map(\.word) == ["end", "one's", "life"])
        #expect(tokens.map(\.position) == [1, 3, 4])
    }

    @Test("Snowball English conflates word forms")
    func stemmingConflatesForms() {
        let stems = ["hurting", "hurts", "hurt"].map { analyzer.stemmer.stem($0) }
        #expect(Set(stems) == ["hurt"])
        #expect(analyzer.stemmer.stem("emotions") == analyzer.stemmer.stem("emotional"))
        #expect(analyzer.stemmer.stem("relapsing") == analyzer.stemmer.stem("relapse"))
    }

    @Test("The stemmer gives the same answers from many threads at once")
    func stemmerIsThreadSafe() async {
        let stemmer = analyzer.stemmer
        let words = ["manipulative", "relieving", "emotions", "cyclical", "perceptions", "injuries"]
        let expected = words.map { stemmer.stem($0) }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<500).allSatisfy { _ in words.map { stemmer.stem($0) } == expected }
                }
            }
            for await agreed in group { #expect(agreed) }
        }
    }
}
