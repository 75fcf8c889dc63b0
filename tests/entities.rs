//! Organisations, people, places and groups on sentences and short articles written for these
//! tests (and the bundled story): roles in several patterns, alias and surname merging, listed
//! places, groups, non-ASCII names, and the distractors that must not become entities.

use dateline::extract::{Options, extract_text};
use dateline::story::{Entity, FactKind, Story};
use proptest::prelude::*;

fn story(text: &str) -> Story {
    extract_text(text, &Options::default())
}

/// (kind, text as written, canonical name, role) of every entity mention.
fn mentions(s: &Story) -> Vec<(FactKind, &str, &str, Option<&str>)> {
    s.facts
        .iter()
        .filter(|f| f.kind.is_entity())
        .map(|f| {
            (
                f.kind,
                f.text(&s.document.text),
                f.name().unwrap_or(""),
                f.role(),
            )
        })
        .collect()
}

fn entity<'a>(s: &'a Story, name: &str) -> Option<&'a Entity> {
    s.entities.iter().find(|e| e.name == name)
}

fn kind_of(s: &Story, name: &str) -> Option<FactKind> {
    entity(s, name).map(|e| e.kind)
}

fn names(s: &Story) -> Vec<&str> {
    s.entities.iter().map(|e| e.name.as_str()).collect()
}

/// No entity mention has `word` as one of its words, and no entity is named `word`.
fn absent(s: &Story, word: &str) -> bool {
    !s.facts.iter().any(|f| {
        f.kind.is_entity()
            && f.text(&s.document.text)
                .split_whitespace()
                .any(|w| w == word)
    }) && entity(s, word).is_none()
}

#[test]
fn bundled_story_gives_its_entities_and_nothing_else() {
    let s = extract_text(dateline::BUNDLED_STORY, &Options::default());
    let mut got: Vec<(FactKind, &str)> = s
        .entities
        .iter()
        .map(|e| (e.kind, e.name.as_str()))
        .collect();
    got.sort();
    let mut want = vec![
        (FactKind::Org, "Amazon"),
        (FactKind::Org, "OpenAI"),
        (FactKind::Org, "SoftBank"),
        (FactKind::Org, "Anthropic"),
        (FactKind::Org, "Amazon Web Services"),
        (FactKind::Org, "PYMNTS"),
        (FactKind::Person, "Andy Jassy"),
        (FactKind::Place, "Indiana"),
        (FactKind::Group, "Middle Eastern sovereign wealth funds"),
    ];
    want.sort();
    assert_eq!(got, want);
    let jassy = entity(&s, "Andy Jassy").unwrap();
    assert_eq!(jassy.role.as_deref(), Some("Amazon CEO"));
    let aws = entity(&s, "Amazon Web Services").unwrap();
    assert_eq!(aws.aliases, ["AWS"]);
    // "(AWS)" and the later "AWS has been …" are both mentions of it.
    assert_eq!(aws.mentions.len(), 3);
    // "Amazon’s" with a curly apostrophe: the possessive is not part of the mention.
    assert!(
        s.facts
            .iter()
            .all(|f| !f.text(&s.document.text).contains('’'))
    );
    for word in [
        "AI",
        "ChatGPT",
        "Executives",
        "For",
        "Scroll",
        "Continue",
        "Advertisement",
    ] {
        assert!(absent(&s, word), "{word} should not be an entity");
    }
}

#[test]
fn mentions_are_exact_spans_linked_to_their_entities() {
    let text = "Acme Corp hired Dana Whitcombe. Whitcombe, 52, moved from Ohio.";
    let s = story(text);
    for f in s.facts.iter().filter(|f| f.kind.is_entity()) {
        assert_eq!(
            &text[f.span().start..f.span().end],
            f.text(&s.document.text)
        );
        let e = &s.entities[f.entity_index().unwrap()];
        assert!(e.mentions.contains(&f.index()));
        assert_eq!(f.name(), Some(e.name.as_str()));
        assert_eq!(f.kind, e.kind);
    }
    assert_eq!(entity(&s, "Dana Whitcombe").unwrap().mentions.len(), 2);
}

