/// The detector's rules, as data: named phrase groups and, per rule, its id, kind and patterns.
///
/// Rules describe language about danger (wanting not to live, being unable to stop, saying goodbye,
/// asking how to die), never a method. Ids are stable: they are what `CrisisAssessment.reasons`
/// reports and what dashboards count; a rule that changes meaning gets a new id.
enum CrisisRules {
    /// Phrase groups shared by several patterns, written `<name>` in a pattern.
    static let groups: [String: [String]] = [
        "want": [
            "want to", "wanted to", "need to", "have to", "going to", "about to", "ready to", "plan to", "plan on",
            "decided to", "trying to", "try to", "tried to", "will", "would rather", "wish i could", "feel like", "think about",
            "think of", "thought about", "thought of", "urge to", "urges to", "tempted to", "should just", "should",
            "might", "could just", "got to", "considering", "contemplating", "thinking about", "want", "wish to",
            "going to just", "want to just", "deserve to", "hope to", "longing to", "planning to", "intend to", "deciding to",
            "choosing to", "choose to", "chose to", "choosing", "threaten to", "threatening to", "threatened to",
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
        ],
        "harm": [
            "hurt myself", "harm myself", "injure myself", "cut myself", "self harm", "punish myself", "burn myself",
            "hurt himself", "hurt herself", "hurt themselves", "harm himself", "harm herself", "harm themselves",
            "cut himself", "cut herself", "cut themselves", "self injure",
        ],
        "life": [
            "live", "be alive", "be here", "exist", "wake up", "go on", "continue", "be around", "keep living",
            "keep going", "carry on", "see tomorrow", "be here anymore", "live anymore", "be alive anymore",
            "live like this", "be in this world", "wake up tomorrow",
        ],
    ]

    /// Every rule, in the order reasons are reported.
    static let all: [CrisisRule] = risk + other + framing

