/// The words the normaliser and the language check know: shorthand, common English, spelling targets.
///
/// Every list is written in ordinary spelling and squeezed once (see `CrisisNormalizer.squeeze`),
/// so a message and a list meet whatever letters were doubled or dropped.
enum CrisisVocabulary {
    /// Shorthand, contractions (apostrophes already dropped), algospeak and inflections, each mapped
    /// to the canonical word or words the rules use. Past forms that tell time ("wanted", "tried",
    /// "killed", "died") are kept as they are, because the rules read tense.
    static let canonicalSource: [String: String] = [
        "wanna": "want to", "wana": "want to", "wnna": "want to", "wantto": "want to", "wnat": "want",
        "gonna": "going to", "gona": "going to", "gunna": "going to", "finna": "going to",
        "ima": "i am going to", "imma": "i am going to", "tryna": "trying to", "gotta": "got to",
        "hafta": "have to", "kinda": "kind of", "outta": "out of", "im": "i am", "ive": "i have",
        "id": "i would", "ill": "i will", "dont": "do not", "doesnt": "does not", "didnt": "did not",
        "cant": "can not", "cannot": "can not", "cnt": "can not", "cany": "can not", "wont": "will not",
        "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not", "isnt": "is not",
        "arent": "are not", "wasnt": "was not", "werent": "were not", "havent": "have not",
        "hasnt": "has not", "aint": "am not", "shes": "she is", "hes": "he is", "theyre": "they are",
        "youre": "you are", "its": "it is", "thats": "that is", "whats": "what is", "theres": "there is",
        "u": "you", "ur": "your", "r": "are", "2": "to", "b": "be", "n": "and", "rn": "right now",
        "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "2morrow": "tomorrow",
        "2day": "today", "tonite": "tonight", "2nite": "tonight", "2night": "tonight", "tonigt": "tonight",
        "tonght": "tonight", "tnight": "tonight", "pls": "please", "plz": "please", "idk": "i do not know",
        "idc": "i do not care", "ppl": "people", "bc": "because", "cuz": "because", "coz": "because",
        "bcuz": "because", "smth": "something", "abt": "about", "bf": "boyfriend", "gf": "girlfriend",
        "bff": "best friend", "mum": "mom", "mommy": "mom", "mother": "mom", "daddy": "dad", "father": "dad",
        "wld": "would", "cud": "could", "every1": "everyone", "some1": "someone", "no1": "noone",
        "any1": "anyone", "ok": "okay", "lmao": "lol", "lmfao": "lol", "haha": "lol", "hahaha": "lol",
        "jk": "lol", "rofl": "lol", "kms": "kill myself", "kys": "kill yourself", "sewerslide": "suicide", "selfharm": "self harm",
        "selfharming": "self harming", "selfharmed": "self harmed", "od": "overdose", "oded": "overdosed",
        "overdosing": "overdose", "lyf": "life", "lif": "life", "ded": "dead", "dei": "die", "nomore": "no more",
        "killing": "kill", "kills": "kill", "ending": "end", "ends": "end", "wants": "want", "wanting": "want",
        "needs": "need", "needing": "need", "planning": "plan", "plans": "plan", "planned": "plan",
        "taking": "take", "takes": "take", "hurting": "hurt", "hurts": "hurt", "harming": "harm",
        "harms": "harm", "cutting": "cut", "cuts": "cut", "thinking": "think", "thinks": "think",
        "myslef": "myself", "mysef": "myself", "mself": "myself", "meself": "myself", "mysel": "myself",
        "talking": "talk", "talks": "talk", "saying": "say", "says": "say", "keeps": "keep", "keeping": "keep",
        "tells": "tell", "telling": "tell", "posting": "post", "posts": "post", "seems": "seem", "wishes": "wish", "wishing": "wish",
        "tonights": "tonight is", "theyll": "they will", "youll": "you will", "itll": "it will", "thatll": "that will",
        "todays": "today is", "lfie": "life", "lyfe": "life", "sh": "self harm", "tn": "tonight",
        // Vowels dropped in fast typing, and a homophone: "i wnt 2 b ded", "wanna dye".
        "wnt": "want", "wan": "want", "dye": "die", "dyin": "dying", "lyk": "like", "gud": "good", "nvr": "never",
        "evry1": "everyone", "ppl's": "people", "bcoz": "because", "thx": "thanks", "nthg": "nothing", "nthn": "nothing",
        // Inflections the rules read as one word: "checking out", "having a plan", "praying i do not wake up".
        "checking": "check", "checked": "check", "having": "have", "praying": "pray", "prays": "pray", "hoping": "hope",
        "hopes": "hope", "leaving": "leave", "leaves": "leave", "joining": "join", "goodbyes": "goodbye", "byes": "bye",
        "deserves": "deserve", "sounds": "sound", "unalive": "unalive", "unaliving": "unalive", "unalived": "unalived",
        "attempts": "attempt", "bestie": "best friend", "bestfriend": "best friend", "granddad": "grandpa",
        "grandad": "grandpa", "nan": "grandma", "nana": "grandma", "gran": "grandma",
        // A possessive "'s" that is "is" after a pronoun of everyone or no one ("when everyone's asleep").
        "everyones": "everyone is", "everybodys": "everybody is", "nobodys": "nobody is", "noones": "noone is",
        "someones": "someone is",
        // Words censored with a star ("k*ll"); longer ones ("s*icide") reach their word by spelling correction.
        "k*ll": "kill", "k*l": "kill", "d*e": "die", "d*ad": "dead", "k*s": "kill myself", "k*m*s": "kill myself",
    ]

