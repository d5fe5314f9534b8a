extension CrisisRules {
    /// Phrase groups shared by several patterns, written `<name>` in a pattern.
    static let groups: [String: [String]] = [
        "want": [
            "want to", "wanted to", "need to", "have to", "going to", "about to", "ready to", "plan to", "plan on",
            "decided to", "trying to", "try to", "tried to", "will", "would rather", "wish i could", "feel like", "think about",
            "think of", "thought about", "thought of", "urge to", "urges to", "tempted to", "should just", "should",
            "might", "could just", "got to", "considering", "contemplating", "thinking about", "want", "wish to",
            "going to just", "want to just", "deserve to", "hope to", "longing to", "planning to", "intend to", "deciding to",
            "choosing to", "choose to", "chose to", "choosing", "threaten to", "threatening to", "threatened to",
            "starting to", "start to", "close to", "so close to", "fantasise about", "fantasize about", "dream about", "dream of",
            "courage to", "guts to", "nerve to", "daydream about", "obsess over", "obsessing over", "on the verge of", "pray to", "hope i",
            "hope that i", "pray i",
            "pray that i", "wish i would",
        ],
        "talk": ["talk about", "talked about", "talk of", "post about", "write about", "joke about"],
        "die": [
            "die", "be dead", "not be alive", "not live", "not exist", "not be here", "be gone", "disappear forever",
            "sleep forever", "never wake up", "not wake up", "stop existing", "stop living", "end it", "end it all",
            "end everything", "end things", "end my life", "end my own life", "take my life", "take my own life",
            "kill myself", "commit suicide", "suicide", "end me", "not be around", "leave this world",
            "go to sleep and never wake up", "cease to exist", "not exist anymore",
            "join my mom", "join my dad", "join my brother", "join my sister", "join my grandma", "join my grandpa",
            "join my friend", "join my husband", "join my wife", "join my son", "join my daughter", "dying", "death",
            "not being here", "not being alive", "off myself", "off himself", "off herself", "off themselves",
            "kill himself", "kill herself", "kill themselves", "kill themself", "end his life", "end her life",
            "end their life", "end their own life", "end his own life", "end her own life", "take his life",
            "take her life", "take their life", "take his own life", "take her own life", "take their own life",
            "end his", "end hers", "be dead already", "kill yourself",
            // Ending one's own life in other verbs and euphemisms.
            "end myself", "unalive", "unalive myself", "check out for good", "check out early", "check out permanently",
            "end my suffering", "end his suffering", "end her suffering", "end their suffering", "leave this earth",
            "go to sleep forever", "rest forever", "be at rest forever", "fade away", "fade away forever", "go away forever",
            "go away for good", "be gone forever", "be gone for good", "stop being alive", "not be here anymore", "leave this life",
            "leave this life behind",
            "join grandma", "join grandpa", "join mom", "join dad", "be with grandma", "be with grandpa", "be with my mom",
            "be with my dad", "be with my late", "fall asleep forever", "fall asleep and never wake up",
            "sleep and never wake up", "sleep and not wake up", "stop waking up", "not wake up anymore",
            "fall asleep and never come back", "not existing", "not being around", "sleep and never come back",
            "go away and never come back", "leave and never come back",
        ],
        "harm": [
            "hurt myself", "harm myself", "injure myself", "cut myself", "self harm", "punish myself", "burn myself",
            "hurt himself", "hurt herself", "hurt themselves", "harm himself", "harm herself", "harm themselves",
            "cut himself", "cut herself", "cut themselves", "self injure", "do something to myself", "do something to himself",
            "do something to herself", "do something to themselves",
        ],
        // Being gone, after "better off if i …".
        "gone": [
            "was gone", "were gone", "was dead", "were dead", "died", "stopped existing", "was not here", "were not here",
            "did not exist", "disappeared", "was not around", "were not around", "never existed", "left for good", "was never born",
            "killed myself", "ended it", "was not alive", "vanished", "ceased to exist", "just ceased to exist", "just disappeared",
            "just died", "just vanished", "left", "went away", "was not here anymore", "am gone",
            "stopped being around", "stopped being here", "was not there", "just stopped", "stopped showing up", "was no longer here",
            "was no longer around",
        ],
        // Weariness of something: "tired of", "had enough of".
        "weary": [
            "tired of", "sick of", "done with", "had enough of", "fed up with", "sick and tired of", "exhausted by", "so done with",
            "over", "can not keep doing", "can not do", "can not keep", "hate", "no longer want", "do not think i can keep doing",
            "do not think i can do", "do not think i can keep", "do not know how to keep doing",
        ],
        // Life itself, as what one is weary of.
        "lifeitself": [
            "life", "living", "being alive", "existing", "this life", "be alive", "my life", "this life thing", "being here",
            "waking up", "breathing", "life thing", "this world", "the world", "stay alive", "staying alive",
        ],
        // Inability or exhaustion before living: "can not handle", "do not have the strength to".
        "unable": [
            "can not", "could not", "can not handle", "can not bear", "can not stand", "unable to", "not able to",
            "do not have the strength to", "have no strength to", "no strength to", "no strength left to", "too tired to",
            "do not have the energy to", "done trying to", "tired of trying to", "sick of trying to", "can not keep",
            "no longer able to", "can not face", "do not think i can", "do not know if i can",
        ],
        // Going on living, after an inability.
        "living": [
            "keep living", "keep going", "go on", "carry on", "being alive", "live like this", "keep existing", "survive this",
            "stay alive", "staying alive", "keep on living", "go on living", "continue living", "live anymore", "living anymore",
            "be alive", "keep fighting", "fight anymore", "hold on", "holding on",
        ],
        "life": [
            "live", "be alive", "be here", "exist", "wake up", "go on", "continue", "be around", "keep living",
            "keep going", "carry on", "see tomorrow", "be here anymore", "live anymore", "be alive anymore",
            "live like this", "be in this world", "wake up tomorrow", "be on this earth", "continue living", "go on living",
            "keep on living",
            "be here much longer", "stick around", "stay alive",
            "keep fighting", "be here tomorrow",
        ],
    ]
}
