extension CrisisRules {
    /// crisis-rules/4: a medical emergency named only as one, in vaguer words ("took a lot of
    /// something and can't stand up"), and another person's fresh injuries shown to the writer.
    static let medical: [CrisisRule] = [
        rule(
            "medical.overdose", .medical,
            "{took|taken|swallowed|had|take} {a lot of|way too much of|too much of|all of my|all of|loads of|lots of|a load of|a handful of|handful of|a bunch of|a bottle of|a whole bottle of|a box of|a packet of|the whole packet of} *2 {something|pills|tablets|meds|medication|medicine|them|it|stuff}",
            "{took|taken|swallowed|since i took|after i took} *10 {can not stand up|can not breathe|can not stop shaking|feel like i am dying|can not move|can not stay awake|can not feel my|dizzy|really dizzy|so dizzy|throwing up|being sick|passing out|shaking}",
            "{taken|took|swallowed} {too much|too many|way too much|way too many|far too much|far too many} {$|and|now}",
            "{can not|could not} {breathe|stand up|stay awake|stop shaking|move} *4 {since|after} i {took|swallowed|had}"),
        rule(
            "self.act", .act, "{i am|am|i have been|been|started|keep|i|i just} cut {again|tonight|now|right now|today|$|and}",
            "{has|have|had|got} {cuts|burns|wounds|injuries|fresh cuts} on {her|his|their}",
            "{nearly|almost} {did it|went through with it|ended it|ended my life}",
            "{her|his|their} {fresh|new|recent|latest|} {injuries|cuts|wounds|burns}",
            "history of {attempts|attempting|self harm|overdoses|overdosing|cutting|self injury}"),
    ]
}