#[test]
fn roles_before_the_name() {
    let s = story(
        "The talks are led by Amazon CEO Andy Jassy. Investors cheered when chief executive \
         Dana Whitcombe spoke. French President Emmanuel Macron met former Treasury Secretary \
         Janet Yellen and Microsoft co-founder Bill Gates in Paris.",
    );
    let m = mentions(&s);
    for (name, role) in [
        ("Andy Jassy", "Amazon CEO"),
        ("Dana Whitcombe", "chief executive"),
        ("Emmanuel Macron", "French President"),
        ("Janet Yellen", "former Treasury Secretary"),
        ("Bill Gates", "Microsoft co-founder"),
    ] {
        assert!(
            m.contains(&(FactKind::Person, name, name, Some(role))),
            "{name} as {role} in {m:?}"
        );
    }
    // The owner of a role is an entity of its own; the nationality is not.
    assert_eq!(kind_of(&s, "Amazon"), Some(FactKind::Org));
    assert_eq!(kind_of(&s, "Microsoft"), Some(FactKind::Org));
    assert!(absent(&s, "French"));
    assert_eq!(kind_of(&s, "Paris"), Some(FactKind::Place));
}

#[test]
fn roles_after_the_name_and_honorifics() {
    let s = story(
        "Dana Whitcombe, chief financial officer of Acme, declined to comment. \
         Zoë Müller, an economist at Société Générale, said demand was slowing. \
         Ravi Iyer, a spokesperson, said Mr. Iyer would not attend.",
    );
    let m = mentions(&s);
    assert!(m.contains(&(
        FactKind::Person,
        "Dana Whitcombe",
        "Dana Whitcombe",
        Some("chief financial officer of Acme")
    )));
    assert!(m.contains(&(
        FactKind::Person,
        "Zoë Müller",
        "Zoë Müller",
        Some("economist at Société Générale")
    )));
    assert_eq!(kind_of(&s, "Acme"), Some(FactKind::Org));
    assert_eq!(kind_of(&s, "Société Générale"), Some(FactKind::Org));
    let iyer = entity(&s, "Ravi Iyer").unwrap();
    assert_eq!(iyer.role.as_deref(), Some("spokesperson"));
    // "Mr. Iyer" is a second mention, without the honorific in the span.
    assert_eq!(iyer.mentions.len(), 2);
    assert!(m.iter().all(|x| !x.1.starts_with("Mr")));
}

#[test]
fn speech_verbs_make_people() {
    let s = story(
        "Renata Kowalczyk said the plan was sound. \"We will grow,\" said Tomasz Brzezinski.",
    );
    assert_eq!(kind_of(&s, "Renata Kowalczyk"), Some(FactKind::Person));
    assert_eq!(kind_of(&s, "Tomasz Brzezinski"), Some(FactKind::Person));
}

#[test]
fn surnames_refer_back_to_people() {
    let s = story(
        "Amazon CEO Andy Jassy spoke on Tuesday. Jassy said the cuts were not about money. \
         Analysts asked Jassy about margins.",
    );
    let jassy = entity(&s, "Andy Jassy").unwrap();
    assert_eq!(jassy.kind, FactKind::Person);
    assert_eq!(jassy.mentions.len(), 3);
    for &m in &jassy.mentions {
        let f = &s.facts[m];
        assert_eq!(f.kind, FactKind::Person);
        assert_eq!(f.role(), Some("Amazon CEO"));
    }
    assert!(entity(&s, "Jassy").is_none());
}

#[test]
fn aliases_in_parentheses_and_short_forms_merge() {
    let s = story(
        "The Federal Trade Commission (FTC) sued Brightline Holdings Inc. on Friday. \
         The FTC said Brightline misled buyers. Brightline Holdings Inc. denied it, and \
         Brightline shares fell.",
    );
    let ftc = entity(&s, "Federal Trade Commission").unwrap();
    assert_eq!(ftc.kind, FactKind::Org);
    assert_eq!(ftc.aliases, ["FTC"]);
    assert_eq!(ftc.mentions.len(), 3);
    let bright = entity(&s, "Brightline Holdings Inc.").unwrap();
    assert_eq!(bright.mentions.len(), 4);
    assert!(entity(&s, "FTC").is_none() && entity(&s, "Brightline").is_none());
    assert!(absent(&s, "Friday"));
}

#[test]
fn exact_repeats_are_one_entity() {
    let s = story("Vexora Labs raised money. Vexora Labs will hire. Vexora Labs is in Texas.");
    assert_eq!(entity(&s, "Vexora Labs").unwrap().mentions.len(), 3);
    assert_eq!(s.entities.len(), 2);
}

