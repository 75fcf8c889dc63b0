//! Quantity extraction end to end: money, percentages, counts and ordinals in sentences
//! written for these tests (not taken from the bundled article), with their distractors.

#![allow(clippy::unwrap_used)]

use dateline::extract::{Options, extract_text};
use dateline::story::{FactKind, Qualifier};

/// (kind, text, value, unit, qualifier) of every quantity fact in `text`.
type Row = (FactKind, String, f64, Option<String>, Option<Qualifier>);

fn quantities(text: &str) -> Vec<Row> {
    extract_text(text, &Options::default())
        .facts
        .into_iter()
        .filter(|f| f.kind.is_quantity())
        .map(|f| {
            let unit = f.unit().map(str::to_string);
            (
                f.kind,
                f.text(text).to_string(),
                f.value().unwrap(),
                unit,
                f.qualifier,
            )
        })
        .collect()
}

fn of_kind(text: &str, kind: FactKind) -> Vec<Row> {
    quantities(text)
        .into_iter()
        .filter(|r| r.0 == kind)
        .collect()
}

/// Asserts the facts of `kind` in `text`, as (text, value, unit).
fn expect(text: &str, kind: FactKind, want: &[(&str, f64, Option<&str>)]) {
    let got = of_kind(text, kind);
    let got: Vec<(&str, f64, Option<&str>)> = got
        .iter()
        .map(|r| (r.1.as_str(), r.2, r.3.as_deref()))
        .collect();
    assert_eq!(got.len(), want.len(), "{text}: {got:?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g.0, w.0, "{text}");
        assert!(
            (g.1 - w.1).abs() <= 1e-9 * w.1.abs().max(1.0),
            "{text}: {g:?} vs {w:?}"
        );
        assert_eq!(g.2, w.2, "{text}");
    }
}

use FactKind::{Count, Money, Ordinal, Percent};

#[test]
fn money_in_many_currencies() {
    expect(
        "The European Commission fined Google €4.34 billion in 2018.",
        Money,
        &[("€4.34 billion", 4.34e9, Some("EUR"))],
    );
    expect(
        "Toyota will invest ¥1.5 trillion, while BP set aside £8bn.",
        Money,
        &[
            ("¥1.5 trillion", 1.5e12, Some("JPY")),
            ("£8bn", 8e9, Some("GBP")),
        ],
    );
    expect(
        "He paid 500 Canadian dollars and 20 Hong Kong dollars.",
        Money,
        &[
            ("500 Canadian dollars", 500.0, Some("CAD")),
            ("20 Hong Kong dollars", 20.0, Some("HKD")),
        ],
    );
    expect(
        "The bank lent 2.5 billion Swiss francs and 300 million yuan.",
        Money,
        &[
            ("2.5 billion Swiss francs", 2.5e9, Some("CHF")),
            ("300 million yuan", 3e8, Some("CNY")),
        ],
    );
    expect(
        "Reliance will spend Rs 75,000 crore; Infosys paid 40 lakh rupees.",
        Money,
        &[
            ("Rs 75,000 crore", 7.5e11, Some("INR")),
            ("40 lakh rupees", 4e6, Some("INR")),
        ],
    );
    expect(
        "Sales were SEK 12.5 billion, or USD 1.2 billion, against 5 EUR a share.",
        Money,
        &[
            ("SEK 12.5 billion", 12.5e9, Some("SEK")),
            ("USD 1.2 billion", 1.2e9, Some("USD")),
            ("5 EUR", 5.0, Some("EUR")),
        ],
    );
    expect(
        "A US$4.7 billion loan and a C$300 million charge.",
        Money,
        &[
            ("US$4.7 billion", 4.7e9, Some("USD")),
            ("C$300 million", 3e8, Some("CAD")),
        ],
    );
}

#[test]
fn money_shapes_and_magnitudes() {
    expect(
        "Prices start at $ 75 million.",
        Money,
        &[("$ 75 million", 75e6, Some("USD"))],
    );
    expect(
        "It earned $10K, then 10k$, then 20€.",
        Money,
        &[
            ("$10K", 1e4, Some("USD")),
            ("10k$", 1e4, Some("USD")),
            ("20€", 20.0, Some("EUR")),
        ],
    );
    expect(
        "The fund manages 1.5 billion dollars and a $1.2tn bill.",
        Money,
        &[
            ("1.5 billion dollars", 1.5e9, Some("USD")),
            ("$1.2tn", 1.2e12, Some("USD")),
        ],
    );
    expect(
        "Calls cost 43 cents, texts 50p, and a ticket twenty dollars.",
        Money,
        &[
            ("43 cents", 0.43, Some("USD")),
            ("50p", 0.5, Some("GBP")),
            ("twenty dollars", 20.0, Some("USD")),
        ],
    );
}

