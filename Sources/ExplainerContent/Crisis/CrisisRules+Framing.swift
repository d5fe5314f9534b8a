extension CrisisRules {
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
            "how does self harm", "is self harm", "does self harm", "are people who", "can you explain", "describe",
            "why {do|are|is|did|would}", "is {suicide|self harm|self injury} {a|an|the|always|ever|more|less|really}",
            "is it {bad|wrong|a sin|true} to", "is it a sin", "{can|could|do|does} *3 cause"),
        rule(
            "frame.document", .document, "research", "researching", "statistics", "statistically", "stats", "rate", "rates", "study",
            "studies",
            "paper", "papers", "essay", "article", "report", "reporting", "project", "thesis", "the history", "awareness",
            "prevention", "guidelines", "facts", "fact", "myth", "myths", "percentage", "prevalence", "media", "contagion",
            "{the|a|this|that|which|what|in the|any|good} {book|books}", "books {about|on|for|that}",
            "book {about|on|for|that|club|report}", "movie", "film", "song", "lyrics", "novel", "character", "story", "poem", "show",
            "episode",
            "explainer", "the section", "according to", "ideation", "hotline", "helpline", "lifeline", "crisis line",
            "number for", "support groups", "died by suicide", "lost * to suicide", "suicide loss", "bereaved", "lost someone",
            "in the news", "on the news", "documentary", "evidence", "training", "courses", "course", "worker", "scene", "quote", "quotes",
            "per year", "each year", "by country", "in the uk",
            "awareness day", "{awareness|prevention|history|pride} month", "events", "review", "grief", "survey", "surveys",
            "questionnaire", "screening",
            "side effect", "side effects", "caused by", "linked to", "link between", "associated with", "poets", "poet", "poetry",
            "literature", "in christianity", "religion", "religions", "blog", "blog post"),
        rule("frame.mention", .question, "what *3 {mean|means}", "meaning of", "what is * short for"),
        rule(
            "frame.reported", .reported, "{say|said|says|sing|sings|sang|quote|quoted|quotes|saying|writes} *2 {that|}", "lyrics",
            "the line"),
        rule(
            "frame.past", .past, "used to", "{years|months|decades|a long time|a while|long} ago", "when i was", "back when",
            "in the past", "as a {teen|teenager|kid|child}", "in high school", "last year"),
        rule(
            "frame.recovered", .past, "clean {from|for|of|}",
            "free {from|for|of|} {self harm|harming|cutting|it|them|urges|the urges|relapse|relapses|hurting myself|months|years|weeks|a year|a month|over|since|two|three|four|five|six}",
            "recovered", "in recovery", "glad i survived", "survived",
            "doing better now", "better now", "i am okay now", "i am fine now", "i am a {counsellor|counselor|survivor}",
            "years {clean|free}", "months {clean|free}", "in a good place", "doing well now",
            "{write|writing} about {my|} {recovery|attempt|experience}"),
        rule(
            "frame.hypothetical", .hypothetical, "if", "what if", "hypothetically", "suppose", "imagine", "in theory",
            "would someone", "what would happen", "in a story", "my character"),
    ]
}

extension CrisisRules {
    /// crisis-rules/4: framing that new writers' informational messages showed: recovery said in
    /// the present ("genuinely happy now"), writing guidance about the subject, care questions, and
    /// everyday leaving and plans (`frame.everyday`: a last day at work, a trip, a concert), which set
    /// aside a goodbye, a plan or a weak or vague signal but never a danger named outright.
    static let framing4: [CrisisRule] = [
        rule(
            "frame.recovered", .past, "{genuinely|really|truly|actually|so} happy now",
            "even though i am {genuinely|really|truly|actually|} {happy|okay|fine|doing well|better|good|safe} {now|}"),
        rule(
            "frame.document", .document, "content warning", "trigger warning", "wording", "examples", "how do hospitals",
            "how do {doctors|paramedics|nurses|hospitals|they} treat", "laws", "legal in", "comparison"),
        // Leaving a job, a school or for a trip: a goodbye to a place, not to life.
        rule(
            "frame.everyday", .document, "last day {at|of|in} {my|the|this|} {job|work|school|office|class|uni|college|team|internship}",
            "{hiking|brunch|cinema|pizza|dinner|lunch|breakfast|shopping|picnic|beach|football|concert|party|gig|festival|movies|date night|proposing|propose|wedding|holiday|first day}",
            "{camping|holiday|vacation|business|school|road|work|family} trip", "{go|going} offline for", "{logging|signing|log|sign} off",
            "done for the day", "see you tomorrow",
            "{social media|digital|phone} {break|detox}", "{moving|move} to {a new|another|the}",
            "{leaving|left} {my|the} {job|company|team}"),
    ]
}
