//! The currency lexicon, parsed once: the curated `assets/currencies.txt` (symbols, dollar
//! prefixes, codes, names, subunits and what is ambiguous) and the generated ISO 4217 list
//! (`assets/iso4217.txt`, see `iso.rs`).

use crate::extract::number::filter::WordFilter;
use std::collections::HashMap;
use std::sync::LazyLock;

const DATA: &str = include_str!("../../../assets/currencies.txt");

/// A currency name: its words (lowercase) and ISO code, `None` when the name alone does not
/// say which currency ("crowns").
pub(super) struct Name {
    pub(super) words: Vec<&'static str>,
    pub(super) iso: Option<&'static str>,
    /// Also a common word ("marks"): money only after a number that reads as an amount.
    pub(super) weak: bool,
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

pub(super) struct Lexicon {
    /// Every ASCII word of the lexicon (with plurals and M-codes), for the pre-filter.
    pub(super) words: WordFilter,
    pub(super) sym: Map<&'static str>,
    /// Letters before "$" → (ISO, capitals-and-glued only).
    pub(super) dollar: Map<(&'static str, bool)>,
    /// Codes → (ISO, capitals only).
    pub(super) code: Map<(&'static str, bool)>,
    /// Names by first word, longest first.
    pub(super) names: Map<Vec<Name>>,
    pub(super) subs: Map<Sub>,
    /// Currency names that open a compound naming something else ("euro zone").
    pub(super) not: Map<Vec<&'static str>>,
    /// ISO codes that are never read as codes ("ALL 5 banks").
    pub(super) nocode: Vec<&'static str>,
    /// ISO code → the share of its minor unit (0.01; 0.001 for the dinar of Kuwait).
    pub(super) minor: Map<f64>,
    /// ISO codes of the currencies named "… dollar".
    pub(super) dollars: Vec<&'static str>,
}

pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
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
        dollars: Vec::new(),
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
        if iso.names.iter().any(|n| n.last() == Some(&"dollar")) {
            lex.dollars.push(iso.code);
        }
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
