/// How the rules read one core signal: whom it is about and what frames it.
struct CrisisReading: Sendable, Hashable {
    /// Whom the words are about.
    var person: CrisisPerson
    /// A negation between the subject and the words ("i do not want to die").
    var negated = false
    /// An "if" or "what if" governing the words.
    var hypothetical = false
    /// Said of the past, with nothing recent in the clause.
    var past = false
    /// Inside double quotation marks.
    var quoted = false
    /// "die of", "die laughing", "die my hair": not about dying.
    var hyperbole = false
    /// A question about the subject somewhere in the message ("what is", "signs of").
    var question = false
    /// Research, media, fiction or the explainer somewhere in the message.
    var document = false
    /// Research, media or fiction named before the words.
    var documentBefore = false
    /// A question about the words themselves, holding them ("what does kms mean").
    var mention = false
    /// The words are a noun's modifier ("suicide doors", "self-harm support worker").
    var compound = false
    /// Reported words ("says", "lyrics") just before, and whom they were reported of.
    var reportedSpeaker: CrisisPerson?
}
