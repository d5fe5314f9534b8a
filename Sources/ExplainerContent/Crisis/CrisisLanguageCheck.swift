/// Whether the detector can read a message: English in the Latin script, most of its words known.
///
/// The rules read English only, so a message in another language or script must not come back as a
/// confident `info`. A message is not understood when most of its letters are in another script,
/// or when at most half of its words are English the detector knows (`CrisisVocabulary.isKnown`,
/// after shorthand and misspellings are normalised) and something says it is another language: a
/// word written with accents, a common word of another language (`foreignWords`), or fewer than a
/// third of two or more words known. One unknown word alone (a name, a term of the explainer) is read as
/// English. A message with no letters is understood when it is only digits and punctuation, and not
/// when it holds emoji or other symbols (something was said that the rules cannot read).
enum CrisisLanguageCheck {
    /// Frequent short words of other languages written in the Latin script that are not English words.
    static let foreignWords: Set<String> = Set(
        """
        que el los las yo quiero mi tu su por para con sin pero muy estoy esta soy tengo morir vivir ya mas nada ayuda
        je ne pas le les et est du il elle suis veux mourir moi merci pour votre aide ai plus rien vie
        ich nicht und der das ist ein eine mit auf fur sie wir bin will mehr leben sterben hilfe mich
        ik het een niet dood wil ben mijn
        eu nao um uma quero morrer estou minha voce
        io non che per sono voglio morire aiuto posso trovare uno vicino psicologo mio sto aiutami della parlare qualcuno
        como puedo encontrar cerca necesito hablar alguien ayudame
        besoin parler quelqu comment trouver aidez kann brauche jemanden reden wie preciso falar alguem ajuda
        aku saya tidak ingin mau mati tolong
        ko ang nang hindi gusto mamatay ako
        bir ve bu istiyorum ben olmek
        sie jest chce umrzec nie
        toi muon chet khong
        nataka kufa sitaki
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { CrisisNormalizer.squeeze(String($0)) })

    /// Endings common in English words and rare at the end of words in the other Latin-script
    /// languages people write to the service in, for words outside the vocabulary ("technology").
    static let englishEndings = [
        "ing", "tion", "tions", "ness", "ment", "ments", "ogy", "ity", "ous", "ful", "les", "able", "ship", "ly", "ed", "ers",
    ]

    /// Whether an unknown ASCII word has an English ending.
    static func looksEnglish(_ word: String) -> Bool {
        word.utf8.count > 4 && word.utf8.allSatisfy { $0 < 0x80 } && englishEndings.contains { word.hasSuffix($0) }
    }

    /// Whether the normalised message is English the rules can read.
    static func understood(_ text: CrisisText) -> Bool {
        let letters = text.latinLetters + text.otherLetters
        guard letters > 0 else { return text.symbols == 0 }
        guard text.otherLetters * 2 < letters else { return false }
        let counted = text.tokens.filter { $0.word != "lol" && $0.word.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) }
        let words = counted.count
        var known = 0
        var foreign = 0
        for token in counted {
            if CrisisVocabulary.isKnown(token.word) || looksEnglish(token.word) {
                known += 1
                // More than half known: English, whatever the rest are.
                if known * 2 > words { return true }
            } else if foreignWords.contains(token.word) {
                foreign += 1
            }
        }
        guard words > 0 else { return true }
        return !(text.accentedWords > 0 || foreign > 0 || (words >= 2 && known * 3 < words))
    }
}