#[test]
fn places_from_the_list_including_multi_word_ones() {
    let s = story(
        "The bank opened offices in New York, São Paulo and Hong Kong, and a Rio de Janeiro \
         branch. A Mexico City-based rival moved to Ontario, British Columbia and Kansas City.",
    );
    for place in [
        "New York",
        "São Paulo",
        "Hong Kong",
        "Rio de Janeiro",
        "Mexico City",
        "Ontario",
        "British Columbia",
        "Kansas City",
    ] {
        assert_eq!(
            kind_of(&s, place),
            Some(FactKind::Place),
            "{place} in {:?}",
            names(&s)
        );
    }
    assert_eq!(s.entities.len(), 8, "{:?}", names(&s));
}

#[test]
fn places_and_orgs_by_suffix() {
    let s = story(
        "Regulators in Orange County questioned the Bank of America unit and Helios Pharma. \
         The Ministry of Finance backed Indiana University.",
    );
    assert_eq!(kind_of(&s, "Orange County"), Some(FactKind::Place));
    for org in [
        "Bank of America",
        "Helios Pharma",
        "Ministry of Finance",
        "Indiana University",
    ] {
        assert_eq!(
            kind_of(&s, org),
            Some(FactKind::Org),
            "{org} in {:?}",
            names(&s)
        );
    }
    assert!(entity(&s, "America").is_none() && entity(&s, "Indiana").is_none());
}

#[test]
fn groups_from_nationality_and_region_adjectives() {
    let s = story(
        "German carmakers lobbied hard. Chinese regulators and European lenders disagreed, \
         while Middle Eastern sovereign wealth funds and U.S. lawmakers stayed quiet.",
    );
    for g in [
        "German carmakers",
        "Chinese regulators",
        "European lenders",
        "Middle Eastern sovereign wealth funds",
    ] {
        assert_eq!(
            kind_of(&s, g),
            Some(FactKind::Group),
            "{g} in {:?}",
            names(&s)
        );
    }
    // A country's name before a plural is the place, named attributively (the corpus
    // convention: "a New York paint company" names New York).
    assert_eq!(kind_of(&s, "United States"), Some(FactKind::Place));
    assert_eq!(s.entities.len(), 5, "{:?}", names(&s));
}

#[test]
fn nationality_alone_is_not_an_entity() {
    let s = story("The French economy grew. A German bank and a Japanese firm signed a deal.");
    assert!(s.entities.is_empty(), "{:?}", names(&s));
}

#[test]
fn non_ascii_names() {
    let s = story(
        "Nguyễn Văn An told reporters in Hanoi that Łukasz Nowak would join. \
         Zoë Müller said Société Générale agreed.",
    );
    assert_eq!(kind_of(&s, "Nguyễn Văn An"), Some(FactKind::Person));
    assert_eq!(kind_of(&s, "Łukasz Nowak"), Some(FactKind::Person));
    assert_eq!(kind_of(&s, "Zoë Müller"), Some(FactKind::Person));
    assert_eq!(kind_of(&s, "Hanoi"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "Société Générale"), Some(FactKind::Org));
}

#[test]
fn sentence_initial_capitals_need_evidence() {
    let s = story(
        "Executives said the outlook was weak. However, Zentrix beat forecasts. Zentrix \
         shares rose. Last week, Meanwhile and Despite were not names. Investors cheered.",
    );
    assert_eq!(names(&s), ["Zentrix"]);
    assert_eq!(entity(&s, "Zentrix").unwrap().mentions.len(), 2);
}

#[test]
fn brand_shapes_and_possessives_start_sentences() {
    let s = story("OpenAI’s board met. SoftBank invested. PYMNTS reported it. Kestrel's CEO quit.");
    for org in ["OpenAI", "SoftBank", "PYMNTS", "Kestrel"] {
        assert_eq!(
            kind_of(&s, org),
            Some(FactKind::Org),
            "{org} in {:?}",
            names(&s)
        );
    }
}

#[test]
fn months_weekdays_and_common_acronyms_are_not_entities() {
    let s = story(
        "In October, the CEO said AI spending rose in Q4 and FY2025. On Monday the CFO \
         cited GDP, the IPO and EV demand in March. The company declined to comment.",
    );
    assert!(s.entities.is_empty(), "{:?}", names(&s));
}

