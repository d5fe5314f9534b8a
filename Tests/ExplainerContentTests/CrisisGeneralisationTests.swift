import ExplainerContent
import Testing

/// The kinds of language crisis-rules/3 reads by meaning rather than by phrase, each with sentences
/// the team wrote for it (none is copied from an evaluation set): a new writer says the same thing
/// in other words, so every kind is tested in several wordings. Every urgent and concern kind here
/// has sentences that crisis-rules/2 missed (111 of the 149 cases fail on it); the informational
/// cases, and a few others, guard against the broader rules raising what they should not.
@Suite("Crisis detector: kinds of language, in new words")
struct CrisisGeneralisationTests {
    static let detector = CrisisDetector(classifier: nil)

    static func expectUrgentForTheWriter(_ text: String) {
        let assessment = detector.assess(text)
        #expect(assessment.level == .urgent, "\(text): \(assessment.reasons)")
        #expect(assessment.reasons.contains("person.self"), "\(text): \(assessment.reasons)")
    }

    @Test(
        "Not wanting to exist is urgent whatever verb says it",
        arguments: [
            "honestly i want to stop existing", "i wish i could fall asleep forever",
            "i just want to go to sleep and not wake up ever again", "i hope i die in my sleep", "kinda wanna not exist rn",
            "i need to stop existing", "I am a 45 year old man and I no longer wish to continue living.",
            "i'm ready to leave this life behind", "i want out for good",
            "i just want to fall asleep and never come back", "my only wish is to die",
            "i keep thinking about not existing and it's the only thing that calms me", "i don't belong in this world",
            "i'm so ready for it all to be over", "i want to go to sleep and stay asleep", "i want the world to go on without me",
            "i wish i had the courage to end things", "i don't want to be on this earth anymore",
            "i feel like disappearing for good tonight", "if tomorrow comes i don't want to see it",
        ])
    func notWantingToExist(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "Not being there in the future is urgent",
        arguments: [
            "i won't be around for christmas this year", "this will be my last night", "pretty sure tonight is my last",
            "can't see myself making it to the weekend", "i don't see myself being here next year",
            "i can't promise i'll still be here in the morning",
            "nothing will ever get better and i'm not waiting around to find out",
        ])
    func notBeingThereLater(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "Others better off or not noticing when the writer is gone is urgent, in any words for being gone",
        arguments: [
            "i think everyone would be better off if i stopped existing", "nobody would care if i vanished",
            "everybody would be relieved if i wasn't around", "if i disappeared tonight no one would even notice",
            "everything would be so much easier if i just ceased to exist", "my kids will be fine without me, they'll get over it",
        ])
    func othersBetterOff(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "A farewell act is urgent: secret goodbyes, letters to one's people, words for after",
        arguments: [
            "i wrote letters for my sisters and my dad tonight", "i said goodbye to my mum today and she has no idea it was the last time",
            "when you don't hear from me you'll understand why", "i've given my cat to my neighbour and cleaned out my room, i'm ready",
            "got my affairs sorted, letters written, it's time", "goodbye. thank you for listening to me all these months",
            "i've said everything i needed to say to the people i love", "I'm writing this so someone knows why I did it",
            "my last wish is that my mom forgives me", "i've written a note. i'm sorry",
            "i'm writing to say goodbye, you've been kind to me", "sorry i wasn't enough. i love you all",
            "i'd be doing everyone a favour by disappearing",
            "if i wasn't around nobody would have to worry anymore", "i think it's time for me to go for good",
            "i can't stop picturing my funeral and honestly it looks peaceful", "everybody will understand eventually, i just can't stay",
            "i'm counting down the days until i can finally rest",
        ])
    func farewellAct(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "Being unable to stay safe or to go on is urgent",
        arguments: [
            "i cant keep myself safe tonight", "i'm sitting here with everything i need and i'm scared of myself",
            "i dont have the strength to keep living", "i can't handle living anymore", "i cant take one more day of this. tonight's it",
            "i'm losing the battle with my own head tonight", "i relapsed tonight and i can't make it stop",
            "whats the point anymore honestly. i'm done trying to stay alive", "i don't know if i can keep going anymore",
            "it's getting harder to convince myself to stay alive",
            "i'm not going to make it much longer", "i can't be here anymore", "there's no point to me anymore",
            "i'm not strong enough to stay", "i'm tired of fighting to stay alive", "i don't see how i get through this week alive",
            "the only thing keeping me here is my cat and she's old", "i'm so numb i don't care if i wake up",
            "i'd rather be dead than feel this way another day",
        ])
    func unableToStaySafe(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "A decision or a vague intent after a danger in the same message is urgent",
        arguments: [
            "i'm a burden and i'm going to fix that tonight", "my thoughts keep telling me to end it and i think i will",
            "i tried last year and this time i'll make sure", "i'm planning to go through with it tonight",
            "leave me alone, i've made my choice", "i'm not afraid of dying anymore, i'm ready",
            "everyone keeps saying hang in there but i'm letting go tonight",
            "tonight i'm going to let it all end",
            "i'm giving up. this is it for me", "tonight feels like the right night to go",
            "i'm not scared anymore. i know what i'm going to do", "i'm just waiting for the right moment now",
            "the thought of tomorrow makes me want to end it", "i've had the thought of ending everything all day",
            "i made a decision and i'm at peace with it. thank you for everything",
        ])
    func decisionAfterDanger(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "Asking leave to give up, or seeing no reason to stay, is urgent",
        arguments: [
            "is it ok if i just give up", "tell me it's alright to let go", "theres no reason for me to stay",
            "i dont see any reason to stay alive", "this is my way out and i'm taking it",
            "i feel like the only way to stop the pain is to not be here",
        ])
    func leaveToGiveUp(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test(
        "Weariness of life itself, or seeing no future, is urgent in any words for either",
        arguments: [
            "i've had enough of life", "i'm tired of pretending i want to be alive", "i really dont think i can keep doing this life thing",
            "every day i wish i would just stop waking up", "it would be kinder to everyone if i wasnt here",
            "there's no future for someone like me", "i cant see a way forward anymore and i dont want to try",
            "i feel like i'm done with this world", "nobody cares if i live or die so why bother",
            "i just wish i didn't exist",
        ])
    func wearinessOfLife(text: String) {
        Self.expectUrgentForTheWriter(text)
    }

    @Test("A medical emergency in plain words is urgent", arguments: ["i've hurt myself and there's so much blood"])
    func medicalEmergencyInPlainWords(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .urgent, "\(text): \(assessment.reasons)")
        #expect(assessment.medicalEmergency, "\(text): \(assessment.reasons)")
    }

