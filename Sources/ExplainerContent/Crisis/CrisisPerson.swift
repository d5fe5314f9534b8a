/// Whom a signal is about, as the rules read it from pronouns and nouns near it.
enum CrisisPerson: Sendable, Hashable {
    /// The writer: "i", "myself", "me" just before the words.
    case first
    /// No person is named ("want to die", "kms"); read as the writer, as people write to a chatbot.
    case implicit
    /// A particular other person: "he", "she", "my friend", "my son".
    case third
    /// People in general: "someone", "people", "teens", "a patient", "my character".
    case generic
    /// The reader: "you", "yourself".
    case second

    /// First person: the writer's own words about themself.
    static let firstWords: Set<String> = ["i", "myself"]
    /// Third-person pronouns and the people someone worries about (a trailing "s" of a possessive is allowed).
    static let thirdWords: Set<String> = words(
        """
        he she they him her them his their himself herself themselves themself hers friend bestfriend son daughter mom dad
        brother sister partner boyfriend girlfriend husband wife kid child cousin roommate classmate coworker colleague
        teammate student aunt uncle grandma grandpa grandmother grandfather ex teenager niece nephew neighbour neighbor
        girl boy guy sibling fiance fiancee stepdad stepmom stepson stepdaughter grandson granddaughter bf gf mate
        buddy bestie professor teacher coach boss manager flatmate housemate stepbrother stepsister employee customer pupil
        grader resident
        """)
    /// Words for people in general.
    static let genericWords: Set<String> = words(
        """
        someone somebody anyone anybody people person patient patients teens teenagers kids students character characters
        men women one others individuals victims survivors adolescents youth clients client users
        members
        """)
    /// Second-person words.
    static let secondWords: Set<String> = words("you your yourself yourselves")

    /// Normalised words of a list.
    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { CrisisNormalizer.squeeze(String($0)) })
    }

    /// Third- and second-person pronouns: inside a rule's words they say whom the words are about
    /// ("kill himself"), where a noun may not ("my kids will be happier").
    static let pronouns: [String: CrisisPerson] = [
        "he": .third, "she": .third, "they": .third, "him": .third, "her": .third, "them": .third, "his": .third, "their": .third,
        "himself": .third, "herself": .third, "themselves": .third, "themself": .third, "you": .second, "yourself": .second,
        "your": .second,
    ]

    /// The person a pronoun names, if the word is one.
    static func pronoun(_ word: String) -> CrisisPerson? { pronouns[word] }

    /// The person a single word names, if any (without the "me" rule, which depends on position).
    static func named(by word: String) -> CrisisPerson? {
        if firstWords.contains(word) { return .first }
        if thirdWords.contains(word) { return .third }
        if genericWords.contains(word) { return .generic }
        if word.hasSuffix("s") && thirdWords.contains(String(word.dropLast())) { return .third }
        if secondWords.contains(word) { return .second }
        return nil
    }
}