    /// Rules for danger to a person (kinds `risk`, `medical`, `methodSeeking`, `act`, `topic`).
    static let risk: [CrisisRule] = [
        rule(
            "self.intent-to-die", .risk,
            "<want> *2 <die>", "<talk> *2 <die>", "<want> *2 to <die>", "rather be dead", "{i am|am} ready to die",
            "{feel|felt} like dying", "would be {easier|better} if i {just|} {died|was dead|were dead|was gone|were gone}",
            "{easier|better} if i {just|} {died|was dead|was gone|were gone|did not exist|was not here|were not here}",
            "{think|thinking} about {dying|death|killing myself|ending my life|ending it|suicide}",
            "{plan|wrote|written|planning} my {suicide|death}", "{my|a} suicide plan"),
        rule("self.intent-to-harm", .risk, "<want> *2 <harm>", "<want> *2 to <harm>", "<want> to hurt me"),
        rule(
            "self.not-living", .risk, "{do not|never|not|does not|did not} {want to|wish to|want} <life>",
            "{do not|does not} {want|wanna} <life>",
            "no {reason|point|purpose} {for me|} {in|to|of|} {live|living|going on|go on|being alive|life|keep going|keep living|existing|be here|being here|trying anymore|to live}",
            "nothing {left|} {to live for|worth living for}", "not worth living", "{life|my life} {is|} not worth {living|it} {anymore|}",
            "{tired|sick} of {living|being alive|life|existing|being here|my life}",
            "{done|finished} with {life|living|being alive|this life|my life}",
            "{can not|could not} {go on|keep going|keep living|carry on|do this anymore|take it anymore|take this anymore|live like this|keep living like this|survive this|do it anymore|live with this}",
            "give up on {life|living}", "{gave|giving} up on {life|living}",
            "wish {i|he|she|they} {was|were|had} {dead|never born|not born|never been born|not alive|gone|never existed}",
            "wish i {could|would} {disappear|die|sleep forever|not wake up|stop existing|cease to exist|never wake up|vanish}",
            "wish i would not wake up", "hope i {do not|never|will not|would not} wake up",
            "{better|beter} {of|off} {dead|without me|without him|without her|without them}", "better without {me|him|her|them}",
            "{better|easier} for everyone if i",
            "{nobody|noone|no one|anyone} {would|will|even|} {even|} {miss|notice|care} *3 if i {died|was gone|were gone|disappeared|was not here|was dead|were dead|killed myself|left}",
            "{i am|he is|she is|they are|i feel like} a burden", "burden to everyone", "<want> *1 disappear $",
            "<want> to be with * in heaven",
            "what is the point {of|in} {living|life|being alive|going on|anything|trying|existing}",
            "not *4 {survive|make it through} {the night|tonight}",
            "{by|after} {tomorrow|tonight|morning} i will not be {here|alive|around}",
            "{kill myself|end my life|end my own life|take my life|take my own life|end it all|end everything|end things}",
            "die {tonight|today|right now|now|soon}", "no {will|desire|wish|reason} to live", "want out of {life|this life|this world}",
            "want {it|it all|everything|this|this life|the pain|my life} to {end|stop|be over} {forever|for good|}",
            "want {it all|everything|my life} {over|to end}",
            "not going to make it {through|} {tonight|the night|until morning|to morning|til morning}",
            "not {survive|make it through} the night",
            "{will not|would not} be {alive|here|around} {by|} {morning|tomorrow|tonight|much longer|for long|next week|anymore}",
            "not be {here|around|alive} {tomorrow|much longer|by morning|next week}",
            "{no|not see a|do not see a|see no} way out", "there is no hope {for me|left|}", "no future for me", "my life is over",
            "this is the end for me", "end of the road for me", "never be happy again *3 {die|dead|end it}",
            "{want|wish} to {disappear|vanish} {forever|for good|and never come back}",
            "{do not|not} want to exist", "want to stop existing", "{world|everyone|family|they|friends} *3 better {of|off|} without me",
            "{everyone|family|they|world} *3 better {of|off} if i {was|were} {gone|dead|not here}",
            "{can not|could not} keep living", "do not want to be {here|alive} {anymore|any more|}",
            "no {reason|point} to live", "not want to {live|be alive|wake up|be here|exist}",
            "{will not|not going to|never going to} be {around|here|alive|a problem|a burden|a bother|in the way} *3 {after|by|much longer|anymore|for long|soon|tomorrow|next week|beyond}",
            "{will not|not going to} have to {worry about|put up with|deal with} me {anymore|much longer|after|}",
            "{will not|not going to} need {it|anything|this|them|any of it|any of this|my} *2 {after|where i am going|anymore|much longer|for long}",
            "not *3 see myself {being alive|alive|still alive|here|around|living} *2 {at|next|by|in|after|this}",
            "{can not|could not} {see|picture|imagine} myself {being alive|alive|still alive|here|living} *3 {at|next|by|in|after|this}",
            "{only|one} {way out|option|answer|fix|solution|choice|escape|thing left} *4 {death|dying|die|to die|me being gone|me not being here|to go|to end it}",
            "{hate|hates|hated} being alive", "{disappointed|sad|angry|upset} *3 still alive",
            "hate {waking up|wake up} and still being alive",
            "{being|staying} alive {hurts|is too hard|is too painful|is exhausting|is pointless|is unbearable}",
            "{dying|death|being dead|not existing} {sounds|seems|feels|would be|is} *3 {peaceful|nice|good|better|easier|a relief|like a relief|like relief}",
            "{dying|death|being dead|not existing} {sounds|seems|feels|would be|is} *4 be {peaceful|nice|good|better|easier|a relief}",
            "{is there|give me|tell me} {any|a|one|a single} reason {for me|} {not|} to {stay alive|be alive|keep living|live|go on|keep going|not end it|end it|kill myself}",
            "{any|a|one|no|single} reason {for me|} to {stay alive|be alive|keep living|go on|keep going}",
            "{see|find} {any|no} reason to {be alive|live|go on|keep going|stay alive}",
            "why should i {keep living|live|go on|stay alive|bother living|bother staying alive|keep going|carry on}",
            "{do not|does not|can not} see the point {in|of} {living|life|going on|being alive|anything|trying}",
            "what is the point {of|in} {me|him|her}", "nothing left for {me|him|her|them}",
            "{i am|he is|she is|they are} ready to go $", "{i am|he is|she is|they are} ready to go and", "ready to go $",
            "{died|passed|passed away|dead|lost} *8 {want to|going to|will|wants to} be with {him|her|them}",
            "{died|passed|passed away|dead} *8 {join|be with} {him|her|them}",
            "{can not|could not} live with *4 {anymore|any longer|no more}", "{can not|could not} do this {no more|anymore}",
            "i am {end|ending} {it|things|everything|my life}", "not *2 {going to|} exist {soon|anymore|much longer|for long}",
            "not *4 coming back from this", "too late for me $", "{time|sense|best|better} for me to go $",
            "{searches|searched|searching|looked up|looking up|googling|googled} {about|for|} {dying|suicide|ways to die|how to die|death}",
            "{can not|could not} promise *3 safe",
            "{can not|could not} {see|find} {any|a|one} reason to {be alive|live|go on|keep going|stay alive}",
            "rather {be dead|die} than {keep living|live|go on|carry on|be alive|keep going|wake up}",
            "wish {i|he|she|they} {never|had never|would never|did not} {woke up|wake up|been born|existed}",
            "{someone|somebody|you|people} {to|} {know|read|hear|see} *6 before i {go|die|leave} $",
            "asking {because|as|since} i am {planning to|going to|about to|thinking of|thinking about} $"),
        rule("self.suicidal", .risk, "suicidal", "suicidality", "{suicidal|suicide} {thoughts|feelings|urges}"),
        rule(
            "self.plan", .risk, "{have|has|had|made|got|make|making|with} a plan $",
            "{have|has|made|got} a plan {and|to|for tonight|now|already|so}",
            "{have|has|had|made|got} a plan for {tonight|today|tomorrow|this weekend|the weekend|this week|next week|friday|saturday|sunday|monday|tuesday|wednesday|thursday}",
            "{set|picked|pick|chose|choose|chosen} {a|the} {date|day|time}", "have everything {ready|i need|planned|sorted}",
            "everything is {ready|planned|set|sorted}", "have the means", "know how i {will|would|am going to} do it",
            "{wrote|written|writing|write} my {note|will|letter|letters|goodbye letter|goodbye letters|goodbyes}",
            "plan my {suicide|death}", "suicide plan"),
        rule(
            "self.farewell", .risk, "{goodbye|bye|farewell} {everyone|forever|all|world|everybody|for good|for the last time|cruel world}",
            "this is {goodbye|my last message|the last time you hear from me|my final message|my last goodbye}",
            "{final|last} goodbye", "my {final|last} {words|message|note|letter}",
            "{goodbye|farewell|suicide} {note|notes|letter|letters|message|messages}",
            "{look after|take care of|care for} my * {when|after|once} i am gone", "{when|after|once} i am gone",
            "{giving|give|gave} away my {things|stuff|belongings|possessions|pets}", "tell my * i {love|loved} them",
            "sorry for everything * {goodbye|bye}", "goodbye to {everyone|everybody|all|the world}",
            "{my|her|his|their} last {email|text|message|post|winter|christmas|birthday|summer} {to me|ever|}",
            "last {post|message|text} ever",
            "{said|say|saying} my goodbyes", "see you on the other side", "{it was|this is|that was} goodbye", "{final|last} message $",
            "{they|someone|people|mum|mom|dad|you} will find me", "tell my * i loved {her|him|them|you}",
            "{said|says|say|texted|sent|messaged|posted|saying} {me|} goodbye {to everyone|to everybody|forever}",
            "{because|when|after|once|if} i am gone", "do not worry about me {after|anymore|when i am|once}",
            "is {my|her|his|their} last {night|day}", "{goodbye|bye} * sorry for everything", "i am done $ goodbye"),
        rule(
            "self.unsafe", .risk,
            "{not|do not feel|never|no longer} safe {right now|tonight|anymore|with myself|around myself|today|now|at all|from myself|}",
            "{can not|could not} {keep|stay|be} {myself|} safe", "unsafe {tonight|right now|now|today|with myself|}",
            "do not trust myself {tonight|right now|anymore|now|alone|}",
            "scared of what i {might|will|could|would} do {to myself|tonight|}", "not going to be safe",
            "afraid of what i {might|will|could|would} do {to myself|tonight|}"),
        rule(
            "self.unable-to-stop", .risk,
            "{can not|could not|unable to|not able to|can not seem to} stop {hurt|harm|cut|injure|burn} {myself|himself|herself|themselves}",
            "{can not|could not|unable to} stop self {harm|harming}",
            "{can not|could not} stop {think|thinking} about {kill myself|killing myself|dying|suicide|death|ending it|ending my life|end my life|not being here|hurting myself|harming myself|ending things}",
            "keep {hurt|harm|cut|harming|hurting} {myself|himself|herself|themselves}", "{can not|could not} resist the urge"),
        rule(
            "self.method-seeking", .methodSeeking,
            "{how|way|ways|best way|easy way|quick way|fastest way} to {die|kill myself|end my life|commit suicide|overdose}",
            "{painless|easiest|quickest|fastest|best|quick|easy|surest|simplest} {way|ways|method|methods} to {die|kill myself|end it|end my life|commit suicide|go}",
            "{painless|easiest|quickest|fastest|surest} {way|ways|method} {of dying|to be dead}",
            "how {many|much} *4 {would it take|does it take|to take|will it take|needed} {to|} {die|overdose|kill me|end it|be fatal|be lethal}",
            "{how|what} {do|can|should|would} i {kill myself|die|end my life|end it|commit suicide}",
            "how {to|do you|do i|can i} {kill myself|commit suicide|end my life|die quickly|die painlessly}"),
        rule(
            "medical.overdose", .medical,
            "{took|take|taken|swallowed|swallow|had|drank|taking} *3 {too many|too much|all my|a whole bottle|a bottle|the whole bottle|a lot of|a bunch of|a handful of|handful of|loads of|lots of|way too many|way too much|the whole box|a whole box|a box} *2 {pills|tablets|meds|medication|medicine|medicines}",
            "{overdose|overdosed}", "took an overdose",
            "{took|taken|swallowed|take} {them all|all of them|something|all my|all her|all his|all their|pills|tablets|the pills|the tablets|everything}",
            "{after|from} what i took", "{can not|could not} stay awake",
            "{took|taken|swallowed} *3 {pills|tablets|meds} *3 {dizzy|sick|throwing up|can not stay awake|sleepy}"),
        rule(
            "medical.bleeding", .medical,
            "{bleeding|blood} *3 {will not stop|wont stop|is not stopping|does not stop|not stopping|keeps coming|everywhere|so much|a lot}",
            "{will not|can not|could not} stop {the|} bleeding", "{lot|lots|so much|too much|loads} of blood",
            "lost {a lot|so much|lots} of blood",
            "{went|gone|cut} too {deep|far} *5 {bleeding|blood}",
            "{he is|she is|they are|i am|friend is|son is|daughter is|brother is|sister is|partner is|mom is|dad is} bleeding"),
        rule(
            "medical.unresponsive", .medical, "{not breathing|unconscious|unresponsive|turning blue|is not moving}",
            "{will not|can not|could not|does not} wake {him|her|them|} up", "{will not|can not} wake up $", "not waking up",
            "not responding $", "not responding to",
            "{passed out|collapsed} *3 {pills|tablets|blood|bleeding|overdose}", "{need|call|get|calling} an ambulance"),
        rule(
            "self.act", .act, "<harm>", "{harmed|hurt|cut|injured|burned} {myself|himself|herself|themselves}",
            "self {harmed|harming|injured|injuring}"),
        rule("topic.suicide", .topic, "suicide"),
    ]