    /// Contractions that are other words without their apostrophe ("he'll" is not "hell"), used only
    /// when the word was written with one.
    static let apostropheOnly: [String: [String]] = [
        "hel": ["he", "wil"], "shel": ["she", "wil"], "wel": ["we", "wil"], "wed": ["we", "would"], "hed": ["he", "would"],
        "shed": ["she", "would"], "were": ["we", "are"],
    ]

    /// Two written words that mean one canonical word ("my self" = "myself"), merged after squeezing.
    static let joinedPairs: [String: String] = {
        let source: [(String, String, String)] = [
            ("my", "self", "myself"), ("him", "self", "himself"), ("her", "self", "herself"),
            ("them", "selves", "themselves"), ("your", "self", "yourself"), ("any", "more", "anymore"),
            ("no", "one", "noone"), ("no", "body", "nobody"), ("good", "bye", "goodbye"), ("to", "night", "tonight"),
            ("for", "ever", "forever"), ("sewer", "slide", "suicide"), ("un", "alive", "unalive"),
            ("over", "dose", "overdose"),
        ]
        var table: [String: String] = [:]
        for (first, second, joined) in source {
            table[CrisisNormalizer.squeeze(first) + " " + CrisisNormalizer.squeeze(second)] = CrisisNormalizer.squeeze(joined)
        }
        return table
    }()

    /// `canonicalSource` squeezed on both sides.
    static let canonical: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (key, value) in canonicalSource {
            table[CrisisNormalizer.squeeze(key)] = value.split(separator: " ").map { CrisisNormalizer.squeeze(String($0)) }
        }
        return table
    }()

    /// Words that make a run-together split worth reading: the rules' own key words.
    static let segmentationAnchors: Set<String> = Set(
        [
            "die", "dead", "kill", "myself", "suicide", "suicidal", "end", "life", "live", "hurt", "harm", "want", "wanna", "alive", "safe",
            "overdose",
        ]
        .map(CrisisNormalizer.squeeze))

    /// The anchors' bytes, for `containsAnchor`.
    static let anchorBytes: [[UInt8]] = segmentationAnchors.map { Array($0.utf8) }

    /// Whether a word holds one of the anchors anywhere (a byte scan; Foundation's search is slower).
    static func containsAnchor(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        for anchor in anchorBytes where anchor.count <= bytes.count {
            for start in 0...(bytes.count - anchor.count) where bytes[start] == anchor[0] {
                if bytes[start..<start + anchor.count].elementsEqual(anchor) { return true }
            }
        }
        return false
    }

    /// Words the rules depend on, for correcting typing slips in words of five letters or more.
    static let spellingTargets: [String] = [
        "suicide", "suicidal", "myself", "himself", "herself", "themselves", "yourself", "tonight", "overdose",
        "overdosed", "anymore", "goodbye", "forever", "everyone", "hopeless", "worthless", "existing", "bleeding",
        "breathing", "pointless", "burden", "alive", "living", "tomorrow", "planning", "harming", "hurting", "cutting",
        "killing", "disappear", "attempted", "goodbyes",
    ].map(CrisisNormalizer.squeeze)

    /// Each spelling target with its UTF-8 bytes, built once.
    static let spellingTargetBytes: [(String, [UInt8])] = spellingTargets.map { ($0, Array($0.utf8)) }

    /// The closest spelling target within one slip (words of five or six letters) or two (seven or
    /// more), with the same first letter; `nil` when none is that close.
    static func correction(for word: String) -> String? {
        let letters = Array(word.utf8)
        let allowed = letters.count >= 7 ? 2 : 1
        var best: (String, Int)?
        for (target, targetLetters) in spellingTargetBytes {
            guard targetLetters.first == letters.first, abs(targetLetters.count - letters.count) <= allowed else { continue }
            let distance = editDistance(letters, targetLetters, limit: allowed)
            if distance <= allowed, distance < (best?.1 ?? Int.max) { best = (target, distance) }
        }
        return best?.0
    }

    /// Optimal string alignment distance (a swap of two neighbours counts once), stopped past `limit`.
    static func editDistance(_ left: [UInt8], _ right: [UInt8], limit: Int) -> Int {
        var before = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...max(1, left.count) where !left.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, right.count) where !right.isEmpty {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return left.isEmpty ? right.count : (right.isEmpty ? left.count : previous[right.count])
    }

    /// Whether a squeezed word is English the detector knows: a common word, a word the rules use,
    /// or one of those with a common ending ("-s", "-ed", "-ing", "-ly", "-er", "-ness", …).
    static func isKnown(_ word: String) -> Bool {
        if common.contains(word) || common.contains(word + "s") || canonical[word] != nil
            || word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            return true
        }
        for suffix in [
            "s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "ful", "les", "ment", "ments", "y", "ies", "ion", "ions",
        ]
        where word.hasSuffix(suffix) && word.utf8.count > suffix.utf8.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            if common.contains(stem) || common.contains(stem + "e") || common.contains(CrisisNormalizer.squeeze(stem + "e")) { return true }
        }
        return false
    }

    /// About a thousand frequent English words and the rules' own vocabulary, squeezed.
    static let common: Set<String> = {
        var words = Set<String>()
        for word in commonSource.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            words.insert(CrisisNormalizer.squeeze(String(word)))
        }
        for values in canonicalSource.values {
            for word in values.split(separator: " ") { words.insert(CrisisNormalizer.squeeze(String(word))) }
        }
        for target in spellingTargets { words.insert(target) }
        return words
    }()
}