#[test]
fn acronyms_that_are_names_are_orgs() {
    let s = story("Shares of AWS rivals fell after the FBI and NATO commented.");
    for org in ["AWS", "FBI", "NATO"] {
        assert_eq!(
            kind_of(&s, org),
            Some(FactKind::Org),
            "{org} in {:?}",
            names(&s)
        );
    }
}

#[test]
fn title_case_headlines_and_page_furniture() {
    let s = story(
        "Advertisement: Scroll to Continue\n\nRead More About Our Newsletter Offers\n\n\
         Quarterly results beat estimates at Corvane.",
    );
    assert_eq!(names(&s), ["Corvane"]);
}

#[test]
fn products_named_by_their_maker_are_not_orgs() {
    let s = story(
        "The company behind ChatGPT raised money. ChatGPT maker OpenAI said the creator of \
         DeepWrite, Lumina, would partner with it.",
    );
    assert!(
        absent(&s, "ChatGPT") && absent(&s, "DeepWrite"),
        "{:?}",
        names(&s)
    );
    assert_eq!(kind_of(&s, "OpenAI"), Some(FactKind::Org));
}

#[test]
fn laws_events_and_newsletters_are_not_entities() {
    let s = story("The Inflation Reduction Act helped. Subscribe to the daily AI Newsletter.");
    assert!(s.entities.is_empty(), "{:?}", names(&s));
}

#[test]
fn a_short_article() {
    let text = "Harbor Freight Holdings Inc. said on Wednesday it would close 40 stores in \
Texas and Florida.\n\nChief executive Maria Gonzalez told investors the company would \
focus on online sales. Gonzalez said Chinese suppliers had raised prices.\n\n\
Analysts at Morgan Stanley said Harbor Freight could save $200 million.";
    let s = story(text);
    let hf = entity(&s, "Harbor Freight Holdings Inc.").unwrap();
    assert_eq!(hf.kind, FactKind::Org);
    assert_eq!(hf.mentions.len(), 2, "{:?}", mentions(&s));
    let maria = entity(&s, "Maria Gonzalez").unwrap();
    assert_eq!(maria.role.as_deref(), Some("Chief executive"));
    assert_eq!(maria.mentions.len(), 2);
    assert_eq!(kind_of(&s, "Texas"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "Florida"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "Chinese suppliers"), Some(FactKind::Group));
    assert_eq!(kind_of(&s, "Morgan Stanley"), Some(FactKind::Org));
    assert!(absent(&s, "Wednesday") && absent(&s, "Analysts"));
}

#[test]
fn wire_story_conventions() {
    let s = story(
        "WASHINGTON (Reuters) - The Securities and Exchange Commission sued a broker. \
         Ursula von der Leyen, president of the European Commission, objected. \
         \"Rates will fall,\" wrote Jan Hatzius, the bank's chief economist.\n\n\
         Read more: Why Wall Street Is Worried About Rate Cuts",
    );
    assert_eq!(kind_of(&s, "WASHINGTON"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "Reuters"), Some(FactKind::Org));
    assert_eq!(
        kind_of(&s, "Securities and Exchange Commission"),
        Some(FactKind::Org)
    );
    assert_eq!(kind_of(&s, "European Commission"), Some(FactKind::Org));
    let ursula = entity(&s, "Ursula von der Leyen").unwrap();
    assert_eq!(
        ursula.role.as_deref(),
        Some("president of the European Commission")
    );
    let jan = entity(&s, "Jan Hatzius").unwrap();
    // The corpus convention: an anaphoric owner ("the bank's") is not part of the role.
    assert_eq!(jan.role.as_deref(), Some("chief economist"));
    // The title-case line after "Read more:" only yields what the place list knows.
    assert_eq!(kind_of(&s, "Wall Street"), Some(FactKind::Place));
    for word in ["Worried", "Rate", "Cuts", "Why"] {
        assert!(absent(&s, word), "{word} in {:?}", names(&s));
    }
}