#[test]
fn newswire_abbreviations() {
    expect(
        "Halvorsen Corp posted net income of 20 mln dlrs, or 50 cts a share.",
        Money,
        &[
            ("20 mln dlrs", 20e6, Some("USD")),
            ("50 cts", 0.5, Some("USD")),
        ],
    );
    expect(
        "The brewer sold the unit for 1.5 billion stg and a 3.2 bln yen stake.",
        Money,
        &[
            ("1.5 billion stg", 1.5e9, Some("GBP")),
            ("3.2 bln yen", 3.2e9, Some("JPY")),
        ],
    );
    expect(
        "It arranged a two mln dlr credit line and a 48.3 mln U.S. Dlr loan.",
        Money,
        &[
            ("two mln dlr", 2e6, Some("USD")),
            ("48.3 mln U.S. Dlr", 48.3e6, Some("USD")),
        ],
    );
    expect(
        "Shares closed at 2.40 N.Z. Dlrs. The dividend is 1.05 dls and revenue 281 mlns dlrs.",
        Money,
        &[
            ("2.40 N.Z. Dlrs", 2.4, Some("NZD")),
            ("1.05 dls", 1.05, Some("USD")),
            ("281 mlns dlrs", 281e6, Some("USD")),
        ],
    );
}

#[test]
fn pre_euro_currencies() {
    expect(
        "Bonn offered 850 mln marks and Rome 55 billion lire; DM 2.5 billion more was sought.",
        Money,
        &[
            ("850 mln marks", 850e6, Some("DEM")),
            ("55 billion lire", 55e9, Some("ITL")),
            ("DM 2.5 billion", 2.5e9, Some("DEM")),
        ],
    );
    expect(
        "The plant cost 12 mln guilders, 40 mln French francs and 7,500 marks.",
        Money,
        &[
            ("12 mln guilders", 12e6, Some("NLG")),
            ("40 mln French francs", 40e6, Some("FRF")),
            ("7,500 marks", 7500.0, Some("DEM")),
        ],
    );
    // "marks" is also an exam score and a verb.
    for s in [
        "She scored 95 marks in the test.",
        "The year 2024 marks the end of an era.",
        "The index passed the 10,000 mark.",
    ] {
        assert!(of_kind(s, Money).is_empty(), "{s}: {:?}", of_kind(s, Money));
    }
}

#[test]
fn every_iso_currency_by_code_and_name() {
    expect(
        "Volvo raised 12bn kronor, paid 40 Swiss francs and 12 Kuwaiti dinars, and got AED 500.",
        Money,
        &[
            ("12bn kronor", 12e9, Some("SEK")),
            ("40 Swiss francs", 40.0, Some("CHF")),
            ("12 Kuwaiti dinars", 12.0, Some("KWD")),
            ("AED 500", 500.0, Some("AED")),
        ],
    );
    expect(
        "The loan is 300 Norwegian kroner, 2 mln Nigerian nairas and 90 Philippine pesos.",
        Money,
        &[
            ("300 Norwegian kroner", 300.0, Some("NOK")),
            ("2 mln Nigerian nairas", 2e6, Some("NGN")),
            ("90 Philippine pesos", 90.0, Some("PHP")),
        ],
    );
    // Codes that are English words need capitals, and never in a headline in capitals.
    for s in [
        "ALL 5 BANKS AND TOP 10 FIRMS MERGE",
        "We try 5 times.",
        "They sent all 5 to the cup final.",
    ] {
        assert!(of_kind(s, Money).is_empty(), "{s}: {:?}", of_kind(s, Money));
    }
}

#[test]
fn minor_units_follow_their_currency() {
    expect(
        "Shares rose 12 cents, or 0.9%, to €13.40.",
        Money,
        &[
            ("12 cents", 0.12, Some("EUR")),
            ("€13.40", 13.4, Some("EUR")),
        ],
    );
    expect(
        "Shares rose 12 cents, or 0.9%, to $13.40.",
        Percent,
        &[("0.9%", 0.9, Some("%"))],
    );
    expect(
        "A stamp costs 30 euro cents, a bun 20 kopecks and a paper 15 pence.",
        Money,
        &[
            ("30 euro cents", 0.3, Some("EUR")),
            ("20 kopecks", 0.2, Some("RUB")),
            ("15 pence", 0.15, Some("GBP")),
        ],
    );
    // Cents of no currency but the dollar stay dollars beside sterling.
    expect(
        "It fell 3 cents; the bond pays £100.",
        Money,
        &[("3 cents", 0.03, Some("USD")), ("£100", 100.0, Some("GBP"))],
    );
}

