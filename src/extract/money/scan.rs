//! Reading one amount at a token: a currency before the number, or after it, then an optional
//! cents tail and an optional second end of a range.

use super::tail::cents;
use super::{Amount, Recent, currency};
use crate::extract::Ctx;
use crate::extract::number::{self, Num, glued_left, glued_right, lower, range_connector};
use crate::extract::token::Kind;

/// Reads the amount(s) starting at token `i` into `found`; returns where to continue, or
/// `None` when nothing starts here.
pub(super) fn at(ctx: &Ctx, i: usize, found: &mut Vec<Amount>, recent: &Recent) -> Option<usize> {
    // A currency prefix is at most four tokens before its number ("u . s $ 5"): skip the
    // lexicon lookups for words with no number in sight.
    let near = &ctx.tokens[(i + 1).min(ctx.tokens.len())..(i + 5).min(ctx.tokens.len())];
    if near.iter().any(|t| t.kind == Kind::Number)
        && let Some(a) = prefixed(ctx, i).or_else(|| local(ctx, i, recent))
    {
        found.push(a);
        return Some(range_tail(ctx, a, found));
    }
    // "65 cents a pound", "2 dollars a share": right after an amount, "a pound" is the unit
    // of a rate, not a pound.
    let rate = found.last().is_some_and(|a| a.last + 1 == i);
    let num = number::parse(ctx, i).or_else(|| article_one(ctx, i).filter(|_| !rate))?;
    if glued_left(ctx, i) {
        return Some(num.last + 1);
    }
    if let Some(a) = postfixed(ctx, num, recent) {
        found.push(a);
        return Some(range_tail(ctx, a, found));
    }
    // A bare number opening a range whose other end names the currency: "38-45 million
    // dollars", "between five and seven billion euros".
    let b_first = num.last + 2;
    if range_connector(ctx, num.last + 1, b_first, num.first)
        && let Some(b) = number::parse(ctx, b_first).and_then(|b| postfixed(ctx, b, recent))
    {
        found.push(amount(num, num.last, num.value, b.iso));
        found.push(b);
        return Some(range_tail(ctx, b, found));
    }
    Some(num.last + 1)
}

fn amount(num: Num, last: usize, value: f64, iso: Option<&'static str>) -> Amount {
    Amount {
        first: num.first,
        last,
        value,
        raw: num.raw,
        mag: num.mag,
        iso,
        sub: None,
        bare_dollar: false,
    }
}

/// "a dollar", "an euro": the article as the number one before a currency name.
fn article_one(ctx: &Ctx, i: usize) -> Option<Num> {
    if !(ctx.is(i, "a") || ctx.is(i, "an")) {
        return None;
    }
    let (iso, last) = currency::name(ctx, i + 1)?;
    // "cost a dollar.", "a pound a day" — but not "a euro zone country", "a yen for travel",
    // "a dollar-denominated bond": the name must end the phrase.
    let major = matches!(iso, Some("USD" | "EUR" | "GBP"));
    let ends = match ctx.tokens.get(last + 1) {
        None => true,
        Some(t) if t.kind == Kind::Punct => ctx.tok(last + 1) != "-",
        Some(t) if t.kind == Kind::Word => {
            let mut buf = [0u8; 24];
            let w = lower(ctx.tok(last + 1), &mut buf);
            number::is_function_word(w) && w != "of" && w != "for"
        }
        Some(_) => false,
    };
    let singular = last == i + 1 && !ctx.tok(last).ends_with(['s', 'S']);
    (major && ends && singular).then_some(Num {
        value: 1.0,
        raw: 1.0,
        mag: None,
        first: i,
        last: i,
        spelled: true,
        integer: true,
        plain: false,
    })
}

/// A currency written before digits: "$ 75 million", "US$4.7bn", "USD 200", "MAUD 60",
/// "dollar 22.5 million" (a name in front only with a magnitude).
fn prefixed(ctx: &Ctx, i: usize) -> Option<Amount> {
    let (iso, mult, at, symbolic) = if let Some(iso) = currency::symbol(ctx, i) {
        (Some(iso), 1.0, i + 1, true)
    } else if let Some((iso, dollar)) = currency::dollar_prefix(ctx, i) {
        (Some(iso), 1.0, dollar + 1, true)
    } else if let Some((iso, mult, last)) = currency::code(ctx, i) {
        (Some(iso), mult, last + 1, false)
    } else if let Some((Some(iso), last)) = currency::name(ctx, i) {
        let num = number::parse(ctx, last + 1)?;
        if num.spelled || num.mag.is_none() {
            return None;
        }
        (Some(iso), 1.0, last + 1, false)
    } else {
        return None;
    };
    let num = number::parse(ctx, at)?;
    // "$5G" is a code, but "$38-45 million" is a range.
    let range = matches!(ctx.tok(num.last + 1), "-" | "–");
    if num.spelled
        || glued_right(ctx, num.last) && num.mag.is_none() && !range && !next_is_sub(ctx, num)
    {
        return None;
    }
    let mut last = num.last;
    // "$10 dollars", "US$ 5 USD": the currency written twice.
    if symbolic
        && let Some((again, l)) = word_currency(ctx, last + 1)
        && again == iso
    {
        last = l;
    }
    let mag = num.mag.or((mult != 1.0).then_some(mult));
    let mut a = Amount {
        first: i,
        ..amount(num, last, num.value * mult, iso)
    };
    a.mag = mag;
    Some(cents(ctx, num, a))
}