#[test]
fn british_conventions() {
    let s = story(
        "LONDON — HSBC Holdings plc will move jobs to Kraków, Poland. Lawmakers led by Labour \
         MP Rachel Reeves objected. Governor Andrew Bailey of the Bank of England said HSBC \
         had not consulted him, and Bailey added that UK banks were sound.",
    );
    assert_eq!(kind_of(&s, "LONDON"), Some(FactKind::Place));
    let hsbc = entity(&s, "HSBC Holdings plc").unwrap();
    assert_eq!(hsbc.mentions.len(), 2, "{:?}", mentions(&s));
    assert_eq!(kind_of(&s, "Kraków"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "Poland"), Some(FactKind::Place));
    let reeves = entity(&s, "Rachel Reeves").unwrap();
    assert_eq!(reeves.role.as_deref(), Some("Labour MP"));
    let bailey = entity(&s, "Andrew Bailey").unwrap();
    assert_eq!(bailey.role.as_deref(), Some("Governor"));
    assert_eq!(bailey.mentions.len(), 2);
    assert_eq!(kind_of(&s, "Bank of England"), Some(FactKind::Org));
    assert_eq!(kind_of(&s, "United Kingdom"), Some(FactKind::Place));
}

proptest! {
    #[test]
    fn never_panics_and_spans_stay_on_char_boundaries(text in "\\PC{0,200}") {
        let s = story(&text);
        for f in &s.facts {
            prop_assert!(s.document.text.get(f.span().start..f.span().end).is_some());
        }
        for e in &s.entities {
            prop_assert!(!e.mentions.is_empty());
        }
    }

    #[test]
    fn capitalised_word_soup_never_panics(words in prop::collection::vec(
        prop::sample::select(vec!["Mr.", "CEO", "of", "Bank", "(", ")", "AWS", "’s", ",", "said",
            "New", "York", "French", "chief", "executive", "The", "-", "&", "Zoë", "Q4", "."]),
        0..40,
    )) {
        let s = story(&words.join(" "));
        for f in s.facts.iter().filter(|f| f.kind.is_entity()) {
            prop_assert!(f.entity().is_some() && f.name().is_some());
        }
    }
}

#[test]
fn short_forms_places_and_addresses() {
    let s = story(
        "SÃO PAULO, Oct 2 (Reuters) - Kelvin Robotics said it will open a plant in Tarrow, \
         Ohio. Kelvin, headquartered at 1200 Harbor Way in Oakland, runs a Tarrow site. \
         Groupe Ardent said Ardent would buy Airbus A320 jets. Members of Teamsters Local 667 \
         and the American Trucking Associations met Banco Nacional de Desenvolvimento \
         Econômico e Social (BNDES) officials.",
    );
    assert_eq!(kind_of(&s, "SÃO PAULO"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "Tarrow"), Some(FactKind::Place));
    let kelvin: Vec<_> = mentions(&s)
        .into_iter()
        .filter(|m| m.1 == "Kelvin")
        .collect();
    assert!(
        !kelvin.is_empty() && kelvin.iter().all(|m| m.2 == "Kelvin Robotics"),
        "{kelvin:?}"
    );
    assert!(absent(&s, "Harbor"), "{:?}", names(&s));
    let ardent: Vec<_> = mentions(&s)
        .into_iter()
        .filter(|m| m.1 == "Ardent")
        .collect();
    assert!(ardent.iter().all(|m| m.2 == "Groupe Ardent"), "{ardent:?}");
    assert_eq!(kind_of(&s, "Airbus"), Some(FactKind::Org));
    assert_eq!(kind_of(&s, "Teamsters Local 667"), Some(FactKind::Org));
    assert_eq!(
        kind_of(&s, "American Trucking Associations"),
        Some(FactKind::Org)
    );
    let bndes = mentions(&s).into_iter().find(|m| m.1 == "BNDES").unwrap();
    assert_eq!(
        bndes.2,
        "Banco Nacional de Desenvolvimento Econômico e Social"
    );
}