#[test]
fn every_iso_currency_by_its_bare_name_and_its_minor_unit() {
    // The last word of a name alone, and minor units the curated lexicon does not list.
    expect(
        "Ghana raised 2 billion cedis; Nigeria's shares fell 50 kobo and bread rose 20 ngwee.",
        Money,
        &[
            ("2 billion cedis", 2e9, Some("GHS")),
            ("50 kobo", 0.5, Some("NGN")),
            ("20 ngwee", 0.2, Some("ZMW")),
        ],
    );
    expect(
        "A stamp costs 40 fillér, a tram ticket 200 kuruş and a loaf 50 haléř.",
        Money,
        &[
            ("40 fillér", 0.4, Some("HUF")),
            ("200 kuruş", 2.0, Some("TRY")),
            ("50 haléř", 0.5, Some("CZK")),
        ],
    );
    // A name several currencies share has no currency of its own…
    expect(
        "Bonds worth 500 million dinars were sold.",
        Money,
        &[("500 million dinars", 5e8, None)],
    );
    // …and bare names that are English words need an amount; minor units that are English
    // words are never money.
    for s in [
        "She wore 5 lei and poured 3 drams.",
        "The draft has 20 para breaks and 3 ban orders.",
        "He sold 40 gold coins and 12 real problems remain.",
    ] {
        assert!(of_kind(s, Money).is_empty(), "{s}: {:?}", of_kind(s, Money));
    }
    expect(
        "The state raised 2 billion lei; Romania's neighbour paid 30 million lei.",
        Money,
        &[
            ("2 billion lei", 2e9, Some("RON")),
            ("30 million lei", 3e7, Some("RON")),
        ],
    );
}

#[test]
fn the_story_s_country_says_which_currency_a_shared_word_means() {
    let story = "OSLO, Feb 4 — Norwegian subsea maker Norvik will spend 1.9 billion crowns on \
                 the yard. It paid 48.30 crowns a share.";
    expect(
        story,
        Money,
        &[
            ("1.9 billion crowns", 1.9e9, Some("NOK")),
            ("48.30 crowns", 48.3, Some("NOK")),
        ],
    );
    expect(
        "STOCKHOLM — The Swedish mill will spend 1.9 billion crowns.",
        Money,
        &[("1.9 billion crowns", 1.9e9, Some("SEK"))],
    );
    expect(
        "KAMPALA — The government raised 50 billion shillings, officials in Kampala said.",
        Money,
        &[("50 billion shillings", 5e10, Some("UGX"))],
    );
    expect(
        "NAIROBI — The lender raised 50 billion shillings.",
        Money,
        &[("50 billion shillings", 5e10, Some("KES"))],
    );
    expect(
        "The miner paid 5,000 dinars a tonne in Belgrade.",
        Money,
        &[("5,000 dinars", 5000.0, Some("RSD"))],
    );
    // Two countries named as often: no choice.
    expect(
        "Kenya raised 3 billion shillings and Uganda 50 billion shillings.",
        Money,
        &[
            ("3 billion shillings", 3e9, None),
            ("50 billion shillings", 5e10, None),
        ],
    );
}

#[test]
fn a_local_symbol_is_money_where_its_currency_is_used() {
    expect(
        "JOHANNESBURG — Tshwane will sell the shaft for about R300 million; it mined at \
         R21,400 an ounce and its shares closed at R31.20.",
        Money,
        &[
            ("about R300 million", 3e8, Some("ZAR")),
            ("R21,400", 21400.0, Some("ZAR")),
            ("R31.20", 31.2, Some("ZAR")),
        ],
    );
    expect(
        "LAGOS — Lagoon Trust plans to raise N150bn at N12.50 a share, as Nigerian lenders \
         need N500 billion each.",
        Money,
        &[
            ("N150bn", 1.5e11, Some("NGN")),
            ("N12.50", 12.5, Some("NGN")),
            ("N500 billion", 5e11, Some("NGN")),
        ],
    );
    expect(
        "JAKARTA — The bank raised Rp 5,000 billion and Petronas of Kuala Lumpur paid RM1.2 \
         billion.",
        Money,
        &[
            ("Rp 5,000 billion", 5e12, Some("IDR")),
            ("RM1.2 billion", 1.2e9, Some("MYR")),
        ],
    );
    // Elsewhere, or before a plain number, the letter is a letter.
    for s in [
        "Tests scored R21,400 and R300 million by chance.",
        "LAGOS — N95 masks sold out; the R2 score was low.",
        "GUATEMALA CITY — The firm reported Q3 results.",
    ] {
        assert!(of_kind(s, Money).is_empty(), "{s}: {:?}", of_kind(s, Money));
    }
}

#[test]
fn a_move_to_a_level_is_no_range() {
    let rows = of_kind(
        "SYDNEY — BHP rose 30 cents to A$48; sales rose 5 to 7 percent.",
        Money,
    );
    assert!(rows.iter().all(|r| r.4.is_none()), "{rows:?}");
    let pct = of_kind(
        "Sales rose 5 to 7 percent; the rate fell 0.5% to 3.2%.",
        Percent,
    );
    let quals: Vec<Option<Qualifier>> = pct.iter().map(|r| r.4).collect();
    assert_eq!(
        quals,
        [
            Some(Qualifier::AtLeast),
            Some(Qualifier::AtMost),
            None,
            None
        ]
    );
}

