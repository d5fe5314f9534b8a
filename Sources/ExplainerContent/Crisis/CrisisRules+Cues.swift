extension CrisisRules {
    /// crisis-rules/5: the loose co-occurrence half of the risk reading. Each rule is a class of
    /// single words that alone say little ("tired", "tonight", "sorry", "rest"); two different
    /// classes in one message, said by the writer or by no one named and set aside by no frame, are
    /// urgent (`self.risk-reading`), so new phrasings of danger are found by what they are made of
    /// rather than by their exact words. About someone else, two classes make `concern`.
    static let cues: [CrisisRule] = [
        rule(
            "cue.distress", .cue,
            "{tired|exhausted|empty|numb|hopeless|lonely|worthless|useless|broken|drowning|suffering|unbearable|miserable|trapped}",
            "{pain|hurting|edge|ghost|burden|failure|mess|disappointment|waste|pathetic|hate myself|no one|nobody|alone}",
            "{lost|losing} {the fight|the battle|everything}",
            "stopped {hoping|trying|caring|eating|sleeping}", "too late {for me|$}", "{can not|could not} {anymore|$|take|cope|breathe}",
            "{nothing|no one|nobody} {left|cares|can help|will change|is going to change}", "running out of", "at the edge", "on the edge",
            "{better|relieved|happier|lighter} {without|than having} me", "deserve better", "would be relieved",
            "nobody would {miss|notice}",
            "who would {care|notice|miss me}", "why {am i|bother|even try|do i even}", "{i ruin|i ruined|i wreck} everything",
            "everyone hates me",
            "i am {a mistake|disgusting|unlovable|a waste|a waste of space|nothing}", "{the|my} urges", "urge to {hurt|harm}"),
        rule(
            "cue.finality", .cue,
            "{rest|peace|forever|goodbye|bye|farewell|official|permanent|permanently|final|finally|gone|away|ends|ending}",
            "{sleep|asleep} forever", "for good", "holding on",
            "{done|finished} {$|fighting|trying|with all of it|with it all|with everything}",
            "{i|i have} lost $", "having me around", "ever again", "{last|final} {time|chance|day|night|message|one}",
            "sorry {$|for everything|for being|for what|to everyone|mum|mom|dad}", "forgive me", "{said|say|saying|sent} sorry to",
            "{i love you all|love you all} $",
            "{reasons|reason} to stay", "{not|no longer} {be|being} around",
            "explaining why", "how this ends", "make it stop", "it all to stop", "it to {stop|end|be over}", "be it $",
            "{stay|staying} {$|here|alive|around}", "{leave|leaving} {$|soon|tonight|for good|everyone|you all|this|it all}",
            "{deleted|deleting|delete} {all|} my {accounts|account|socials|profile|profiles}",
            "{make|go|going} {it all|everything|all|it} {quiet|dark|silent}", "go dark",
            "{escape|relief|release|darkness|the dark|no way back|no turning back|disappearing act}", "around {much|any} longer",
            "{that|this} be it"),
        rule(
            "cue.time", .cue,
            "{tonight|tomorrow|soon|midnight|already}", "after tonight", "much longer", "almost time", "it is time",
            "{before|by} {friday|saturday|sunday|monday|tuesday|wednesday|thursday}"),
        rule(
            "cue.decision", .cue,
            "{decided|decision|ready|prepared|sorted|arranged}", "the plan is {set|ready|made}", "{going|about|want} to do", "know how to",
            "made up my mind", "{my|the} mind is made up", "{it is|it has been} decided", "{have|got} everything i need",
            "make it official", "what i am going to do", "what i am about to do", "might as well",
            "{gave|giving|give} *3 {away|to my|to her|to him}", "{wrote|writing|written|deleting} {a|the|my} {message|letter|note|letters}",
            "{cleaned|tidied} my room"),
    ]
}