/// A local symbol before an amount ("R300 million", "N12.50", "Ksh 5 billion"): money only
/// when the number reads as an amount (a magnitude, a thousands separator or decimals), a
/// one-letter symbol touches it, and the story is set where that currency is used.
fn local(ctx: &Ctx, i: usize, recent: &Recent) -> Option<Amount> {
    let candidates = currency::local_symbol(ctx, i)?;
    let num = number::parse(ctx, i + 1)?;
    let glued = !ctx.tokens[i + 1].space_before;
    let letter = ctx.tok(i).len() == 1;
    if num.first != i + 1 || num.spelled || num.plain || letter && !glued || glued_left(ctx, i) {
        return None;
    }
    if glued_right(ctx, num.last) && num.mag.is_none() {
        return None;
    }
    let iso = recent.story_currency(ctx.text, candidates)?;
    let a = Amount {
        first: i,
        ..amount(num, num.last, num.value, Some(iso))
    };
    Some(cents(ctx, num, a))
}

fn next_is_sub(ctx: &Ctx, num: Num) -> bool {
    currency::sub(ctx, num.last + 1).is_some()
}

/// A code or name at token `j`.
fn word_currency(ctx: &Ctx, j: usize) -> Option<(Option<&'static str>, usize)> {
    currency::code(ctx, j)
        .map(|(iso, _, l)| (Some(iso), l))
        .or_else(|| currency::name(ctx, j))
}

/// A currency written after the number: "20€", "10k$", "3.14US$", "115USD", "30 MUSD",
/// "125 million Australian dollars", "one-yen", "43 cents".
fn postfixed(ctx: &Ctx, num: Num, recent: &Recent) -> Option<Amount> {
    let j = num.last + 1;
    let t = ctx.tokens.get(j)?;
    // "a one-yen bid", "a 50-cent coin": a glued hyphen before a currency word.
    let hyphen = ctx.tok(j) == "-"
        && !t.space_before
        && ctx
            .tokens
            .get(j + 1)
            .is_some_and(|n| !n.space_before && n.kind == Kind::Word);
    let k = if hyphen { j + 1 } else { j };
    if let Some(sub) = currency::sub(ctx, k) {
        let letter = ctx.tok(k).len() == 1;
        // Of the one-letter subunits only a glued "p" stands alone ("50p"); "43c" needs dollars.
        let glued_p = ctx.tok(k).eq_ignore_ascii_case("p") && !ctx.tokens[k].space_before;
        if letter && !glued_p {
            return None;
        }
        // A subunit several currencies share ("senti") is the story's country's.
        let iso = sub
            .iso
            .or_else(|| recent.story_currency(ctx.text, sub.currencies()));
        let mut a = amount(num, k, num.value * sub.factor, iso);
        a.sub = Some(sub);
        return Some(a);
    }
    if !hyphen {
        if let Some(iso) = currency::symbol(ctx, j) {
            return postfix_symbol(ctx, num, j, iso);
        }
        if let Some((iso, dollar)) = currency::dollar_prefix(ctx, j) {
            return Some(finish(ctx, num, dollar, Some(iso), 1.0));
        }
        if let Some((iso, mult, l)) = currency::code(ctx, j) {
            // "3 USD50 Cards": a code glued to the next number belongs to it.
            if t.space_before && next_glued_number(ctx, l) {
                return None;
            }
            return Some(finish(ctx, num, l, Some(iso), mult));
        }
    }
    let currency::NameMatch {
        iso,
        last: l,
        weak,
        group,
    } = currency::name_match(ctx, k)?;
    if weak && !weak_name_ok(ctx, num, l) {
        return None;
    }
    // "crowns", "shillings": the currency of the country the story is set in, when it says.
    let iso =
        iso.or_else(|| group.and_then(|g| recent.story_currency(ctx.text, currency::group(g))));
    // "30 euro cents": a name, then its subunit.
    if let Some(iso) = iso
        && let Some(factor) = currency::sub(ctx, l + 1).and_then(|s| s.factor_in(iso))
    {
        return Some(amount(num, l + 1, num.value * factor, Some(iso)));
    }
    // "a 300-pound man", "ten pounds of beef": pounds of weight; and once a story weighs in
    // pounds, its other bare "pounds" are weights too ("capacity of 400 mln pounds").
    let pound = l == k && lower(ctx.tok(k), &mut [0u8; 24]).starts_with("pound");
    if pound && (hyphen || ctx.is(l + 1, "of")) {
        recent.weighs_in_pounds();
        return None;
    }
    if pound && recent.pounds_are_weights() || currency::not_money(ctx, l) {
        return None;
    }
    let mut a = finish(ctx, num, l, iso, 1.0);
    // "dollars" alone: the sentence's other money may say which dollar.
    a.bare_dollar = l == k && iso == Some("USD");
    Some(a)
}

