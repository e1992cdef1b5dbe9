package no.ipfhir.population;

/**
 * The words of the plans, by functional area (no-ip-funksjonsomrade): a need, a goal in the
 * patient's own words with an ICF code of the function it concerns, and tiltak by service sector.
 */
final class PlanTexts {

    /** area code, need, goal text, ICF code. */
    static final String[][] AREAS = {
        {"fysisk", "Nedsatt gangfunksjon og balanse; trenger trening og hjelp ute", "Jeg vil gå tur alene igjen", "d450"
        },
        {"fysisk", "Trenger hjelp til personlig stell om morgenen", "Jeg vil klare morgenstellet selv", "d510"},
        {"kognitiv", "Svikt i hukommelse og oppmerksomhet etter skaden", "Jeg vil holde orden på avtalene mine", "d230"
        },
        {"sosial", "Lite sosial kontakt; har trukket seg fra venner", "Jeg vil treffe venner hver uke", "d920"},
        {"psykisk", "Perioder med angst og uro", "Jeg vil mestre hverdagen uten å bli så redd", "b152"},
        {
            "psykososial",
            "Familien trenger avlastning og veiledning",
            "Vi vil ha en hverdag som fungerer for hele familien",
            "d760"
        },
        {"medisinsk", "Epilepsi som krever tett oppfølging av medisiner", "Jeg vil ha færre anfall", "b110"},
        {"sanseomradet", "Nedsatt syn; trenger hjelpemidler og opplæring", "Jeg vil lese og bruke mobilen selv", "d166"
        },
        {"laering-mestring", "Trenger tilrettelagt opplæring og struktur", "Jeg vil lære å lese bedre", "d140"},
        {
            "arbeid-utdanning",
            "Ute av arbeid; ønsker å komme tilbake gradvis",
            "Jeg vil tilbake i jobb, først noen timer i uka",
            "d850"
        },
        {"sosial", "Vansker med lek og samspill med jevnaldrende", "Jeg vil leke med de andre i friminuttet", "d880"},
        {"kognitiv", "Vansker med å uttrykke seg og å bli forstått", "Jeg vil kunne si fra om hva jeg vil", "d330"}
    };

    static final String[] RESOURCES = {
        "God støtte fra familien",
        "Motivert og har klare ønsker",
        "Liker å være ute og i aktivitet",
        "Har et godt nettverk i nærmiljøet"
    };

    /** sector code, tiltak text, instruction. */
    static final String[][] TILTAK = {
        {
            "kommune",
            "Fysioterapi i hjemmet: gangtrening og balanse",
            "Fysioterapeuten kommer hjem til deg to ganger i uka."
        },
        {"kommune", "Hjemmesykepleie: hjelp med morgenstell og medisiner", "Hjemmesykepleien kommer hver morgen."},
        {"kommune", "Ergoterapi: vurdering og utprøving av hjelpemidler", "Ergoterapeuten avtaler besøk med deg."},
        {"kommune", "Avlastning i helg", "Avlastningsboligen tar imot deg annenhver helg."},
        {"kommune", "Støttekontakt for fritidsaktiviteter", "Støttekontakten følger deg til aktiviteter en kveld i uka."
        },
        {
            "spesialisthelsetjeneste",
            "Poliklinisk oppfølging ved habiliteringstjenesten",
            "Du får time hos habiliteringstjenesten hver tredje måned."
        },
        {
            "spesialisthelsetjeneste",
            "Veiledning av ansatte i kommunen",
            "Habiliteringstjenesten veileder personalet rundt deg."
        },
        {"nav", "Arbeidsrettet oppfølging og arbeidstrening", "NAV-veilederen følger deg opp på arbeidsplassen."},
        {"nav", "Søknad om hjelpemidler fra hjelpemiddelsentralen", "NAV behandler søknaden og gir deg beskjed."},
        {"skole", "Tilrettelagt undervisning med spesialpedagog", "Du får undervisning i liten gruppe fire timer i uka."
        },
        {"skole", "Assistent i friminutt og overganger", "En assistent er med deg ute i friminuttene."},
        {
            "fastlege",
            "Medisinsk oppfølging hos fastlegen",
            "Fastlegen ser deg hver tredje måned og følger opp medisinene."
        },
        {"barnehage", "Spesialpedagogisk hjelp i barnehagen", "En spesialpedagog er med i barnehagen tre timer i uka."},
        {"ppt", "Sakkyndig vurdering og oppfølging fra PPT", "PPT vurderer behovet ditt og følger opp skolen."}
    };

    static final String[] EVALUATION_NOTES = {
        "Går framover, men blir fort sliten.",
        "Klarer mer enn ved forrige evaluering.",
        "Står omtrent på stedet hvil.",
        "Har hatt en tung periode; justerer tiltakene.",
        "Målet er nesten nådd."
    };

    private PlanTexts() {}
}
