extension CrisisRules {
    /// crisis-rules/4: weak and vague signals in new writers' words; each counts only with another
    /// (two weak, a weak or vague one with a time, two vague ones).
    static let signals: [CrisisRule] = [
        rule(
            "self.distress", .weak, "no light at the end of {the|this|my} tunnel", "{only|just} more tunnel",
            "what is the point {anymore|any more|$|of anything}", "sorry everyone $", "i tried $", "i did my best $", "i am tired $",
            "sorry for being {a|such a|the} burden", "{not|not be} for much longer $", "not be {for|} much longer",
            "{cancelled|canceled|ended|closed|gave up} my {lease|subscriptions|contract|phone contract|accounts|account|gym membership|flat}",
            "said my thank {yous|you}", "{feels|feel|it feels|i feel|feeling} {peaceful|calm|right|at peace|so calm|so peaceful} $",
            "{give|gave|giving|gone|given} away {most of|all of|some of|half of|nearly all of|all|} {my|his|her|their}",
            "{nobody|no one|noone} knows why",
            "{deleted|wiped|deactivated} {everything|all her|all his|all my|her account|his account|their account|my account|all their}",
            "{they|people|nobody|no one|noone|everyone} {do not|does not|did not} know why", "asking for me $",
            "help me {$|i am|please|i}", "urges {are|is} {so|really|very|getting|too|} {bad|strong|loud|intense|worse|much}",
            "stopped {looking after|taking care of|caring for|feeding} myself", "on purpose $",
            "{do not|please do not|never} blame {yourselves|yourself|anyone|each other|urself|you}",
            "i love you all $", "{told|said to} {you|everyone|them|people} i was {fine|okay|ok|good}", "i am not $",
            "{nobody|no one|noone|we|i|they} {can|could|can not|could not} {reach|get hold of|get through to|contact|find} {him|her|them}",
            "{account|profile|page|instagram|facebook} {is|was|has been|got} {gone|deleted|deactivated|wiped}",
            "{will not|not going to|will never|does not|do not} need *4 {next year|next month|next week|next term|next semester|next years|anymore}",
            "made me promise {not to|to not|i would not} tell",
            "{will not|would not|does not|refuses to} say {for what|what for|why|what it is for}",
            "not scared of {dying|death} {anymore|$}", "{will not|not going to|will never} be need", "sorry $",
            "{gave|given|give|giving} {me|us} {his|her|their} {dog|cat|pet|pets|things|stuff}",
            "{tired of|can not keep|done|sick of} pretending", "i am the problem", "this is the end {$|now}",
            "{everyone|they|people|nobody|everybody|my family} {would|will} {move on|forget me|forget about me|get over it|be fine}",
            "why {stay|bother staying|keep going|carry on|bother|stick around} $", "{do not|not} want {to stop|anyone to stop me} $"),
        rule(
            "self.vague-intent", .vague, "this is it for me {$|honestly|i think}", "i have a date $",
            "{it is|now it is} almost time $", "{making|make|made} sure of it {$|this time|tonight|now}",
            "do something {i can not|i could not|i will not be able to|that i can not} {undo|take back}",
            "{going to|will|about to} find out {soon|tonight|$|today}",
            "{done|finished} waiting {$|now}", "{going to|will|about to} just go $",
            "{going to|will|about to} {remove|get rid of} {the problem|myself|the burden}",
            "{going to|will|about to} {finally|} stop {hurting|the pain|feeling|suffering} $",
            "let {the pain|it|the thoughts|the urges|the darkness|the voices} win", "already started {$|and}", "just going to go $",
            "do not {try to|} stop me $", "{everything|all} {is|} {ready|set|in place} {now|$|for}",
            "{has|had} everything {ready|planned|sorted|set}"),
        rule("other.worried", .concernAsk, "is it {bad|normal|weird|concerning|worrying|serious} {that|if|} my"),
    ]
}