#[test]
fn the_sentence_and_the_one_before_name_the_currency() {
    // "dollars" alone beside another country's dollar.
    expect(
        "Shares sold at 3.10 N.Z. Dlrs and options at 1,250 dlrs each.",
        Money,
        &[
            ("3.10 N.Z. Dlrs", 3.1, Some("NZD")),
            ("1,250 dlrs", 1250.0, Some("NZD")),
        ],
    );
    expect(
        "It paid C$40 million and 5 million dollars more.",
        Money,
        &[
            ("C$40 million", 40e6, Some("CAD")),
            ("5 million dollars", 5e6, Some("CAD")),
        ],
    );
    // The sentence before gives the currency of a compared pair or a named amount.
    expect(
        "Reserves were 310.2 mln stg. Provisions were 18.4 mln against 16.1 mln, and write-offs \
         left a 4.2 mln deficit.",
        Money,
        &[
            ("310.2 mln stg", 310.2e6, Some("GBP")),
            ("18.4 mln", 18.4e6, Some("GBP")),
            ("16.1 mln", 16.1e6, Some("GBP")),
            ("4.2 mln", 4.2e6, Some("GBP")),
        ],
    );
    expect(
        "Pretax profit rose to 44.7 mln stg, up from 39.6 mln previously.",
        Money,
        &[
            ("44.7 mln stg", 44.7e6, Some("GBP")),
            ("39.6 mln", 39.6e6, Some("GBP")),
        ],
    );
    // Not two sentences on, and not a number of people.
    for s in [
        "Profit was 5 mln dlrs. Rain fell. It was 2 mln versus 3 mln.",
        "Profit was 5 mln dlrs. The city has a population of 2 million.",
    ] {
        assert_eq!(of_kind(s, Money).len(), 1, "{s}: {:?}", of_kind(s, Money));
    }
}

#[test]
fn pounds_of_weight_and_prices_per_pound() {
    // A rate's unit is not an amount.
    expect(
        "Copper rose to 65 cents a pound and beef to 2 dollars a pound.",
        Money,
        &[
            ("65 cents", 0.65, Some("USD")),
            ("2 dollars", 2.0, Some("USD")),
        ],
    );
    // Once a story weighs in pounds, its bare pounds are weights.
    let text = "Kodiak will idle 80 mln pounds of yarn capacity. Output will fall to 300 mln \
                pounds from 380 mln, and a 60 mln pound line opens in June.";
    assert!(
        of_kind(text, Money).is_empty(),
        "{:?}",
        of_kind(text, Money)
    );
    // A story about sterling keeps its pounds.
    expect(
        "The bank lent 5 mln pounds and 2 mln pounds sterling.",
        Money,
        &[
            ("5 mln pounds", 5e6, Some("GBP")),
            ("2 mln pounds sterling", 2e6, Some("GBP")),
        ],
    );
}

#[test]
fn a_figure_takes_the_currency_of_the_figure_it_is_compared_with() {
    expect(
        "Sales fell to 521.1 mln dlrs from 716.9 mln, and profit rose to 26 mln dlrs from about 22 mln.",
        Money,
        &[
            ("521.1 mln dlrs", 521.1e6, Some("USD")),
            ("716.9 mln", 716.9e6, Some("USD")),
            ("26 mln dlrs", 26e6, Some("USD")),
            ("about 22 mln", 22e6, Some("USD")),
        ],
    );
    expect(
        "It cut the payout to 33 francs a share from 38.",
        Money,
        &[("33 francs", 33.0, Some("CHF")), ("38", 38.0, Some("CHF"))],
    );
    expect(
        "Earnings were 1.51 dlrs a share versus 1.62, and net 5.2 mln stg against 4.8.",
        Money,
        &[
            ("1.51 dlrs", 1.51, Some("USD")),
            ("1.62", 1.62, Some("USD")),
            ("5.2 mln stg", 5.2e6, Some("GBP")),
            ("4.8", 4.8e6, Some("GBP")),
        ],
    );
    expect(
        "Alpha closed at 2.18 N.Z. Dlrs, Beta at 4.08 and Gamma at 6.15.",
        Money,
        &[
            ("2.18 N.Z. Dlrs", 2.18, Some("NZD")),
            ("4.08", 4.08, Some("NZD")),
            ("6.15", 6.15, Some("NZD")),
        ],
    );
    expect(
        "Gross profit was 382.5 mln francs, with 314 mln deducted for depreciation.",
        Money,
        &[
            ("382.5 mln francs", 382.5e6, Some("CHF")),
            ("314 mln", 314e6, Some("CHF")),
        ],
    );
    // A number of its own kind, a year, a percentage, a time or a figure far off stays out.
    for (s, n) in [
        (
            "It sold 58.8 mln shares for 1.7 billion dlrs, with 52 million sold at home.",
            1,
        ),
        ("Profit rose to 5 mln dlrs from 1985.", 1),
        ("The price rose to 5 dlrs from 4 pct of book value.", 1),
        ("Sales rose 5 dlrs a unit from 40 stores.", 1),
        ("The shares traded at 5 dlrs at 10 am.", 1),
        ("The stock rose to 7 dlrs from 2,000.", 1),
    ] {
        assert_eq!(of_kind(s, Money).len(), n, "{s}: {:?}", of_kind(s, Money));
    }
}