#[test]
fn bylines_workplaces_and_roles() {
    let s = story(
        "By Fiona Blackwood, Retail Correspondent\n\nAnalysts at Peel Hunt said sales fell. \
         \"It is bad,\" said Harlan Cole, an auto analyst at Pemberton Securities. John \
         Whitaker, the company's chief financial officer, agreed, as did county board chair \
         Helen Sorensen.\n\n(Reporting by Priya Raman in Seattle; Editing by Tom Hals)",
    );
    let m = mentions(&s);
    let role = |name: &str| m.iter().find(|x| x.1 == name).and_then(|x| x.3);
    assert_eq!(kind_of(&s, "Fiona Blackwood"), Some(FactKind::Person));
    assert_eq!(role("Fiona Blackwood"), Some("Retail Correspondent"));
    assert_eq!(kind_of(&s, "Peel Hunt"), Some(FactKind::Org));
    assert_eq!(kind_of(&s, "Harlan Cole"), Some(FactKind::Person));
    assert_eq!(role("John Whitaker"), Some("chief financial officer"));
    assert_eq!(role("Helen Sorensen"), Some("county board chair"));
    assert_eq!(kind_of(&s, "Priya Raman"), Some(FactKind::Person));
    assert_eq!(kind_of(&s, "Tom Hals"), Some(FactKind::Person));
}

#[test]
fn names_spelled_like_articles_and_shop_possessives() {
    let s = story(
        "Chairman Nguyễn Văn An told reporters it would grow. \"We are ready,\" An said. \
         Whitcombe joined from the grocer Penfold's in 2023, leaving Amazon's retail arm.",
    );
    let an = mentions(&s).into_iter().find(|m| m.1 == "An").unwrap();
    assert_eq!((an.0, an.2), (FactKind::Person, "Nguyễn Văn An"));
    assert_eq!(kind_of(&s, "Penfold's"), Some(FactKind::Org));
    assert_eq!(kind_of(&s, "Amazon"), Some(FactKind::Org));
    // An article before a noun is still an article.
    assert!(absent(
        &story("An analyst said so. A spokesman said no."),
        "An"
    ));
}

#[test]
fn headline_capitals_and_initials_stand_for_the_name_written_out() {
    let s = story(
        "HALLORAN TO CUT 300 JOBS AT GMC PLANT\n\n\
         DENVER, May 4 - Halloran, Pike and Co said it would cut 300 jobs at the Tulsa plant \
         it bought from Grand Meridian Corp last year. A spokesman for GM said the sale closed \
         in March. The Securities and Exchange Commission said Halloran had filed. The SEC \
         did not comment further.",
    );
    let halloran = entity(&s, "Halloran, Pike and Co").unwrap();
    assert_eq!(halloran.kind, FactKind::Org);
    assert_eq!(halloran.mentions.len(), 3, "{:?}", mentions(&s));
    let meridian = entity(&s, "Grand Meridian Corp").unwrap();
    assert_eq!(meridian.mentions.len(), 3, "{:?}", mentions(&s));
    let sec = entity(&s, "Securities and Exchange Commission").unwrap();
    assert_eq!(sec.mentions.len(), 2, "{:?}", mentions(&s));
    for short in ["HALLORAN", "GM", "SEC", "Halloran"] {
        assert!(entity(&s, short).is_none(), "{short}: {:?}", names(&s));
    }
}

#[test]
fn an_acronym_inside_a_name_and_a_shared_acronym_stand_for_nothing() {
    // "UAW" is written as such in "UAW Local 12": it is its own name, not the local's.
    let s = story(
        "The UAW said on Monday that UAW Local 12 had voted to strike. Pacific Mills Co and \
         Pearl Metals Corp both use the PMC name; PMC shares rose.",
    );
    assert!(entity(&s, "UAW").is_some(), "{:?}", names(&s));
    assert!(entity(&s, "UAW Local 12").is_some(), "{:?}", names(&s));
    assert!(entity(&s, "Pacific Mills Co").unwrap().mentions.len() == 1);
    assert!(entity(&s, "Pearl Metals Corp").unwrap().mentions.len() == 1);
}

#[test]
fn firms_named_after_founders_and_their_short_names() {
    let s = story(
        "Castell and Brooke Plc said profits rose. Castell said sales in Leeds grew. \
         Shares of T.R. Wendham Inc fell after Wendham cut its forecast.",
    );
    let castell = entity(&s, "Castell and Brooke Plc").unwrap();
    assert_eq!(castell.kind, FactKind::Org);
    assert_eq!(castell.mentions.len(), 2, "{:?}", mentions(&s));
    let wendham = entity(&s, "T.R. Wendham Inc").unwrap();
    assert_eq!(wendham.mentions.len(), 2, "{:?}", mentions(&s));
    assert!(entity(&s, "Brooke Plc").is_none(), "{:?}", names(&s));
}

