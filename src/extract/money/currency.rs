//! The token matchers built on the currency lexicon (`lexicon.rs`): symbols ("€"), dollar
//! prefixes ("US$", "C $"), codes ("USD", "MEUR" = million euros), names ("Swiss francs",
//! "Hong Kong dollars") and subunits ("cents", "pence").

use super::lexicon::LEXICON;
pub use super::lexicon::{NameMatch, Sub};
use crate::extract::Ctx;
use crate::extract::number::headline::is_headline_case;
use crate::extract::number::lower;
use crate::extract::token::Kind;

fn is_capitals(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_uppercase())
}

/// A currency symbol at token `i` ("$", "€", "元").
pub fn symbol(ctx: &Ctx, i: usize) -> Option<&'static str> {
    let t = ctx.tokens.get(i)?;
    // Symbols are never ASCII words ("元" and "ரூ" are words, but not ASCII).
    if t.kind == Kind::Word && ctx.tok(i).is_ascii() {
        return None;
    }
    LEXICON.sym.get(ctx.tok(i)).copied()
}

/// Letters naming a dollar, then "$", from token `i`: "US$", "C $", "u.s $", "HK$". Returns
/// the ISO code and the index of the "$".
pub fn dollar_prefix(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    let t = ctx.tokens.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    if !LEXICON.words.may_contain(ctx.tok(i)) {
        return None;
    }
    let mut buf = [0u8; 24];
    let word = lower(ctx.tok(i), &mut buf);
    // "u . s $" / "u.s $": the lowercase U.S. comes apart into letters and dots.
    if word == "u" && ctx.is(i + 1, ".") && ctx.is(i + 2, "s") {
        let dollar = if ctx.is(i + 3, ".") { i + 4 } else { i + 3 };
        return (ctx.tok(dollar) == "$").then_some(("USD", dollar));
    }
    let &(iso, strict) = LEXICON.dollar.get(word)?;
    let dollar = i + 1;
    if ctx.tok(dollar) != "$" {
        return None;
    }
    let glued = !ctx.tokens[dollar].space_before;
    if strict && !(glued && is_capitals(ctx.tok(i))) {
        return None;
    }
    // Only single letters (and "us", "hk") may stand apart from the "$" ("c $ 16.4").
    Some((iso, dollar))
}

/// A currency code at token `i`: ("USD", 1), ("MEUR", 1e6 — the M prefix means millions), and
/// the last token it covers ("Rs." takes its dot).
pub fn code(ctx: &Ctx, i: usize) -> Option<(&'static str, f64, usize)> {
    let t = ctx.tokens.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let text = ctx.tok(i);
    if !LEXICON.words.may_contain(text) {
        return None;
    }
    let mut buf = [0u8; 24];
    let word = lower(text, &mut buf);
    if let Some(&(iso, strict)) = LEXICON.code.get(word) {
        // "TOP 10 BANKS": in a headline in capitals an English word is no code.
        if strict && (!is_capitals(text) || is_headline_case(ctx)) {
            return None;
        }
        let dot = word == "rs" && ctx.is(i + 1, ".") && !ctx.tokens[i + 1].space_before;
        return Some((iso, 1.0, if dot { i + 1 } else { i }));
    }
    if text.len() == 4 && is_capitals(text) && text.starts_with('M') {
        let rest = &word[1..];
        if let Some(&(iso, _)) = LEXICON.code.get(rest) {
            return Some((iso, 1e6, i));
        }
    }
    None
}

/// A currency name starting at token `i` ("dollars", "Swiss francs", "U.S. dollar"): its ISO
/// code (`None` for "crowns") and last token. Weak names ("marks") are left out: see
/// [`name_match`].
pub fn name(ctx: &Ctx, i: usize) -> Option<(Option<&'static str>, usize)> {
    name_match(ctx, i)
        .filter(|m| !m.weak)
        .map(|m| (m.iso, m.last))
}

/// A currency name starting at token `i`, weak ones included.
pub fn name_match(ctx: &Ctx, i: usize) -> Option<NameMatch> {
    let t = ctx.tokens.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    if !LEXICON.words.may_contain(ctx.tok(i)) {
        return None;
    }
    let mut buf = [0u8; 24];
    let word = lower(ctx.tok(i), &mut buf);
    // "pounds" may open "pounds sterling" or be the plural of "pound".
    let exact = LEXICON.names.get(word).into_iter().flatten();
    let singular = word
        .strip_suffix('s')
        .and_then(|w| LEXICON.names.get(w))
        .into_iter()
        .flatten();
    exact.chain(singular).find_map(|n| {
        let last_word = n.words.len() - 1;
        let ok = n.words.iter().enumerate().all(|(k, w)| {
            let tok = ctx.tok(i + k);
            if ctx.tokens.get(i + k).is_none_or(|t| t.kind != Kind::Word) {
                return false;
            }
            tok.eq_ignore_ascii_case(w)
                || (k == last_word
                    && tok.len() == w.len() + 1
                    && tok
                        .get(..w.len())
                        .is_some_and(|h| h.eq_ignore_ascii_case(w))
                    && tok.ends_with(['s', 'S']))
        });
        ok.then_some(NameMatch {
            iso: n.iso,
            last: i + last_word,
            weak: n.weak,
            group: n.group,
        })
    })
}

/// Whether the currency name ending at token `last` opens a compound that is not money
/// ("euro zone", "euro area").
pub fn not_money(ctx: &Ctx, last: usize) -> bool {
    let mut buf = [0u8; 24];
    LEXICON
        .not
        .get(lower(ctx.tok(last), &mut buf))
        .is_some_and(|next| next.iter().any(|w| ctx.is(last + 1, w)))
}

/// A subunit word or symbol at token `i` ("cents", "pence", "¢", "mao").
pub fn sub(ctx: &Ctx, i: usize) -> Option<Sub> {
    ctx.tokens.get(i)?;
    let text = ctx.tok(i);
    if text.is_ascii() && !LEXICON.words.may_contain(text) {
        return None;
    }
    if let Some(s) = LEXICON.subs.get(text) {
        return Some(*s);
    }
    let mut buf = [0u8; 24];
    LEXICON.subs.get(lower(text, &mut buf)).copied()
}

/// The currencies of a group that a name or symbol may mean (see [`NameMatch::group`]).
pub fn group(g: u16) -> &'static [&'static str] {
    LEXICON.group(g)
}

/// A symbol that one country writes its currency with and that elsewhere is a letter or an
/// abbreviation ("R" in Johannesburg, "Rp" in Jakarta, "N" in Lagos): the currencies it may
/// be. Capitalised, as typed, at most four letters.
pub fn local_symbol(ctx: &Ctx, i: usize) -> Option<&'static [&'static str]> {
    let t = ctx.tokens.get(i)?;
    let text = ctx.tok(i);
    if t.kind != Kind::Word || text.len() > 4 || !text.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return None;
    }
    LEXICON.local.get(text).map(|&g| LEXICON.group(g))
}

/// Whether `iso` is a currency named "… dollar" (AUD, NZD, HKD …).
pub fn is_dollar(iso: &str) -> bool {
    LEXICON.dollars.contains(&iso)
}

/// Whether token `i` starts any main-currency marker (symbol, code, name or dollar prefix).
pub fn any_marker(ctx: &Ctx, i: usize) -> bool {
    symbol(ctx, i).is_some()
        || code(ctx, i).is_some()
        || name(ctx, i).is_some()
        || dollar_prefix(ctx, i).is_some()
}