    /// Weak and vague signals, and when.
    static let other: [CrisisRule] = [
        rule(
            "self.distress", .weak, "hopeless", "worthless", "i want out $", "no hope", "i give up", "i am done $", "i am so done $",
            "{can not|could not} do this $", "{nobody|noone|no one} cares", "hate myself", "hate my life", "empty inside",
            "what is the point $", "there is no point $", "nothing matters", "i am a failure", "{can not|could not} stop $",
            "out of control", "tired of everything", "done with everything", "everything hurts", "i am not okay", "goodbye $",
            "sorry for everything", "alone forever", "{can not|could not} take it anymore", "want the pain to {stop|end}",
            "no way out", "i am so tired $", "so tired of {this|it all|everything}",
            "bye $", "i am out $", "want out $", "{said|says|say|texted|sent|messaged|posted|saying} {me|} goodbye and",
            "rather {be dead|die} than", "{can not|could not} cope", "permanently", "for good $", "stop fighting", "tired of fighting",
            "{give|gave|giving|gone} {away|} {all|} my {things|stuff|belongings|possessions|clothes|dog|cat|pets|games}",
            "{giving|gave|give} away {her|his|their} *1", "new home for my {cat|dog|pet|pets}", "tying up loose ends",
            "{updated|sorted|sorted out|made|wrote|written|finished} my will", "left my passwords", "paid off my debts",
            "{wrote|written|writing|left} {letters|a letter|notes|a note|cards|a card} {to everyone|to people|for|to|}",
            "{written|wrote|left} them {each|all|} a {letter|note|card}", "left {each|all} of them a {letter|note|card}",
            "{family|kids|everyone|children|parents|wife|husband} *2 {would|will} be {happier|better off} {without me|with|}",
            "would get over it", "do not try to {stop|talk} me", "{without|before} {them|anyone|people|you} {trying to|} stop me",
            "{not answering|not picking up|stopped answering|stopped taking calls|will not answer|will not pick up|is not answering}",
            "{making|made} me want to die", "{make|makes|made} me want to die", "this is the last time", "pain is too much",
            "{the|my} {feeling|urges|urge|thoughts} {is|are} back", "by my {own|} choice", "asking because", "asking for myself",
            "say goodbye to my {family|kids|friends|parents|mom|dad|children}"),
        rule(
            "self.vague-intent", .vague, "{going to|about to|ready to|will|am going to|want to} do it",
            "do something {stupid|drastic|bad|dangerous|i regret|final}",
            "{tonight|today} is the {night|day}", "this is it $", "it is time $", "{i have|have|i} decided $", "made up my mind",
            "i am ready $", "no turning back", "i am doing it", "{have|got} everything ready", "everything is ready",
            "{going to|about to|planning to|plan to|ready to} $", "{going to|about to} {give in|let go} $", "{let|letting} go $",
            "it is my time", "before {i|he|she|they} {do|does} something $", "{going to|will|about to|ready to} *4 and go $",
            "{i have|have|i} decided to go"),
        rule(
            "other.worried", .concernAsk, "worried about", "i am worried", "worried {that|he|she|they}", "scared for", "afraid for",
            "what {do|should|can} i do", "how {do|can|should} i help", "how to help", "should i tell", "what {do|should} i say"),
        rule(
            "time.now", .immediacy, "tonight", "right now", "today", "this weekend", "tomorrow", "now", "soon", "in an hour",
            "by morning", "this morning", "when everyone *2 asleep", "after everyone *2 asleep", "on my birthday", "this week",
            "this time", "the night"),
        rule(
            "time.recent", .recency, "again", "just", "last night", "earlier", "an hour ago", "minutes ago", "this morning",
            "today", "tonight", "right now", "now", "still"),
    ]