#[test]
fn a_legal_form_makes_a_company_and_plural_models_are_no_people() {
    let s = story(
        "Dana Whitcombe was named president of Trevanni Corp on Monday. Trevanni makes parts \
         for the 1988-model Kestrel Marauders and Falcon Drifters, which sold well.",
    );
    assert_eq!(
        kind_of(&s, "Trevanni Corp"),
        Some(FactKind::Org),
        "{:?}",
        mentions(&s)
    );
    assert_eq!(kind_of(&s, "Dana Whitcombe"), Some(FactKind::Person));
    for model in ["Marauders", "Drifters"] {
        assert!(
            !s.facts
                .iter()
                .any(|f| f.kind == FactKind::Person && f.text(&s.document.text).contains(model)),
            "{model}: {:?}",
            mentions(&s)
        );
    }
}

#[test]
fn a_country_before_a_company_is_where_it_is_and_a_public_body_keeps_it() {
    let s = story(
        "Profits at its U.S. Harmon Tractor Co unit fell, the U.S. Agriculture Department said.",
    );
    assert_eq!(
        kind_of(&s, "United States"),
        Some(FactKind::Place),
        "{:?}",
        mentions(&s)
    );
    assert_eq!(
        kind_of(&s, "Harmon Tractor Co"),
        Some(FactKind::Org),
        "{:?}",
        mentions(&s)
    );
    assert_eq!(
        kind_of(&s, "U.S. Agriculture Department"),
        Some(FactKind::Org),
        "{:?}",
        mentions(&s)
    );
}

#[test]
fn results_tables_name_people_and_their_countries() {
    let s = story(
        "ATHLETICS - RESULTS FROM OSLO.\n\nOSLO 1996-08-14\n\nWomen's 800 metres\n\
         1. Helen Varga (U.S.) 1:58.21\n2. Lucy Tamberlaine (Britain) 1:58.90\n\
         3. Karen Oduya (Kenya) 1:59.02\n",
    );
    for person in ["Helen Varga", "Lucy Tamberlaine", "Karen Oduya"] {
        assert_eq!(
            kind_of(&s, person),
            Some(FactKind::Person),
            "{person}: {:?}",
            mentions(&s)
        );
    }
    for place in ["United States", "United Kingdom", "Kenya"] {
        assert_eq!(
            kind_of(&s, place),
            Some(FactKind::Place),
            "{place}: {:?}",
            mentions(&s)
        );
    }
    // A title-case headline of ordinary words still names nothing.
    let s = story("Shares Rally As Markets Cheer Rate Cut\n\nStocks rose on Monday.");
    assert!(
        absent(&s, "Shares") && absent(&s, "Markets"),
        "{:?}",
        mentions(&s)
    );
}

#[test]
fn a_definite_role_before_said_speaks_the_clause_it_follows() {
    let s = story(
        "The new kilns will be built at Kerrowdale, the spokeswoman said. Marta Kowalczyk, \
         the spokeswoman, said the plant would open in June.",
    );
    assert_ne!(
        kind_of(&s, "Kerrowdale"),
        Some(FactKind::Person),
        "{:?}",
        mentions(&s)
    );
    assert_eq!(
        kind_of(&s, "Marta Kowalczyk"),
        Some(FactKind::Person),
        "{:?}",
        mentions(&s)
    );
}

#[test]
fn an_acronym_or_a_listed_firm_inside_an_unknown_pair_is_no_person() {
    let s = story(
        "Dockers backed their union, TB Havnearbejder, in the dispute. The Drax POY line \
         was shut. The grant would make Corrib Sony's largest plant in Europe.",
    );
    for name in ["TB Havnearbejder", "Drax POY", "Corrib Sony"] {
        assert_ne!(
            kind_of(&s, name),
            Some(FactKind::Person),
            "{name}: {:?}",
            mentions(&s)
        );
    }
}

#[test]
fn products_in_a_plural_with_es_are_no_person() {
    let s = story(
        "The cuts fall on workers who build the Quarrel Boxes and the Tessen Switches at the \
         Dunmore plant, the company said.",
    );
    for name in ["Quarrel Boxes", "Tessen Switches"] {
        assert_ne!(
            kind_of(&s, name),
            Some(FactKind::Person),
            "{name}: {:?}",
            mentions(&s)
        );
    }
}
