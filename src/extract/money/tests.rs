use crate::extract::{Options, extract_text};
use crate::story::{FactKind, Qualifier};

/// (text, value, unit) of the money facts in `text`.
fn money(text: &str) -> Vec<(String, f64, Option<String>)> {
    extract_text(text, &Options::default())
        .facts
        .into_iter()
        .filter(|f| f.kind == FactKind::Money)
        .map(|f| {
            let unit = f.unit().map(str::to_string);
            (
                f.text(text).to_string(),
                f.value().unwrap_or(f64::NAN),
                unit,
            )
        })
        .collect()
}

fn one(text: &str, want_text: &str, value: f64, unit: &str) {
    let got = money(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    assert_eq!(got[0].0, want_text, "{text}");
    assert!(
        (got[0].1 - value).abs() < 1e-6 * value.abs().max(1.0),
        "{text}: {got:?}"
    );
    assert_eq!(got[0].2.as_deref(), Some(unit), "{text}");
}

#[test]
fn symbols_codes_and_names() {
    one("It raised $100 billion.", "$100 billion", 1e11, "USD");
    one("a $ 75 million bond", "$ 75 million", 75e6, "USD");
    one("It paid €2m for it.", "€2m", 2e6, "EUR");
    one("A £5bn plan.", "£5bn", 5e9, "GBP");
    one("It sold for USD 200.", "USD 200", 200.0, "USD");
    one("It cost 5 EUR.", "5 EUR", 5.0, "EUR");
    one(
        "fined 10,000 Swiss francs",
        "10,000 Swiss francs",
        1e4,
        "CHF",
    );
    one(
        "125 million Australian dollars of bonds",
        "125 million Australian dollars",
        125e6,
        "AUD",
    );
    one("HK$10.05 billion", "HK$10.05 billion", 10.05e9, "HKD");
    one("a C$300 million charge", "C$300 million", 3e8, "CAD");
    one("it took 10k$", "10k$", 1e4, "USD");
    one("1.5 billion dollars", "1.5 billion dollars", 1.5e9, "USD");
    one("a one-yen bid", "one-yen", 1.0, "JPY");
    one("5 lakh rupees", "5 lakh rupees", 5e5, "INR");
    one("revenue of 120 MEUR", "120 MEUR", 1.2e8, "EUR");
}

#[test]
fn cents_and_pence() {
    one("It costs 43 cents.", "43 cents", 0.43, "USD");
    one("a 50p coin", "50p", 0.5, "GBP");
    one("It costs 15 dollars 50.", "15 dollars 50", 15.5, "USD");
    one("$20 and 43c", "$20 and 43c", 20.43, "USD");
    // A number that belongs to a noun is not cents.
    one("They paid $5 and 10 people came.", "$5", 5.0, "USD");
}

#[test]
fn qualifiers_are_part_of_the_fact() {
    let story = extract_text("OpenAI is seeking up to $100 billion.", &Options::default());
    let f = story
        .facts
        .iter()
        .find(|f| f.kind == crate::story::FactKind::Money)
        .unwrap();
    assert_eq!(
        (f.text(&story.document.text), f.qualifier),
        ("up to $100 billion", Some(Qualifier::AtMost))
    );
}

#[test]
fn weights_and_words_that_look_like_codes_are_not_money() {
    assert!(money("a 300-pound man").is_empty());
    assert!(money("ten pounds of beef").is_empty());
    assert!(money("All 70 of us.").is_empty());
    assert!(money("She got really mad when 3 people left.").is_empty());
    assert!(money("I tried to call Bob 3 times already.").is_empty());
}

#[test]
fn an_article_is_one_only_when_the_name_ends_the_phrase() {
    one("It cost a dollar.", "a dollar", 1.0, "USD");
    one("They pay a euro a day.", "a euro", 1.0, "EUR");
    // After an amount, "a pound" is the unit of a rate.
    one("Copper rose to 65 cents a pound.", "65 cents", 0.65, "USD");
    one("Beef sold at 2 dollars a pound.", "2 dollars", 2.0, "USD");
    assert!(money("He joined a euro zone bank.").is_empty());
    assert!(money("She has a yen for travel.").is_empty());
    assert!(money("They sold a dollar-denominated bond.").is_empty());
    assert!(money("The 19 euro zone members met.").is_empty());
}

#[test]
fn range_bounds_are_at_least_and_at_most() {
    let q = |text: &str| -> Vec<(String, Option<Qualifier>)> {
        extract_text(text, &Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind == FactKind::Money)
            .map(|f| (f.text(text).to_string(), f.qualifier))
            .collect()
    };
    let (lo, hi) = (Some(Qualifier::AtLeast), Some(Qualifier::AtMost));
    for text in [
        "It paid $38 million to $45 million in cash.",
        "Sales of between £5.0 billion and £5.2 billion are forecast.",
        "Shares priced at $18-$20 each.",
    ] {
        let got = q(text);
        assert_eq!(got.len(), 2, "{text}: {got:?}");
        assert_eq!((got[0].1, got[1].1), (lo, hi), "{text}");
    }
    // A change is not a range, nor a falling pair; a written hedge is kept.
    let change = q("Profit rose from $5 million to $7 million.");
    assert!(change.iter().all(|(_, q)| q.is_none()), "{change:?}");
    let fall = q("The price fell $9 to $7.");
    assert!(fall.iter().all(|(_, q)| q.is_none()), "{fall:?}");
    let hedged = q("It costs about $5 to $7 million.");
    assert_eq!(hedged[0].1, Some(Qualifier::Approx));
}

#[test]
fn subunits_take_the_share_of_their_currency() {
    // A fils is a thousandth of a Kuwaiti dinar (ISO exponent 3), a hundredth of a dirham.
    let got = money("The fee rose 500 fils to KWD 2.");
    assert_eq!(got[0].0, "500 fils");
    assert!((got[0].1 - 0.5).abs() < 1e-9, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("KWD"));
    one("It costs 50 fils.", "50 fils", 0.5, "AED");
    // Money of a currency that has no such subunit leaves it alone.
    let got = money("It fell 30 centavos as the yen hit ¥150.");
    assert_eq!(got[0].2.as_deref(), Some("MXN"), "{got:?}");
}

#[test]
fn weak_names_need_an_amount() {
    one("a grant of 850 mln marks", "850 mln marks", 850e6, "DEM");
    one("fined 5,000 marks", "5,000 marks", 5000.0, "DEM");
    assert!(money("She scored 95 marks.").is_empty());
    assert!(money("The year 2,024 marks the change.").is_empty());
}
