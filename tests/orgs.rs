//! Organisation names on sentences and short articles written for these tests: where a firm's
//! name starts and ends (legal forms, tickers, possessives, "of" a country, hyphen chains), the
//! short forms and capitals that stand for it, and the capitalised words that are no
//! organisation (compass regions, nationalities, "Chapter 11", a country before a common noun).

use dateline::extract::{Options, extract_text};
use dateline::story::{FactKind, Story};

fn story(text: &str) -> Story {
    extract_text(text, &Options::default())
}

/// (kind, canonical name) of every entity, sorted.
fn entities(s: &Story) -> Vec<(FactKind, String)> {
    let mut got: Vec<(FactKind, String)> = s
        .entities
        .iter()
        .map(|e| (e.kind, e.name.clone()))
        .collect();
    got.sort();
    got
}

fn kind_of(s: &Story, name: &str) -> Option<FactKind> {
    s.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

fn orgs(s: &Story) -> Vec<String> {
    let mut got: Vec<String> = s
        .entities
        .iter()
        .filter(|e| e.kind == FactKind::Org)
        .map(|e| e.name.clone())
        .collect();
    got.sort();
    got
}

#[test]
fn an_abbreviation_stands_for_a_firm_named_in_full_and_short() {
    let s = story(
        "Halvard Motors Corp said it would close a plant. Halvard Motors said 300 jobs go. \
         HM will keep its parts depot, the company said.",
    );
    assert_eq!(orgs(&s), ["Halvard Motors Corp"], "{:?}", entities(&s));
}

#[test]
fn a_headline_in_capitals_names_a_one_word_firm_of_the_text() {
    let s = story(
        "KESTRANA TO CUT 200 JOBS\n\nLONDON, May 4 - Kestrana said it would cut 200 jobs at \
         its Leeds depot. Shares of Kestrana fell 2 pct.",
    );
    assert_eq!(orgs(&s), ["Kestrana"], "{:?}", entities(&s));
}

#[test]
fn a_legal_form_ends_the_name() {
    // Its dot ends a sentence the splitter kept whole.
    let s = story("Most staff stay at Orbiton Defense Corp. Most of the cuts fall on Dalby.");
    assert!(
        kind_of(&s, "Orbiton Defense Corp.").is_some(),
        "{:?}",
        entities(&s)
    );
    assert!(
        !orgs(&s).iter().any(|o| o.contains("Most")),
        "{:?}",
        entities(&s)
    );
    // A place after the legal form is named on its own.
    let s = story("Workers struck against Halvard Beef Packers Inc Sioux City plant on Monday.");
    assert_eq!(orgs(&s), ["Halvard Beef Packers Inc"], "{:?}", entities(&s));
    assert_eq!(kind_of(&s, "Sioux City"), Some(FactKind::Place));
    // A dotted legal form makes a firm whatever its first word.
    let s = story("Jordan Iberica S.A. said sales rose 12 pct last year.");
    assert_eq!(
        kind_of(&s, "Jordan Iberica S.A."),
        Some(FactKind::Org),
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_title_word_that_opens_a_firm_name_is_no_role() {
    let s = story("Workers at General Motors Iberica S.A. have called a strike, the union said.");
    assert_eq!(
        orgs(&s),
        ["General Motors Iberica S.A."],
        "{:?}",
        entities(&s)
    );
    assert!(!s.entities.iter().any(|e| e.kind == FactKind::Person));
}

#[test]
fn am_inside_a_name_is_no_time() {
    let s = story("Pan Am Corp said its pilots agreed to a pay cut. Pan Am flies to 50 cities.");
    assert_eq!(orgs(&s), ["Pan Am Corp"], "{:?}", entities(&s));
    let s = story("The talks start at 10 AM on Monday in Geneva.");
    assert!(orgs(&s).is_empty(), "{:?}", entities(&s));
}

#[test]
fn compass_regions_are_places_and_their_adjectives_nothing() {
    let s = story(
        "Shares of Kestrana rose. It sells most in the Northeast and the Midwest, and little in the Mid East. \
         Sales rose in 19 Northern and Northeastern states.",
    );
    for region in ["Northeast", "Midwest", "Mid East"] {
        assert_eq!(
            kind_of(&s, region),
            Some(FactKind::Place),
            "{region}: {:?}",
            entities(&s)
        );
    }
    assert_eq!(orgs(&s), ["Kestrana"], "{:?}", entities(&s));
}

#[test]
fn nationalities_and_chapter_11_are_no_organisations() {
    let s = story(
        "Irvane Bank put 33 mln dlrs of Ecuadorean loans on non-accrual. The West German \
         government said the firm filed under Chapter 11 and later under Chapter Eleven. It \
         raised 20 mln dlrs in a Series C round.",
    );
    assert_eq!(orgs(&s), ["Irvane Bank"], "{:?}", entities(&s));
}

#[test]
fn a_firm_of_a_country_is_one_name() {
    let s = story("Volkswagen of America said it will shut its plant in New Stanton.");
    assert_eq!(orgs(&s), ["Volkswagen of America"], "{:?}", entities(&s));
    let s = story("Work resumes at the Chevrolet-Pontiac-GM of Canada plant in Norwood, Ohio.");
    assert!(
        orgs(&s).contains(&"Chevrolet-Pontiac-GM of Canada".to_string()),
        "{:?}",
        entities(&s)
    );
    // A person of a country is not joined.
    let s = story("Mark Oduya of Kenya won the race.");
    assert_eq!(
        kind_of(&s, "Mark Oduya"),
        Some(FactKind::Person),
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_chain_of_hyphenated_names_is_no_person() {
    let s = story("GM will idle its Lansing, Mich., Pontiac-Buick-Oldsmobile plant for a week.");
    assert_eq!(
        kind_of(&s, "Pontiac-Buick-Oldsmobile"),
        Some(FactKind::Org),
        "{:?}",
        entities(&s)
    );
    let s = story("The airline will drop its Rome-Milan-Los Angeles route next year.");
    for place in ["Rome", "Milan", "Los Angeles"] {
        assert_eq!(
            kind_of(&s, place),
            Some(FactKind::Place),
            "{place}: {:?}",
            entities(&s)
        );
    }
    assert!(orgs(&s).is_empty(), "{:?}", entities(&s));
}

#[test]
fn an_unlisted_company_in_angle_brackets_is_a_name_and_a_ticker_is_not() {
    let s = story(
        "<Westmarch Holdings Ltd> said it sold its 10 pct stake in <Calder Corp Ltd> to \
         Sony Corp <SNE.T> for 20 mln dlrs.",
    );
    assert_eq!(
        orgs(&s),
        ["Calder Corp Ltd", "Sony Corp", "Westmarch Holdings Ltd"],
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_possessive_inside_a_firm_name_is_kept() {
    let s = story("Halvorsen's Department Stores said it would close two stores.");
    assert_eq!(
        orgs(&s),
        ["Halvorsen's Department Stores"],
        "{:?}",
        entities(&s)
    );
    let s = story("It agreed to buy Tamsin's Supermarkets Inc for 30 dlrs a share.");
    assert_eq!(
        orgs(&s),
        ["Tamsin's Supermarkets Inc"],
        "{:?}",
        entities(&s)
    );
    // The owner's possessive before another firm's own name is two firms.
    let s = story("Output fell at Redhill Mining's Tavrin Gold Mining Co this month.");
    assert!(
        !orgs(&s).iter().any(|o| o.contains("'s")),
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_country_abbreviation_before_a_common_noun_is_the_country() {
    let s = story(
        "Shares of Sainsworth rose after it said its U.S. Subsidiary, Harlow Trading Inc, bought the shares. The U.K. \
         Confectionery side gained share.",
    );
    assert_eq!(
        orgs(&s),
        ["Harlow Trading Inc", "Sainsworth"],
        "{:?}",
        entities(&s)
    );
    assert_eq!(kind_of(&s, "United States"), Some(FactKind::Place));
    assert_eq!(kind_of(&s, "United Kingdom"), Some(FactKind::Place));
    // A public body keeps it.
    let s = story("The deal was agreed with the U.S. Air Force last year.");
    assert_eq!(orgs(&s), ["U.S. Air Force"], "{:?}", entities(&s));
}

#[test]
fn a_union_named_with_and_is_one_name_and_its_initials_stand_for_it() {
    let s = story(
        "Members of the United Food and Commercial Workers union, UFCW, voted to strike, \
         a UFCW spokesman said.",
    );
    assert_eq!(
        orgs(&s),
        ["United Food and Commercial Workers"],
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_middle_initial_keeps_a_role_with_its_person() {
    let s = story("Acme vice chairman Martin R. Shugrue said in a statement that costs fell.");
    assert_eq!(
        kind_of(&s, "Martin R. Shugrue"),
        Some(FactKind::Person),
        "{:?}",
        entities(&s)
    );
}

#[test]
fn models_and_terms_glued_to_a_hyphen_are_no_names() {
    let s = story(
        "Orlanda Air will sell its DC-10s and stop work on the T-46A trainer. December \
         T-bonds fell and C-4 explosives were found.",
    );
    assert_eq!(orgs(&s), ["Orlanda Air"], "{:?}", entities(&s));
}

#[test]
fn a_family_named_by_its_surname_is_no_entity() {
    let s = story("Tamsin Stores bought the shares from the controlling Davis family.");
    assert_eq!(orgs(&s), ["Tamsin Stores"], "{:?}", entities(&s));
    assert!(
        !s.entities.iter().any(|e| e.name == "Davis"),
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_short_form_in_parentheses_after_a_common_noun() {
    let s = story(
        "The loan pays half a point over the Singapore interbank offered rate (Sibor), and \
         the central bank (NBK) approved it.",
    );
    assert!(
        !s.entities.iter().any(|e| e.name == "Sibor"),
        "{:?}",
        entities(&s)
    );
    assert_eq!(
        kind_of(&s, "NBK"),
        Some(FactKind::Org),
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_place_in_parentheses_inside_a_firm_name() {
    let s = story(
        "LONDON, March 2 - Harlow (U.K.) Ltd said it would double output. The plant is run \
         by the company's Tamsin Corp (Canada) unit and by Orlan Finance (Asia) Ltd.",
    );
    assert_eq!(
        orgs(&s),
        [
            "Harlow (U.K.) Ltd",
            "Orlan Finance (Asia) Ltd",
            "Tamsin Corp (Canada)"
        ],
        "{:?}",
        entities(&s)
    );
}

#[test]
fn names_joined_by_a_slash_or_and_are_one_firm() {
    let s = story(
        "The group includes Audio/Video Affiliates Inc, Tamsin-Rosenthal and Partners LP and \
         G and R Partners.",
    );
    assert_eq!(
        orgs(&s),
        [
            "Audio/Video Affiliates Inc",
            "G and R Partners",
            "Tamsin-Rosenthal and Partners LP"
        ],
        "{:?}",
        entities(&s)
    );
}

#[test]
fn foreign_names_and_their_short_forms() {
    let s = story(
        "PARIS, March 30 - State-run carmaker Regie Nationale des Usines Renault said it \
         planned cuts. Renault employs 80,000. Automobiles Citroen will close a plant, and \
         Citroen will move its staff.",
    );
    assert_eq!(
        orgs(&s),
        ["Automobiles Citroen", "Regie Nationale des Usines Renault"],
        "{:?}",
        entities(&s)
    );
}

#[test]
fn a_public_body_without_its_country_is_the_same_body() {
    let s = story(
        "Shares of Orlanda rose after it agreed with the U.S. Air Force to end the trainer \
         program. The Air Force \
         will pay 20 mln dlrs.",
    );
    assert_eq!(
        orgs(&s),
        ["Orlanda", "U.S. Air Force"],
        "{:?}",
        entities(&s)
    );
}