#[test]
fn money_ranges_and_conversions_give_two_facts() {
    expect(
        "It raised $38 million to $45 million.",
        Money,
        &[
            ("$38 million", 38e6, Some("USD")),
            ("$45 million", 45e6, Some("USD")),
        ],
    );
    expect(
        "Analysts expect $38-45 million.",
        Money,
        &[
            ("$38", 38e6, Some("USD")),
            ("45 million", 45e6, Some("USD")),
        ],
    );
    expect(
        "It is valued between $5 and $7 billion.",
        Money,
        &[("$5", 5e9, Some("USD")), ("$7 billion", 7e9, Some("USD"))],
    );
    expect(
        "Tickets cost between 10 and 15 euros.",
        Money,
        &[("10", 10.0, Some("EUR")), ("15 euros", 15.0, Some("EUR"))],
    );
    expect(
        "The fine was €10 million ($11 million).",
        Money,
        &[
            ("€10 million", 1e7, Some("EUR")),
            ("$11 million", 11e6, Some("USD")),
        ],
    );
    // Without a magnitude on the second end there is nothing to share.
    expect(
        "The price rose from $3.50 to $4.25 a gallon.",
        Money,
        &[("$3.50", 3.5, Some("USD")), ("$4.25", 4.25, Some("USD"))],
    );
}

#[test]
fn qualifiers_are_kept_with_their_words() {
    let cases = [
        (
            "It seeks up to $100 billion.",
            "up to $100 billion",
            Qualifier::AtMost,
        ),
        (
            "It could be worth as much as $830 billion.",
            "as much as $830 billion",
            Qualifier::AtMost,
        ),
        (
            "It costs no more than $5.",
            "no more than $5",
            Qualifier::AtMost,
        ),
        (
            "The deal is worth about €2 billion.",
            "about €2 billion",
            Qualifier::Approx,
        ),
        (
            "It spent an estimated $470 million.",
            "an estimated $470 million",
            Qualifier::Approx,
        ),
        (
            "It paid more than $247 million.",
            "more than $247 million",
            Qualifier::AtLeast,
        ),
        (
            "Losses were in excess of 30 MUSD.",
            "in excess of 30 MUSD",
            Qualifier::AtLeast,
        ),
        (
            "It sold for under £1 million.",
            "under £1 million",
            Qualifier::Under,
        ),
    ];
    for (text, fact, q) in cases {
        let got = of_kind(text, Money);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].1.as_str(), got[0].4), (fact, Some(q)), "{text}");
    }
    let c = of_kind(
        "Layoffs hit nearly 2,000 workers and fewer than 500 managers.",
        Count,
    );
    assert_eq!(c[0].4, Some(Qualifier::Approx));
    assert_eq!(
        (c[1].1.as_str(), c[1].4),
        ("fewer than 500 managers", Some(Qualifier::Under))
    );
}

#[test]
fn percentages() {
    expect(
        "Unemployment rose 0.3 percentage points to 4.1%, while prices rose ten percent.",
        Percent,
        &[
            ("0.3 percentage points", 0.3, Some("percentage points")),
            ("4.1%", 4.1, Some("%")),
            ("ten percent", 10.0, Some("%")),
        ],
    );
    expect(
        "The Bank of England raised rates by 25 basis points to 5.25 per cent.",
        Percent,
        &[
            ("25 basis points", 25.0, Some("basis points")),
            ("5.25 per cent", 5.25, Some("%")),
        ],
    );
    expect(
        "Wages grew 3-5% and rents between 2 and 4 percent.",
        Percent,
        &[
            ("3", 3.0, Some("%")),
            ("5%", 5.0, Some("%")),
            ("2", 2.0, Some("%")),
            ("4 percent", 4.0, Some("%")),
        ],
    );
    // A percentage is not also a money amount or a count.
    let all = quantities("Shares fell 12% to $180.50.");
    assert_eq!(all.len(), 2);
}

