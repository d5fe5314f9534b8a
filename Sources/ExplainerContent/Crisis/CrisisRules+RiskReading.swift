extension CrisisRules {
    /// crisis-rules/5: the broad risk reading, urgent by default. Four generations of phrase rules
    /// each missed about a quarter of the next independent writer's urgent messages: the ways of
    /// saying "i am in danger" are open-ended. So any word of these classes, said by the writer or
    /// by no one named and read by no other rule, is urgent unless an exculpating frame sets it
    /// aside (a question or research anywhere, the past, negation, a figure of speech, an everyday
    /// event, another person). The classes name meanings (dying, not being here, ending things,
    /// hurting oneself, having taken too much, goodbyes, hopelessness, being a burden, being unable
    /// to go on or to stay safe, giving things away, "it" at a time), never a method.
    static let riskReading: [CrisisRule] = [
        rule(
            "self.risk-reading", .risk,
            // Dying and death.
            "{die|dying|dead|death|suicide|suicidal|unalive|funeral|grave|afterlife|kms|kill myself|end myself}",
            // Not being here, not existing, not waking.
            "{exist|existing|existence|disappear|disappearing|vanish|vanishing|nonexistent}",
            "{not|never|no longer} *3 {be here|be around|wake up|waking up|make it|making it|see myself|here|around|alive|living|be alive|come back|exist|existing|be existing}",
            "{scared|afraid|frightened} of {another year|living|tomorrow|waking up|being alive|another day}", "out of the picture",
            "not sticking around", "{be|am|being} gone", "gone for good", "permanently",
            "{sleep|asleep|rest} {forever|for good|and never|and not}", "{skip|end} the rest of my life",
            "{no|a} future {for me|without me}",
            "{no|not a} {version|future|world} {of|with|where} *3 {me|i}",
            // Ending things.
            "{end|ending|ended} {it|it all|everything|things|my life|the pain|my pain}", "{it|this|everything} *3 {be|is} over {soon|$}",
            "let go", "letting go", "the end $", "stop for good", "make it stop", "want it to stop", "it to be over", "be over",
            // Hurting oneself; having taken too much.
            "{hurt|hurting|harm|harming|hurted} myself", "self harm", "relapse", "relapsed",
            "{took|taken|take|swallowed} {too many|too much|way too many|way too much|more than|way more than|all of|everything in}",
            "{overdose|overdosed|overdosing}",
            // Farewells and last things.
            "{goodbye|goodbyes|farewell|farewells}", "last {message|post|text|time|letter|note|words|thing}",
            "{letters|letter|note|notes} for",
            "{do not|please do not} be mad at me", "forgive me", "sorry for everything", "i am sorry * i tried", "i tried $",
            "thank you for everything", "take care of {my|them|him|her|everyone|mum|mom|dad}", "remember me",
            // Hopelessness, burden, inability to go on or to stay safe.
            "{hopeless|hopelessness|pointless|worthless|meaningless}", "no {hope|point|reason|way out|way forward|future|light}",
            "{burden|burdens|weight on|a weight|the problem in}",
            "{can not|could not|unable to|no longer} *3 {go on|carry|keep going|keep living|keep myself safe|stay safe|be safe|cope|survive|do this|take it|take this|hold on|handle it}",
            "{not|never} {safe|okay} {with myself|around myself|alone}", "scared of myself", "scare myself", "stopped wanting",
            "letting it win", "{do not|no longer} want to fight",
            "{everyone|everybody|they|people|my family} would move on", "who {should|will|can} {get|have|take} my {things|stuff}",
            "{not going to|will not|am not going to} last {$|much longer|the week|the night|long}",
            "sorry i {could not|was not|did not} {be stronger|stronger|enough|strong enough|be enough|get better}",
            "{can not|could not} face {it|another|tomorrow|the morning|anything|anyone}", "{do not|can not|could not} trust myself",
            "scared of what i {will|might|could} do", "i am not safe $",
            "what is the point of {me|living|being alive|going on|trying anymore|waking up|it all}",
            "{tired|sick|exhausted} of {surviving|living|existing|trying|fighting|everything} {$|and|so|i}",
            "{give|giving|gave} up", "nothing left", "{trapped|stuck} forever",
            // Giving things away; not needing them.
            "{gave|giving|give} *4 away", "{will not|do not|won't|not going to} need {them|it|this|these|anything}",
            // "It", a decision, at a time.
            "{do|doing|done|happen|happening} it *3 {tonight|tomorrow|soon|this weekend|friday|saturday|sunday}",
            "{tonight|tomorrow|this weekend|soon} *3 {the night|the day|the time|it happens|i go|i do it|i finally}",
            "counting down", "{finished|done} with {all of it|it all|everything|life|living|all this}", "stopped hoping",
            "{no longer|do not even} hope", "deserve better than {me|having me}",
            "{everyone|they|people|my family|everybody|the world} would be {relieved|happier|better|fine|lighter} {$|without|if}",
            "{what|something} i am about to do", "i have decided",
            "{all|everything} {ready|set|planned|sorted}"
        )
    ]

    /// crisis-rules/5: the exculpating frames of the risk reading that no other frame covers:
    /// figures of speech and hyperbole ("dying to", "killing it", food, heat and boredom), everyday
    /// goodbyes (to a pet, a place, a show), and the writer's own denial ("i am not suicidal, just …").
    /// They set aside only the risk reading; a danger named outright by another rule still stands.
    static let riskAside: [CrisisRule] = [
        rule(
            "frame.hyperbole", .figure, "dying to", "dying for", "to die for", "die for a", "killing it", "killed it", "kill it",
            "die laughing", "{so|totally|absolutely|literally} dead $", "{hopeless|useless} {with|at}", "dying laughing", "dead tired",
            "dead serious", "dead end", "dead battery", "deadline", "deadlines",
            "{heat|weather|sun|commute|traffic|meeting|class|lecture|homework|exam|this} is killing me",
            "{is|are|was} killing me", "{phone|battery|laptop|plant|plants|car|tv} {is|was|are} dying",
            "{phone|battery|laptop} {died|dead}", "dead {inside|} {lol|lmao|haha}",
            "{bored|boring|embarrassed|embarrassing|hungry|tired|cringe} *3 {die|dying|dead}",
            "{die|dying|dead} of {embarrassment|boredom|cringe|laughter|heat|hunger|relief}", "swallow me", "dead to me",
            "{pizza|coffee|chocolate|cake|food|tea|burger}",
            "{battery|laptop|phone|houseplants|plants|plant|starter|mouse|fan|level|game|boss fight|character|wifi}"),
        rule(
            "frame.everyday", .figure,
            "{goodbye|farewell|bye|goodbyes} to {our|my|the|his|her} {dog|cat|pet|puppy|kitten|hamster|rabbit|house|flat|old|childhood|team|students|class|colleagues|coworkers|friends|summer|city|town}",
            "{our|my|the} {dog|cat|pet|hamster|rabbit|fish|grandad|grandma|grandpa|granny|nan} {died|passed|is dying}",
            "{this|next} {weekend|week|summer|semester}",
            "{office|remote|sugar|smoking|caffeine|alcohol|drinking|vaping}",
            "{visiting|company|band|job|team|season|series|shift|contract|lease|subscription|course|degree}",
            "{finals|exams|exam|homework|test|studying|calculus|maths|assignment|essay|project|deadline|meeting|graduation|coworkers|colleagues|moving|relationship}",
            "{email|speech|card|party|gift} {to|for}", "{end|ending} the {call|meeting|conversation|chat|stream|game|day}",
            "end of the day", "future self", "school", "thanks for the help", "old {furniture|books|clothes|stuff|toys|games|things}",
            "{charity|library|donation|donations|donate|donating}", "goodbye {2024|2025|2026|2027|year|summer|winter}"),
        rule(
            "frame.question", .figure, "what to {say|expect|write|do|bring}",
            "how {to|do i|do you|should i} {write|say|talk|get rid|cope with|support|explain}",
            "tips", "dead by daylight", "dying light", "how {to|do i|can i|do you|should i|would i}", "{template|templates|worksheet}",
            "safety {plan|planning}", "{client|clients|patient|patients|students|staff}", "{brain|technology|vs|versus|legal|legally}",
            "{final boss|boss fight|comedian|comedy|gig|show|set}", "{cook|starving|date|dinner|lunch|taxi|taxis|uber|bus|train|traffic}",
            "{learning|guitar|piano|diet|gym|language|duolingo|knitting}", "best way to", "advice {on|for|about}", "what am i doing wrong",
            "walkthrough",
            "explained", "debate",
            "arguments {for|against}", "law", "laws", "symbolism", "hospice", "patients", "patient", "volunteer", "journalist",
            "assisted dying", "benefits", "history", "is that {common|normal}", "is it {normal|common|okay} to",
            "{do|does} * work {on|for}", "analysis", "ethics", "ethical"),
        rule(
            "frame.negated", .figure, "{i am|im} not {suicidal|going to do anything|in danger|going to hurt myself}",
            "{i am|i feel} safe", "not {in|at} {danger|risk}", "do not worry {i am|about me}", "{just|only} {venting|joking|kidding}"),
    ]
}