    /// What frames a signal: questions, documents, reported words, the past, hypotheticals.
    static let framing: [CrisisRule] = [
        rule(
            "frame.question", .question,
            "what {is|are|does|causes|counts as|happens|percentage|makes|should i ask} {|a|an|the}", "what do {people|you|they}",
            "which band", "who {sings|sang|wrote|said}", "why is it called", "why are they called",
            "why {do|does|are|is} {people|someone|teens|teenagers|kids|some people|self harm|self injury}", "why does",
            "how {common|many people|often|likely|do paramedics|do doctors|do nurses|does} *", "{difference|differences} between",
            "same as", "is it true", "{warning|early} signs", "signs of", "signs that", "symptoms", "risk factors",
            "is {self harm|self injury|suicidal ideation|suicide} {common|normal|addictive|the same|attention seeking|manipulative|a sign}",
            "define", "definition", "meaning", "what does * mean", "explain", "summarise", "summarize", "translate",
            "how does self harm", "is self harm", "does self harm", "are people who", "can you explain", "describe"),
        rule(
            "frame.document", .document, "research", "researching", "statistics", "stats", "rate", "rates", "study", "studies",
            "paper", "papers", "essay", "article", "report", "reporting", "project", "thesis", "history", "awareness",
            "prevention", "guidelines", "facts", "fact", "myth", "myths", "percentage", "prevalence", "media", "contagion",
            "book", "books", "movie", "film", "song", "lyrics", "novel", "character", "story", "poem", "show", "episode",
            "explainer", "the section", "according to", "ideation", "hotline", "helpline", "lifeline", "crisis line",
            "number for", "support groups", "died by suicide", "lost * to suicide", "suicide loss", "bereaved", "lost someone",
            "in the news", "on the news", "documentary", "evidence", "training", "courses", "course", "worker", "scene", "quote", "quotes",
            "per year", "each year", "by country", "in the uk",
            "awareness day", "month", "events", "review", "grief"),
        rule("frame.mention", .question, "what *3 {mean|means}", "meaning of", "what is * short for"),
        rule(
            "frame.reported", .reported, "{say|said|says|sing|sings|sang|quote|quoted|quotes|saying|writes} *2 {that|}", "lyrics",
            "the line"),
        rule(
            "frame.past", .past, "used to", "{years|months|decades|a long time|a while|long} ago", "when i was", "back when",
            "in the past", "as a {teen|teenager|kid|child}", "in high school", "last year"),
        rule(
            "frame.recovered", .past, "{clean|free} {from|for|of|}", "recovered", "in recovery", "glad i survived", "survived",
            "doing better now", "better now", "i am okay now", "i am fine now", "i am a {counsellor|counselor|survivor}",
            "years {clean|free}", "months {clean|free}"),
        rule(
            "frame.hypothetical", .hypothetical, "if", "what if", "hypothetically", "suppose", "imagine", "in theory",
            "would someone", "what would happen", "in a story", "my character"),
    ]

    /// Builds a rule from its patterns' text.
    private static func rule(_ id: String, _ kind: CrisisRule.Kind, _ patterns: String...) -> CrisisRule {
        CrisisRule(id: id, kind: kind, patterns: patterns.map { CrisisPattern($0, groups: groups) })
    }
}