#[test]
fn counts_keep_their_noun() {
    expect(
        "The firm has 5,000 employees across 30 offices in 15 countries.",
        Count,
        &[
            ("5,000 employees", 5000.0, Some("employees")),
            ("30 offices", 30.0, Some("offices")),
            ("15 countries", 15.0, Some("countries")),
        ],
    );
    expect(
        "Two people died and a dozen lawmakers met 1.5 million white-collar workers.",
        Count,
        &[
            ("Two people", 2.0, Some("people")),
            ("a dozen lawmakers", 12.0, Some("lawmakers")),
            (
                "1.5 million white-collar workers",
                1.5e6,
                Some("white-collar workers"),
            ),
        ],
    );
    expect(
        "Volkswagen will cut up to 35,000 jobs; 10,000 to 12,000 jobs go first.",
        Count,
        &[
            ("up to 35,000 jobs", 35000.0, Some("jobs")),
            ("10,000", 10000.0, Some("jobs")),
            ("12,000 jobs", 12000.0, Some("jobs")),
        ],
    );
}

#[test]
fn counts_whose_noun_is_shared_or_implied() {
    let values = |text: &str| -> Vec<f64> { of_kind(text, Count).iter().map(|r| r.2).collect() };
    // A series of cuts that names its noun once.
    assert_eq!(
        values("Norvik cut 300 jobs in May. Another 250 go in Spain, and a further 120 in Italy."),
        [300.0, 250.0, 120.0]
    );
    // A workforce's size, with the verb or the noun carrying the meaning.
    assert_eq!(
        values("The mill employs about 2,400 and its sister plant employed 900."),
        [2400.0, 900.0]
    );
    assert_eq!(
        values("Orsted will reduce its workforce to 6,200 by year end from 7,050."),
        [6200.0, 7050.0]
    );
    assert_eq!(values("Layoffs at the yard could reach 1,100."), [1100.0]);
    assert_eq!(
        values("The move brings to 4,300 the number of staff on furlough."),
        [4300.0]
    );
    assert_eq!(
        values("The number of drivers on strike rose to 640 from 250."),
        [640.0, 250.0]
    );
    // Partitives and the group of people "employed there".
    assert_eq!(
        values("It will shed 350 of the 3,800 workers, about 900 of a total 5,000 posts."),
        [350.0, 3800.0, 900.0, 5000.0]
    );
    assert_eq!(
        values("Another 500 workers of the 5,100 employed at the site will be idled."),
        [500.0, 5100.0]
    );
    // Phrasal verbs of cutting, "make N redundant", partitives of "them", shared subjects.
    assert_eq!(
        values("Velder is laying off 3,600, will make 500 redundant and let go of 200."),
        [3600.0, 500.0, 200.0]
    );
    assert_eq!(
        values("It will furlough 3,000; 150 of them will move to Porto."),
        [3000.0, 150.0]
    );
    assert_eq!(
        values("Officials said 2 people died and 14 were injured."),
        [2.0, 14.0]
    );
    // Ranges, spelled numbers and long coordinated noun phrases.
    assert_eq!(
        values("Between 4,000 and 5,000 workers and six banks were hit."),
        [4000.0, 5000.0, 6.0]
    );
    assert_eq!(
        values("It will lay off about 640 salaried, hourly and contract workers."),
        [640.0]
    );
    assert_eq!(
        values("It shut its four largest and most profitable stores and three Midwest warehouses."),
        [4.0, 3.0]
    );
}

#[test]
fn a_count_without_its_noun_takes_the_noun_it_shares() {
    // A list of cuts by country names the noun once; each bare figure carries it.
    expect(
        "Velder will cut 1,200 jobs in Germany, 800 in France and 2,100 in Italy.",
        Count,
        &[
            ("1,200 jobs", 1200.0, Some("jobs")),
            ("800", 800.0, Some("jobs")),
            ("2,100", 2100.0, Some("jobs")),
        ],
    );
    expect(
        "Another 800 posts will go in Lyon and 450 in Porto.",
        Count,
        &[
            ("800 posts", 800.0, Some("posts")),
            ("450", 450.0, Some("posts")),
        ],
    );
    // A partitive names the noun after its determiner.
    expect(
        "About 600 of the drivers walked out; 40 of its 90 depots shut.",
        Count,
        &[
            ("About 600", 600.0, Some("drivers")),
            ("40", 40.0, Some("depots")),
            ("90 depots", 90.0, Some("depots")),
        ],
    );
    // Both ends of a range take the noun, hyphenated ranges included; an age is no range.
    let rows = of_kind(
        "It will shed between 4,000 and 5,000 of its 20,000 staff and hire 200-300 engineers.",
        Count,
    );
    let got: Vec<(f64, Option<&str>, Option<Qualifier>)> =
        rows.iter().map(|r| (r.2, r.3.as_deref(), r.4)).collect();
    assert_eq!(
        got,
        [
            (4000.0, Some("staff"), Some(Qualifier::AtLeast)),
            (5000.0, Some("staff"), Some(Qualifier::AtMost)),
            (20000.0, Some("staff"), None),
            (200.0, Some("engineers"), Some(Qualifier::AtLeast)),
            (300.0, Some("engineers"), Some(Qualifier::AtMost)),
        ]
    );
    expect("Voters aged 18-24 backed it.", Count, &[]);
    expect("The 2019-2020 seasons were poor.", Count, &[]);
    // A bare figure across a clause break keeps no borrowed noun.
    expect(
        "It cut 300 jobs. Revenue was flat; the plant makes 400 a day.",
        Count,
        &[("300 jobs", 300.0, Some("jobs"))],
    );
}

