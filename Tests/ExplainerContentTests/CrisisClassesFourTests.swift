import ExplainerContent
import Testing

/// The classes of failure crisis-rules/4 was written for (the third held-out set's misses, sorted
/// in `docs/crisis-detector.md`), each in sentences the team wrote for it, none copied from a set:
/// every urgent and concern case here fails on crisis-rules/3 unless noted, and the informational
/// cases guard the near-misses the wider rules could raise.
@Suite("Crisis detector: crisis-rules/4's classes, in new words")
struct CrisisClassesFourTests {
    static let detector = CrisisDetector(classifier: nil)

    @Test(
        "Not being there later, others lighter without the writer, not minding not waking: urgent",
        arguments: [
            "i doubt i'll still be around at the start of next term", "my friends would be calmer without me in it",
            "what's the point of getting up tomorrow", "honestly if i don't wake up that's fine with me",
            "i'm choosing not to be here much longer", "i can't face another winter like this",
            "all i can think about is dying", "i'm just waiting to die", "i'm not coming back ever again",
            "i keep thinking my family gets the insurance and they'd be fine", "i don't plan on waking up",
            "there's no future where i'm in it", "i'm going to become another statistic",
        ])
    func absence(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .urgent, "\(text): \(assessment.reasons)")
        #expect(assessment.reasons.contains("person.self"), "\(text): \(assessment.reasons)")
    }

    @Test(
        "Farewells in other words, weak and vague signals that add up, a date or the means ready: urgent",
        arguments: [
            "if you're reading this i'm already gone", "tell my sister i'm sorry", "final post. love you all",
            "gave away most of my things. nobody knows why", "cancelled my lease and said my thank yous. feels calm.",
            "sorry for being a burden, it won't be for much longer", "no light at the end of the tunnel. i'm done.",
            "help me i'm going to do something i can't take back", "I'M GOING TO DO IT", "i've got a date picked",
            "my plan is set for sunday", "everything i need is ready", "been getting everything ready and it's almost time",
            "scared i'll act on the thoughts", "thinking about s*icide all day", "the urges are so bad, i'm going to give in",
            "does anyone else feel like they're waiting to die", "i said goodbye to my dad today. he didn't know it was goodbye",
            "ending it tn", "dont try to stop me",
        ])
    func farewellsAndSignals(text: String) {
        #expect(Self.detector.assess(text).level == .urgent, "\(text): \(Self.detector.assess(text).reasons)")
    }

    @Test(
        "A medical emergency named vaguely is urgent",
        arguments: [
            "i took a lot of something and now i can't stand up", "i've taken too much and my heart is racing",
            "swallowed a bottle of something and i'm so dizzy", "my chest hurts since i took all of my pills",
        ])
    func vagueEmergency(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .urgent && assessment.medicalEmergency, "\(text): \(assessment.reasons)")
    }

    @Test(
        "Someone else's risk said indirectly is concern",
        arguments: [
            "my cousin showed me her fresh cuts and made me promise not to tell",
            "my aunt has a history of overdoses and she's suddenly calm",
            "my roommate posted 'final post' and nobody can reach her", "my friend said she has everything ready and won't say for what",
            "a random person in my dms says they're ending it tonight",
            "my mate has been giving away all his stuff and says he won't need it",
        ])
    func indirectConcern(text: String) {
        #expect(Self.detector.assess(text).level == .concern, "\(text): \(Self.detector.assess(text).reasons)")
    }

    @Test(
        "Everyday goodbyes, plans, anniversaries and questions stay informational",
        arguments: [
            "last day at work today, saying goodbye to everyone", "going offline for a week, camping trip, see you all!",
            "i have a plan for saturday: hiking then dinner", "two years ago today i attempted, today i got my degree",
            "even though i'm genuinely happy now i still think about my old attempt", "my phone battery is about to die",
            "how do hospitals treat an overdose", "content warning wording for a post about suicide", "so bored i could die",
            "dont try to stop me, i'm eating the whole pizza", "what should i say to a friend who says they want to die",
            "euthanasia laws in europe comparison",
        ])
    func informational(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level != .urgent, "\(text): \(assessment.reasons)")
    }

    @Test("Another language is flagged", arguments: ["come posso trovare uno psicologo vicino a me", "necesito hablar con alguien"])
    func anotherLanguage(text: String) {
        #expect(!Self.detector.assess(text).languageUnderstood)
    }
}
