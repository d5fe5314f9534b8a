extension CrisisRules {
    /// crisis-rules/4: farewells in the words new writers used: a last post or letter, messages for
    /// after ("if you're reading this"), a sorry left for one's people, a goodbye the other did not
    /// recognise told in a sentence of its own.
    static let farewells: [CrisisRule] = [
        rule(
            "self.farewell", .risk, "{final|last} {post|message|text|letter|note|words} {$|ever|from me}", "final post",
            "{a|her|his|their|my} {goodbye|farewell} {caption|post|story|message|status|video|note|letter|text|tweet}",
            "{my|her|his|their} {last|final} {letter|note|post|message|email|text} {ever|to anyone|to me|$}",
            "{if|when} {you are|anyone is|someone is|you} {reading|read|find|found} this *4 {gone|dead|not here|not alive|too late|not around}",
            "by the time {you|anyone|someone|they} {read|reads|see|sees|find|finds} this",
            "{if|when} {you are|anyone is|someone is|you} {reading|read|find|found} this *3 {i am sorry|sorry|i love you|forgive me}",
            "tell my * {i am sorry|sorry|i said sorry|i am so sorry}",
            "{writing|rewriting|write|wrote|written|rewrote} {and rewriting|} my goodbye",
            "{nobody|no one|noone|they|nobody is going to} {will|is going to|} find me {until|in time|before|till|til}",
            "{when|once|after|if} i am {not here|not around|no longer here|no longer around|not here anymore}",
            "{i am|i} ready to go now", "said what i {needed|wanted|had} to {say|$}",
            "{written|wrote|left|leave|leaving|writing|recorded|made} *6 to {read|find|open|have|keep} {after|afterwards|when i am gone|once i am gone|when i am not here|after i am gone}",
            "{said|say|saying|texted|sent} {bye|goodbye} to *5 without {them|anyone|people|anybody} {realising|realizing|noticing|knowing|seeing}",
            "{did not|does not|will not|never} {know|knew|realise|realize} {it was|that was|it would be|this was} {goodbye|the last time|a goodbye|my goodbye}"
        )
    ]
}