#[test]
fn headline_counts_in_capitals_and_title_case() {
    expect(
        "TORVALD TO IDLE 3,500 WORKERS AT TWO PLANTS",
        Count,
        &[
            ("3,500 WORKERS", 3500.0, Some("WORKERS")),
            ("TWO PLANTS", 2.0, Some("PLANTS")),
        ],
    );
    expect(
        "Brightline Cuts 400 Jobs After Merger",
        Count,
        &[("400 Jobs", 400.0, Some("Jobs"))],
    );
    // In running text a capitalised word before a number is still a name.
    assert!(of_kind("The Boeing 737 jets were grounded.", Count).is_empty());
    assert!(of_kind("BOEING 737 SALES RISE", Count).is_empty());
}

#[test]
fn headline_figures_take_the_unit_the_body_gives() {
    let text = "KESTREL AIR SEEKS TWO BILLION LOAN, HOLDS 14.5 ORVIK STAKE, IDLES 1,250\n\n\
                Kestrel Air said it is seeking two billion dlrs in bank loans. It holds a \
                14.5 pct stake in Orvik. It will idle 1,250 workers for a week.";
    let got: Vec<(FactKind, String, f64, Option<String>)> = quantities(text)
        .into_iter()
        .map(|r| (r.0, r.1, r.2, r.3))
        .collect();
    let headline: Vec<_> = got.iter().take(3).cloned().collect();
    assert_eq!(
        headline,
        [
            (
                Money,
                "TWO BILLION".to_string(),
                2e9,
                Some("USD".to_string())
            ),
            (Percent, "14.5".to_string(), 14.5, Some("%".to_string())),
            (
                Count,
                "1,250".to_string(),
                1250.0,
                Some("workers".to_string())
            ),
        ]
    );
    // A figure the body never repeats, a small number or a year stays bare.
    let text = "FIRM SEEKS 40 BILLION LOAN IN 2026, 7 IN ALL\n\nThe firm wants 3 billion dlrs.";
    assert_eq!(quantities(text).len(), 1, "{:?}", quantities(text));
    // Only a headline: the same figures in a sentence of the body stay bare.
    let text = "Acme sells bonds.\n\nIt seeks two billion. It borrowed two billion dlrs.";
    assert_eq!(of_kind(text, Money).len(), 1, "{:?}", of_kind(text, Money));
}

#[test]
fn a_name_inside_a_count_stays_a_fact() {
    let story = extract_text(
        "It serves 60 of the 100 largest U.S. health systems.",
        &Options::default(),
    );
    let text = &story.document.text;
    let count = story
        .facts
        .iter()
        .find(|f| f.kind == Count && f.value() == Some(100.0))
        .unwrap();
    assert_eq!(count.text(text), "100");
    assert_eq!(count.unit(), Some("largest U.S. health systems"));
    assert!(story.facts.iter().any(|f| f.text(text) == "U.S."));
}

#[test]
fn implied_counts_stay_out_of_other_figures() {
    for text in [
        "Another 2 years passed before prices rose to 40 from 25.",
        "Workers aged 18 to 25 were polled.",
        "The index fell to 1,250 from 1,300 as staff left.",
        "A three year loan carries interest.",
        "The workforce is 40 pct unionised.",
    ] {
        assert!(
            of_kind(text, Count).is_empty(),
            "{text}: {:?}",
            of_kind(text, Count)
        );
    }
}

#[test]
fn distractors_are_not_quantities() {
    for text in [
        "In 2025 the company grew.",
        "The 2024 elections were close.",
        "Boeing 737 jets and the iPhone 15 models were recalled.",
        "Fortune 500 companies cited Section 230 rules.",
        "COVID-19 patients were treated.",
        "Call 1-800-555-0199 or 555-1234 today; support is 24/7.",
        "We met at 3:30 p.m. on March 3.",
        "The office is at 221 Baker Street.",
        "A 45-year-old man and a 10-day trip.",
        "It is one of the largest deals, and no one objected.",
        "He tried 3 times and waited 20 years.",
        "The site is 5 miles away.",
        "All 70 of us agreed.",
        "She got really mad when Bob left.",
        "A family of four pays the bill.",
        "See https://example.com/search?q=30%25%2020%",
    ] {
        assert!(
            quantities(text).is_empty(),
            "{text}: {:?}",
            quantities(text)
        );
    }
}

