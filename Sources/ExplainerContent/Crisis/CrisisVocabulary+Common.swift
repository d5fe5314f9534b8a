extension CrisisVocabulary {
    /// Frequent English words, the words of the rules and of the explainer's own subject, and the
    /// shorthand people type to a chatbot. The language check counts a message as English when most
    /// of its words are here (after the common endings are taken off).
    static let commonSource = """
        a about above across act actually after again against age ago ahead all almost alone along already also
        although always am among an and anger angry another answer any anybody anyone anything anyway anymore anywhere
        are area around as ask asked asking at attempt attention away awful baby back bad badly be became because become
        bed been before began begin behind being believe best better between big bit body book books born both boy
        brain break breath breathe bring brother brought build burden busy but buy by call called calm came can care
        careful case cause change chat check child children class clean close come comes coming could count couple course
        crazy crisis cry crying cut damage dark date daughter day days dead deal dear death decide decided deep depressed
        depression did die died dies different difference do doctor does doing done door down dream drink drive drop
        during each early easy eat either else email emergency end enough even evening ever every everybody everyone
        everything exactly exam example except exist face fact fail fall family far fast father fault fear feel feeling
        feelings felt few fight find fine finish first five fix for forever forget forgot found four free friend friends
        from front full fun funny future game gave get gets getting girl give given glad go goes going gone good goodbye
        got great group grow guess guy guys had half hand happen happened happy hard harm has hate have having he head
        health hear heard heart help helped helping her here herself hey hi high him himself his hold home hope hopeless
        horrible hospital hour hours house how however hug hungry hurt husband i idea if ill important in inside instead
        into is it itself job join just keep kept kid kids kill killed kind knew know known last late later laugh learn
        least leave left less let letter lie life light like likely line list listen little live lived lives living long
        look looking lose lost lot lots love loved low mad made make makes making man many matter maybe me mean means
        meant med meds medicine meet message mind mine minute minutes miss mom money month months more morning most
        mostly move much mum must my myself name need needed never new news next nice night no nobody noone none normal
        not note nothing notice now number of off often oh okay old on once one only open or other others our ourselves
        out outside over own pain parent parents part partner past pay people person phone pick place plan play please
        point police post power pretty problem problems proud put question quick quiet quite rather read ready real
        really reason relief remember rest right room run sad safe said same sat save saw say scared school second see
        seem seen self send sent serious she should show sick side since single sister sit sleep slept small so some
        somebody someone something sometimes son soon sorry speak start stay still stop stopped story strong stuck
        student study stuff stupid such suicide suicidal support sure survive take talk talked teacher tell than thank
        thanks that the their them themselves then there these they thing things think this those though thought three
        through time tired to today together told tomorrow tonight too took top tried true trust try trying turn two
        under understand until up upset us use used very wait wake walk want wanted was watch way we week weekend weeks
        weird well went were what whatever when where whether which while who whole why wife will wish with without
        woke woman word words work world worried worry worse worst worth would write wrong year years yes yesterday yet
        you young your yourself
        able absolutely accident ache addict addictive advice afraid afternoon agree air alive allowed anxiety anxious
        anybody apart app appointment aunt awake aware awareness bath bathroom battery beat beautiful belief bill birthday
        bleed bleeding blood blame boss bottle bored boring boyfriend breakup breathing brave broke broken brothers burn
        burnout bye cafe calls campus cant career cat caught certain chance character chest choice choose clinic clinical
        coffee cold college common community complete confused contact control cope coping counsellor counselor country
        cousin cover crying culture cure curious dad danger dangerous daily dear deserve describe diagnosis disappear
        disorder dizzy doctor dog drama dramatic drug drugs drunk dying eating effect emotion emotional emotions empty
        energy enough especially essay event events evidence explain explainer fact facts failed fair fake fat fault fear
        fears final finally fire flat focus food forgive forward friendship fucking gender gentle goal god grade grades
        grandma grandmother grandpa grandfather grief guilt guilty hair hang happens harmful heal healing heaven hell
        helpline history hobby holiday honest honestly hopefully hormone hotline hug hurtful ignore ill illness imagine
        info information injury insane instead interpersonal intrapersonal isolated isolation joke joking kidding killer
        knife later lazy legal lesson lied lifeline lonely loser lyrics mania manage manipulative marks meaning media medical
        meeting memory mental message method mild minute mistake moment monday mood mother motivation movie music nap
        nervous night nightmare nobody normally novel numb nurse nssi ocean offset online pain painful painkillers
        panic paper parent pathetic patient peace peaceful percentage perception period pet pill pills plant poem point
        pointless positive prevention private privacy process professional project psychiatrist psychologist punish
        purpose rate rates razor reach recover recovered recovery regulation relapse relapsed relationship relief
        remember report research respond response review risk roommate rules sadness safety scar scars scream section
        seek sent severe shame shower signal signs skills sleep slowly social song sorry source spider stage stats
        statistics stress stressed stressful strength studies subscription suffering summarise summarize summary
        support survived survivor symptom symptoms teen teenager teens tablets terrible test text therapist therapy
        thesis thoughts throat tip tips tonight tough toxic trauma trigger triggered ugly uncle understood unsafe useless
        vent video violence wanna weather weed weeds weight whale whales worthless write writing wrote yeah yell
        accurate according age anonymous cancel cases causes clean cliff contagion crisisline defined definition
        depression ideation guideline guidelines intent linux mental mentions painless passive plant prevalence review
        self-injury suicidality teenage treatment ways euthanasia law laws europe european comparison compare
        skill mentor whale time game mind body culture term terms glossary claim claims source sources passage
        question questions answer answers search result results content version language english word meaning
        brain area areas signal scrambling endurance criticism threshold tolerance sensation physical cognitive
        behaviour behavior behavioural behavioral function functions reinforcement punishment regulation distress
        lol lmao omg idk tbh ngl btw imo ya yeah yep nope nah hmm um uh okay ok pls plz thx ty
        """
}
