extension CrisisRules {
    /// crisis-rules/4: not wanting to be there, in the words new writers used for it (the third
    /// held-out set's misses, generalised): not being around later, the end not far off, others
    /// better off or lighter without the writer, not minding not waking, a date or the means ready,
    /// and ending it at a time.
    static let absence: [CrisisRule] = [
        rule(
            "self.not-living", .risk,
            "{will not|not going to|never going to} be {around|here|alive} to",
            "{do not|do not really|honestly do not} think {i will|i would|i am going to} {be around|be here|be alive|make it|live|still be here|still be around} *2 {at|in|after|this|until|til|through|beyond|past|by}",
            "{world|everyone|everybody|family|they|friends|everything|life} *4 {brighter|happier|easier|lighter|better|nicer|calmer|simpler|quieter|kinder|safer|freer|richer|lovelier|more peaceful} {without me|if i was gone|if i were gone|with me gone|if i disappeared}",
            "what is {even|} the point {of|in} {waking up|getting up|tomorrow|another day|going on|trying anymore|any of it|carrying on}",
            "{choosing|chose|choose|decided|deciding|picking|pick} not to be {$|anymore|here|alive|around|and}",
            "{going to|will|about to|soon|probably} {become|be} {a|another|just another} {statistic|number|name on a list|number in the statistics}",
            "{easier|better|lighter|happier|simpler} *4 by {leaving it|leaving this world|leaving for good|disappearing|dying|not being here|being gone|ending it|ending my life|removing myself|not existing}",
            "{end|ending} {it|it all|everything|things|my life} {tonight|today|now|soon|tomorrow|right now|this weekend|this week}",
            "{if|when} i {do not|never|not} wake up *4 {fine|okay|alright|good|a relief} {by|with|to|for} me",
            "{would not|do not|will not|would not even} mind {if i|} {did not|never|not|do not} {wake up|woke up|waking up}",
            "{would not|do not|will not} mind {dying|if i died|being dead|not being here|not existing}",
            "if i die {i die|so be it|whatever|then i die|who cares|that is fine|fine|$}",
            "{scared|afraid|frightened|terrified|living} {of|} {living|to live|facing} another {year|day|week|month|decade} {like this|of this|$}",
            "{can not|could not} {do|face|survive|take|bear|live} another {year|day|month|week|decade} {like this|of this}",
            "all i {think|can think|ever think|thought} about is {dying|death|killing myself|suicide|ending it|not being here|not existing|dying}",
            "{just|only|basically} waiting to die",
            "{not|never} coming back {ever|again|ever again|$}",
            "{see|find|have|there is|i see|i have} no {reason|point} {to|in} {carry on|carrying on|go on|going on|keep going|continue|continuing|live|living|be here|stay|staying}",
            "{scared|afraid|worried|terrified|frightened} {i will|i might|i would|i am going to|that i will|that i might} {act on|give in to|go through with} {it|them|this|the thoughts|the urges}",
            "{insurance|life insurance|insurance money|insurance payout|payout} *6 {better off|be fine|be okay|taken care of|go to us|go to them|go to my family|go to the kids|would go to|will go to}",
            "{get|gets|getting|collect|collects} {the|my|his|her} {insurance|life insurance|insurance money|payout}",
            "sorry for being {a|such a|the} burden {$|anymore|for much longer|and}",
            "{do not|never|no longer|not} {plan on|plan to|intend to|expect to|care to|intend on} {wake up|waking up|being here|being around|seeing tomorrow|see tomorrow|living|getting older|growing old|be here|be around|make it}",
            "{do not|can not|could not|never} see myself {getting older|growing old|growing up|getting old|in the future|being older|having a future|at 30|at thirty|next year|in a year}",
            "want out {of it|of life|of my life|of everything|of this life|of this world} {for real|for good|forever|permanently|$|now}",
            "{no|not a|there is no} {version of the future|future|version of tomorrow|world} {where|with|that has} {i am|i|me}",
            "{way|way out|way through|option|choice|answer|solution} *4 {except|other than|apart from|besides} {not being here|dying|ending it|not existing|being gone|disappearing|death|to die|ending my life|killing myself}",
            "<want> *1 {disappear|vanish|go away} {and|} {never|not} {be found|come back|return|be seen}",
            "<want> *4 {and|} {not|never} {come back|wake up|return|be back|open my eyes}",
            "{go|be|stay|make everything|make it all} {quiet|still|dark|silent|stop} forever",
            "{sleep|fall asleep|go to sleep|close my eyes} and {that be it|that is it|be done|that is the end|never come back|not come back}",
            "pretending {i want to|to want to|i still want to} {be here|live|be alive|stay|keep going|exist}",
            "{give|giving|gave} up {for good|forever|permanently|on everything|on staying alive}",
            "{imagine|imagining|picture|picturing|think about|thinking about} *4 {my funeral|my own funeral|my grave}",
            "{will not|not going to} be {a burden|a problem|in the way|here|around} for much longer"),
        rule(
            "self.plan", .risk, "my plan is {set|ready|in place|made|sorted|final|done|for} {for|$|now}",
            "{have|got|with} a date {picked|set|chosen|now|in mind}", "{a|the} date {is|} {picked|set|chosen} {$|and|now}",
            "{have|got} {what|everything} i need {to do it|to end it|to go through with it}",
            "{have|got} {what|everything} i need {$|right here|next to me|right next to me|with me|ready}",
            "{been|am|have been} {getting|got|get} everything ready", "{plan|planning|planned|plotting} my {exit|way out|escape from life}",
            "{everything|all} i need {is|} {ready|here|next to me|right next to me|with me|in place}"),
        rule(
            "self.unable-to-stop", .risk, "{can not|could not} stop myself {$|tonight|now|anymore|any more|this time|and|again}"),
    ]
}