#[test]
fn ordinals_name_rounds_and_ranks() {
    expect(
        "The second round follows the first round, and a 3rd tranche is due.",
        Ordinal,
        &[
            ("second round", 2.0, Some("round")),
            ("first round", 1.0, Some("round")),
            ("3rd tranche", 3.0, Some("tranche")),
        ],
    );
    expect(
        "It is the country's second-largest bank.",
        Ordinal,
        &[("second-largest", 2.0, Some("largest"))],
    );
    assert!(of_kind("For the first time, first-half sales rose.", Ordinal).is_empty());
}

#[test]
fn the_bundled_story() {
    let story = extract_text(dateline::BUNDLED_STORY, &Options::default());
    let got: Vec<(FactKind, &str, f64, Option<Qualifier>)> = story
        .facts
        .iter()
        .filter(|f| matches!(f.kind, Money | Count | Percent))
        .map(|f| {
            let text = f.text(&story.document.text);
            (f.kind, text, f.value().unwrap(), f.qualifier)
        })
        .collect();
    assert_eq!(
        got,
        [
            (Money, "up to $100 billion", 1e11, Some(Qualifier::AtMost)),
            (
                Money,
                "as much as $830 billion",
                8.3e11,
                Some(Qualifier::AtMost)
            ),
            (Money, "up to $30 billion", 3e10, Some(Qualifier::AtMost)),
            (Money, "$11 billion", 1.1e10, None),
            (
                Count,
                "roughly 16,000 employees",
                16000.0,
                Some(Qualifier::Approx)
            ),
            (
                Count,
                "about 14,000 corporate workers",
                14000.0,
                Some(Qualifier::Approx)
            ),
            (Count, "30,000 corporate jobs", 30000.0, None),
            (Count, "14,000 layoffs", 14000.0, None),
        ]
    );
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise every path: numbers, symbols, codes, names, qualifiers, glue.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "$",
                "€",
                "£",
                "¥",
                "元",
                "ரூ",
                "US",
                "C",
                "u",
                ".",
                "s",
                "-",
                "–",
                "/",
                ":",
                "%",
                "per",
                "cent",
                "percent",
                "percentage",
                "points",
                "basis",
                "USD",
                "MUSD",
                "Rs",
                "dollars",
                "Swiss",
                "francs",
                "pounds",
                "of",
                "cents",
                "c",
                "p",
                "mao",
                "and",
                "to",
                "between",
                "up",
                "about",
                "more",
                "than",
                "a",
                "one",
                "twenty",
                "-five",
                "hundred",
                "thousand",
                "million",
                "bn",
                "k",
                "m",
                "lakh",
                "half",
                "quarters",
                "first",
                "3rd",
                "round",
                "second-largest",
                "employees",
                "people",
                "corporate",
                "jobs",
                "No.",
                "#",
                "(",
                ")",
                "ü",
                "’s",
                "\u{301}",
            ])
            .prop_map(str::to_string),
            "[0-9]{1,7}",
            "[0-9]{1,3}(,[0-9]{3}){0,2}(\\.[0-9]{1,2})?",
            "\\PC{0,3}",
        ]
    }

    proptest! {
        #[test]
        fn spans_are_exact_and_on_char_boundaries(
            pieces in prop::collection::vec(piece(), 0..24),
            glue in prop::collection::vec(any::<bool>(), 24),
        ) {
            let mut text = String::new();
            for (k, p) in pieces.iter().enumerate() {
                if k > 0 && glue[k] {
                    text.push(' ');
                }
                text.push_str(p);
            }
            let story = extract_text(&text, &Options::default());
            for f in &story.facts {
                let span = f.span();
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                prop_assert!(span.start <= span.end && span.end <= story.document.text.len());
                if f.kind.is_quantity() {
                    prop_assert!(f.value().is_some_and(f64::is_finite));
                }
            }
        }
    }
}

/// A currency ISO 4217 withdrew that news still names comes from the documented supplement
/// (`assets/iso4217_supplement.txt`): the Bulgarian lev, replaced by the euro in 2026.
#[test]
fn the_bulgarian_lev_is_still_read() {
    expect(
        "The Sofia utility borrowed 500 million leva in 2024, repaid 1.2 million Bulgarian leva \
         and priced bread at 90 stotinki; BGN 40 million more is due.",
        FactKind::Money,
        &[
            ("500 million leva", 500e6, Some("BGN")),
            ("1.2 million Bulgarian leva", 1.2e6, Some("BGN")),
            ("90 stotinki", 0.9, Some("BGN")),
            ("BGN 40 million", 40e6, Some("BGN")),
        ],
    );
}
