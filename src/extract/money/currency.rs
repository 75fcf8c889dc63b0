//! The currency lexicon (`assets/currencies.txt`, parsed once) and the token matchers built on
//! it: symbols ("€"), dollar prefixes ("US$", "C $"), codes ("USD", "MEUR" = million euros),
//! names ("Swiss francs", "Hong Kong dollars") and subunits ("cents", "pence").

use crate::extract::Ctx;
use crate::extract::number::filter::WordFilter;
use crate::extract::number::headline::is_headline_case;
use crate::extract::number::lower;
use crate::extract::token::Kind;
use std::collections::HashMap;

use std::sync::LazyLock;

const DATA: &str = include_str!("../../../assets/currencies.txt");

/// A currency name: its words (lowercase) and ISO code, `None` when the name alone does not
/// say which currency ("crowns").
struct Name {
    words: Vec<&'static str>,
    iso: Option<&'static str>,
    /// Also a common word ("marks"): money only after a number that reads as an amount.
    weak: bool,
}

/// A currency name found in the text.
#[derive(Debug, Clone, Copy)]
pub struct NameMatch {
    /// Its ISO code, `None` for "crowns".
    pub iso: Option<&'static str>,
    pub last: usize,
    /// See [`Name::weak`].
    pub weak: bool,
}

/// Newswire spellings of "dollar" that every "... dollar" name also takes ("N.Z. Dlrs").
const DOLLAR_ABBREVIATIONS: [&str; 2] = ["dlr", "dls"];

/// A subunit: its share of the main unit and the currency it means when written alone.
#[derive(Debug, Clone, Copy)]
pub struct Sub {
    pub factor: f64,
    pub iso: &'static str,
    /// Every currency whose subunit it is, space-separated, `iso` first ("USD EUR AUD").
    isos: &'static str,
}

impl Sub {
    /// Its share of a unit of `iso` when it is a subunit of `iso` ("euro cents", "Kuwaiti
    /// fils" = a thousandth): the listed factor for its own currency, else the ISO exponent.
    pub fn factor_in(self, iso: &str) -> Option<f64> {
        if iso == self.iso {
            return Some(self.factor);
        }
        self.isos
            .split_whitespace()
            .any(|c| c == iso)
            .then(|| LEXICON.minor.get(iso).copied())
            .flatten()
    }
}

/// The keys are a few ASCII bytes, where SipHash's setup dominates: FxHash.
type Map<V> = HashMap<&'static str, V, rustc_hash::FxBuildHasher>;

struct Lexicon {
    /// Every ASCII word of the lexicon (with plurals and M-codes), for the pre-filter.
    words: WordFilter,
    sym: Map<&'static str>,
    /// Letters before "$" → (ISO, capitals-and-glued only).
    dollar: Map<(&'static str, bool)>,
    /// Codes → (ISO, capitals only).
    code: Map<(&'static str, bool)>,
    /// Names by first word, longest first.
    names: Map<Vec<Name>>,
    subs: Map<Sub>,
    /// Currency names that open a compound naming something else ("euro zone").
    not: Map<Vec<&'static str>>,
    /// ISO codes that are never read as codes ("ALL 5 banks").
    nocode: Vec<&'static str>,
    /// ISO code → the share of its minor unit (0.01; 0.001 for the dinar of Kuwait).
    minor: Map<f64>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        words: WordFilter::new(&["u"]),
        sym: Map::default(),
        dollar: Map::default(),
        code: Map::default(),
        names: Map::default(),
        subs: Map::default(),
        not: Map::default(),
        nocode: Vec::new(),
        minor: Map::default(),
    };
    for line in DATA.lines() {
        let fields: Vec<&'static str> = line.split_whitespace().collect();
        let (Some(&kind), Some(&last)) = (fields.first(), fields.last()) else {
            continue;
        };
        if fields.len() < 3 || kind.starts_with('#') {
            continue;
        }
        let strict = kind.ends_with('!');
        for w in &fields[1..fields.len() - 1] {
            lex.words.insert(w);
            // Plurals ("dollars") and million-codes ("MUSD").
            lex.words.insert(&format!("{w}s"));
            lex.words.insert(&format!("m{w}"));
        }
        match kind.trim_end_matches('!') {
            "sym" => {
                lex.sym.insert(fields[1], last);
            }
            "dollar" => {
                lex.dollar.insert(fields[1], (last, strict));
            }
            "code" => {
                lex.code.insert(fields[1], (last, strict));
            }
            "name" | "weak" => {
                let words = fields[1..fields.len() - 1].to_vec();
                let iso = (last != "?").then_some(last);
                let weak = kind == "weak";
                if words.last() == Some(&"dollar") {
                    for abbr in DOLLAR_ABBREVIATIONS {
                        let mut short = words.clone();
                        short.pop();
                        short.push(abbr);
                        lex.words.insert(abbr);
                        lex.words.insert(&format!("{abbr}s"));
                        lex.names.entry(short[0]).or_default().push(Name {
                            words: short,
                            iso,
                            weak,
                        });
                    }
                }
                lex.names
                    .entry(words[0])
                    .or_default()
                    .push(Name { words, iso, weak });
            }
            "not" => {
                lex.not.entry(fields[1]).or_default().push(last);
            }
            "nocode" => lex.nocode.push(fields[1]),
            "sub" if fields.len() >= 4 => {
                let factor = fields[2].parse().unwrap_or(0.01);
                let isos = line.splitn(4, ' ').nth(3).unwrap_or(fields[3]);
                let iso = fields[3];
                lex.subs.insert(fields[1], Sub { factor, iso, isos });
            }
            _ => {}
        }
    }
    add_iso(&mut lex);
    for names in lex.names.values_mut() {
        names.sort_by_key(|n| std::cmp::Reverse(n.words.len()));
    }
    lex
});

/// Adds the generated ISO 4217 list: its codes (in capitals only, unless the curated lexicon
/// lists them already) and its English names, each also with a plural "s" on its last word.
fn add_iso(lex: &mut Lexicon) {
    for iso in super::iso::currencies() {
        lex.code.entry(iso.key).or_insert((iso.code, true));
        lex.minor
            .insert(iso.code, 10f64.powi(-i32::from(iso.exponent)));
        lex.words.insert(iso.key);
        for words in iso.names {
            if lex.known_name(&words) {
                continue;
            }
            for w in &words {
                lex.words.insert(w);
                lex.words.insert(&format!("{w}s"));
            }
            lex.names.entry(words[0]).or_default().push(Name {
                words,
                iso: Some(iso.code),
                weak: false,
            });
        }
    }
    for code in &lex.nocode {
        lex.code.remove(code);
    }
}

impl Lexicon {
    /// Whether the curated lexicon already has this name (it may say more: "crown" → none).
    fn known_name(&self, words: &[&str]) -> bool {
        self.names
            .get(words[0])
            .is_some_and(|ns| ns.iter().any(|n| n.words == words))
    }
}

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

/// Whether token `i` starts any main-currency marker (symbol, code, name or dollar prefix).
pub fn any_marker(ctx: &Ctx, i: usize) -> bool {
    symbol(ctx, i).is_some()
        || code(ctx, i).is_some()
        || name(ctx, i).is_some()
        || dollar_prefix(ctx, i).is_some()
}