/// A weak name ("marks") is money after a number that reads as an amount ("850 mln marks",
/// "5,000 marks", "2.5 marks"), not after a small plain one ("scored 95 marks") nor as a verb
/// ("2024 marks the end").
fn weak_name_ok(ctx: &Ctx, num: Num, last: usize) -> bool {
    let amount = num.mag.is_some() || !num.plain && !num.spelled;
    let verb = ["the", "a", "an", "its", "their", "his", "her"]
        .iter()
        .any(|w| ctx.is(last + 1, w));
    amount && !verb
}

fn next_glued_number(ctx: &Ctx, l: usize) -> bool {
    ctx.tokens
        .get(l + 1)
        .is_some_and(|n| !n.space_before && n.kind == Kind::Number)
}

/// A symbol after the number: "10 €", "20€", "10 $ 30 $". Not when the symbol clearly opens
/// the next amount: glued to a following number ("5 $10"), or followed by a number that names
/// the same currency again ("1 $ 10 dollars" is "$10 dollars").
fn postfix_symbol(ctx: &Ctx, num: Num, j: usize, iso: &'static str) -> Option<Amount> {
    if ctx.tokens[j].space_before && next_glued_number(ctx, j) {
        return None;
    }
    if let Some(next) = number::parse(ctx, j + 1)
        && let Some((again, _)) = word_currency(ctx, next.last + 1)
        && again == Some(iso)
    {
        return None;
    }
    // "20 €ur"
    let last = if ctx.tok(j) == "€"
        && ctx.is(j + 1, "ur")
        && ctx.tokens.get(j + 1).is_some_and(|t| !t.space_before)
    {
        j + 1
    } else {
        j
    };
    Some(finish(ctx, num, last, Some(iso), 1.0))
}

/// The amount ending with its currency at `last`; a magnitude may still follow a code or name
/// ("75 USD million"), then cents.
fn finish(ctx: &Ctx, num: Num, mut last: usize, iso: Option<&'static str>, mult: f64) -> Amount {
    let mut value = num.value * mult;
    let mut mag = num.mag.or((mult != 1.0).then_some(mult));
    if mag.is_none()
        && ctx
            .tokens
            .get(last + 1)
            .is_some_and(|t| t.kind == Kind::Word)
        && let Some(m) = number::word_magnitude(lower(ctx.tok(last + 1), &mut [0u8; 24]))
    {
        value *= m;
        mag = Some(m);
        last += 1;
    }
    let mut a = amount(num, last, value, iso);
    a.mag = mag;
    if mag.is_none() { cents(ctx, num, a) } else { a }
}

/// The second end of a range written without its currency: "$38-45 million", "$5 to 7".
fn range_tail(ctx: &Ctx, a: Amount, found: &mut Vec<Amount>) -> usize {
    let b_first = a.last + 2;
    if !range_connector(ctx, a.last + 1, b_first, a.first) {
        return a.last + 1;
    }
    let Some(b) = number::parse(ctx, b_first) else {
        return a.last + 1;
    };
    let year = b.plain && (1900.0..2100.0).contains(&b.value);
    let owned = currency::any_marker(ctx, b.last + 1)
        || currency::sub(ctx, b.last + 1).is_some()
        || glued_right(ctx, b.last)
        || ctx.tokens.get(b.last + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !number::is_function_word(lower(ctx.tok(b.last + 1), &mut [0u8; 24]))
        });
    if year || owned {
        return a.last + 1;
    }
    found.push(amount(b, b.last, b.value, a.iso));
    b.last + 1
}