    @Test(
        "Someone else's risk, told by a worried person, is concern",
        arguments: [
            "my coworker keeps saying nobody would miss him", "my brother attempted a few weeks ago and he's talking like that again",
            "my friend posted 'see you all on the other side' and isn't answering",
            "my girlfriend texted me 'i'm sorry for everything, take care of my dog'", "one of my patients told me she has a plan",
            "my neighbour told me he's giving away his tools because he won't need them",
            "my sister keeps talking about not being here next year",
        ])
    func someoneElsesRisk(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .concern, "\(text): \(assessment.reasons)")
        #expect(assessment.reasons.contains("person.other"), "\(text): \(assessment.reasons)")
    }

    @Test(
        "Strong words in an everyday or informational frame stay info",
        arguments: [
            "there's no point in living in london if you can't afford it", "i'm not going to be around this weekend, visiting my aunt",
            "i have a plan to save money this year", "i'm writing my will because we just had a baby",
            "i'm not afraid of dying, i'm afraid of public speaking", "i want to die my hair purple",
            "how to dispose of old medication safely", "i don't want to live in this flat anymore, the mould is awful",
            "why do people say kms so casually", "i attempted the climb again today", "life is pointless without coffee lol",
            "my time at this company is over, i'm ready for something new", "i'm going to kill my brother if he eats my leftovers again",
            "i've had enough of this rain", "my time is up on this parking meter", "there's no future for this band",
            "i wish i didn't have to go to work tomorrow", "i keep planning how i'd spend a lottery win",
            "i can't keep going with this diet, it's too strict",
            "my phone wants to die every afternoon", "i want to go to sleep and never wake up early again for work",
            "i'm done with this world cup, my team lost again",
            "i'm not going to make it to the party tonight, sorry", "this is it for me tonight, i'm going to bed",
            "i'm counting down the days until my holiday", "sorry i wasn't there, i love you all", "my boss makes me want to die",
            "what's the point of staying up so late", "i want to go to sleep and stay asleep till noon",
            "i'm tired of fighting with my sister", "i think it's time for me to go home",
            "i know what i'm going to do this weekend, hiking", "i'm just waiting for the right moment to ask her out",
            "i wish i had the courage to quit my job",
        ])
    func everydayFramesStayInfo(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .info, "\(text): \(assessment.reasons)")
    }

    @Test(
        "A laugh after an exclamation is a figure of speech; after a wish, or taken back, it is not",
        arguments: [
            ("missed the bus again, kms 😂", CrisisLevel.info), ("if he plays that podcast again i'll kill myself lol", .info),
            ("i really want to die lol", .urgent), ("wanna die lmao and i'm not even joking", .urgent),
        ])
    func laughAfterTheWords(text: String, level: CrisisLevel) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == level, "\(text): \(assessment.reasons)")
    }

    @Test(
        "Words typed one letter at a time are read",
        arguments: ["N O B O D Y W O U L D M I S S M E", "i w a n t t o d i s a p p e a r f o r e v e r"])
    func spacedLetters(text: String) {
        #expect(Self.detector.assess(text).level == .urgent, "\(text)")
    }
}
