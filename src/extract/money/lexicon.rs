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
    /// When `iso` is `None`: the currencies it may be (an index into [`Lexicon::groups`]),
    /// one of which the story's country may choose ("shillings" in a Kenyan story).
    pub(super) group: Option<u16>,
}

/// A currency name found in the text.
#[derive(Debug, Clone, Copy)]
pub struct NameMatch {
    /// Its ISO code, `None` for "crowns".
    pub iso: Option<&'static str>,
    pub last: usize,
    /// See [`Name::weak`].
    pub weak: bool,
    /// See [`Name::group`].
    pub group: Option<u16>,
}

/// Newswire spellings of "dollar" that every "... dollar" name also takes ("N.Z. Dlrs").
const DOLLAR_ABBREVIATIONS: [&str; 2] = ["dlr", "dls"];

/// A subunit: its share of the main unit and the currency it means when written alone.
#[derive(Debug, Clone, Copy)]
pub struct Sub {
    pub factor: f64,
    /// `None` when the word alone does not say which currency ("senti": Tanzania, Somalia).
    pub iso: Option<&'static str>,
    /// Every currency whose subunit it is, `iso` first (an index into [`Lexicon::groups`]).
    group: u16,
}

impl Sub {
    /// Its share of a unit of `iso` when it is a subunit of `iso` ("euro cents", "Kuwaiti
    /// fils" = a thousandth): the listed factor for its own currency, else the ISO exponent.
    pub fn factor_in(self, iso: &str) -> Option<f64> {
        if Some(iso) == self.iso {
            return Some(self.factor);
        }
        LEXICON
            .group(self.group)
            .contains(&iso)
            .then(|| LEXICON.minor.get(iso).copied())
            .flatten()
    }

    /// Every currency it is a subunit of.
    pub fn currencies(self) -> &'static [&'static str] {
        LEXICON.group(self.group)
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
    /// Sets of currencies that one word may mean (see [`Name::group`], [`Sub`]).
    pub(super) groups: Vec<Vec<&'static str>>,
    /// Symbols a country writes its currency with that elsewhere mean something else ("R",
    /// "Rp", "N"), as typed (case matters) → the currencies they may be.
    pub(super) local: Map<u16>,
    /// Words that are never a currency or subunit name alone, whatever the generated list
    /// derives ("mark", "real", "units"; "para", "ban").
    noname: Vec<&'static str>,
    nosub: Vec<&'static str>,
    /// Subunits that only the generated list names.
    generated_subs: Vec<&'static str>,
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
        groups: Vec::new(),
        local: Map::default(),
        noname: Vec::new(),
        nosub: Vec::new(),
        generated_subs: Vec::new(),
    };
    for line in DATA.lines() {
        let fields: Vec<&'static str> = line.split_whitespace().collect();
        let (Some(&kind), Some(&last)) = (fields.first(), fields.last()) else {
            continue;
        };
        if kind.starts_with('#') {
            continue;
        }
        match kind {
            "noname" => lex.noname.extend(&fields[1..]),
            "nosub" => lex.nosub.extend(&fields[1..]),
            _ => {}
        }
        if fields.len() < 3 {
            continue;
        }
        let strict = kind.ends_with('!');
        for w in &fields[1..fields.len() - 1] {
            lex.words.insert(w);
            // Plurals ("dollars") and million-codes ("MUSD").
            lex.words.insert_affixed("", w, "s");
            lex.words.insert_affixed("m", w, "");
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
                // The words, then an ISO code or "?" and the currencies it may be.
                let n = fields
                    .iter()
                    .position(|f| *f == "?" || f.starts_with(|c: char| c.is_ascii_uppercase()))
                    .unwrap_or(fields.len() - 1);
                let words = fields[1..n].to_vec();
                let iso = (fields[n] != "?").then_some(fields[n]);
                let group = (iso.is_none() && n + 1 < fields.len())
                    .then(|| lex.add_group(fields[n + 1..].to_vec()));
                let weak = kind == "weak";
                if words.last() == Some(&"dollar") {
                    for abbr in DOLLAR_ABBREVIATIONS {
                        let mut short = words.clone();
                        short.pop();
                        short.push(abbr);
                        lex.words.insert(abbr);
                        lex.words.insert_affixed("", abbr, "s");
                        lex.names.entry(short[0]).or_default().push(Name {
                            words: short,
                            iso,
                            weak,
                            group,
                        });
                    }
                }
                lex.names.entry(words[0]).or_default().push(Name {
                    words,
                    iso,
                    weak,
                    group,
                });
            }
            "not" => {
                lex.not.entry(fields[1]).or_default().push(last);
            }
            "nocode" => lex.nocode.push(fields[1]),
            "sub" if fields.len() >= 4 => {
                let factor = fields[2].parse().unwrap_or(0.01);
                let group = lex.add_group(fields[3..].to_vec());
                let iso = Some(fields[3]);
                lex.subs.insert(fields[1], Sub { factor, iso, group });
            }
            "local" => {
                let group = lex.add_group(fields[2..].to_vec());
                lex.local.insert(fields[1], group);
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
/// lists them already), its English names, each also with a plural "s" on its last word, the
/// last word of those names alone ("shillings": Kenya's, Uganda's, Tanzania's or Somalia's),
/// the names of minor units, local symbols, and the places that say which currency a story
/// means.
fn add_iso(lex: &mut Lexicon) {
    let all: Vec<super::iso::Iso> = super::iso::currencies().collect();
    // The last word of a longer name, alone: the currencies it may be, in list order.
    let mut bare: Map<Vec<&'static str>> = Map::default();
    for iso in &all {
        lex.code.entry(iso.key).or_insert((iso.code, true));
        lex.minor
            .insert(iso.code, 10f64.powi(-i32::from(iso.exponent)));
        lex.words.insert(iso.key);
        if iso.names.iter().any(|n| n.last() == Some(&"dollar")) {
            lex.dollars.push(iso.code);
        }
        for words in &iso.names {
            if let [adjective @ .., word] = words.as_slice()
                && !adjective.is_empty()
            {
                let codes = bare.entry(word).or_default();
                if !codes.contains(&iso.code) {
                    codes.push(iso.code);
                }
            }
            if lex.known_name(words) {
                continue;
            }
            lex.add_name(words.clone(), Some(iso.code), None);
        }
        for &sym in &iso.symbols {
            // Letters only ("R", "Rp", "Ksh"): other symbols are the curated lexicon's.
            if sym.bytes().all(|b| b.is_ascii_alphabetic()) && !lex.local.contains_key(sym) {
                let group = lex.add_group(vec![iso.code]);
                lex.local.insert(sym, group);
            }
        }
    }
    for (word, codes) in bare {
        if lex.known_name(&[word]) || lex.noname.contains(&word) {
            continue;
        }
        let (iso, group) = match codes.as_slice() {
            [one] => (Some(*one), None),
            _ => (None, Some(lex.add_group(codes))),
        };
        lex.add_name(vec![word], iso, group);
    }
    for iso in &all {
        for &word in &iso.sub {
            lex.add_sub(word, iso.code);
        }
    }
    for code in &lex.nocode {
        lex.code.remove(code);
    }
}

impl Lexicon {
    /// Whether the lexicon already has this name, or its singular ("euros" → "euro"); the
    /// curated entry may say more ("crown" → none).
    fn known_name(&self, words: &[&str]) -> bool {
        let has = |words: &[&str]| {
            self.names
                .get(words[0])
                .is_some_and(|ns| ns.iter().any(|n| n.words == words))
        };
        let singular = match words {
            [w] => w.strip_suffix('s').is_some_and(|s| has(&[s])),
            _ => false,
        };
        has(words) || singular
    }

    fn add_name(
        &mut self,
        words: Vec<&'static str>,
        iso: Option<&'static str>,
        group: Option<u16>,
    ) {
        for w in &words {
            self.words.insert(w);
            self.words.insert_affixed("", w, "s");
        }
        self.names.entry(words[0]).or_default().push(Name {
            words,
            iso,
            weak: false,
            group,
        });
    }

    /// A minor unit of `code` from the generated list: another currency for a curated
    /// subunit ("cents" of the Kenyan shilling), or a new subunit, which alone means `code`
    /// ("kobo") or, when other currencies share it, none ("senti"). Words that are main
    /// currency names ("dinar" is a hundredth of the rial) or common words are left out.
    fn add_sub(&mut self, word: &'static str, code: &'static str) {
        if self.nosub.contains(&word) || self.known_name(&[word]) || self.names.contains_key(word) {
            return;
        }
        if let Some(sub) = self.subs.get(word).copied() {
            if !self.group(sub.group).contains(&code) {
                self.groups[usize::from(sub.group)].push(code);
                // A generated subunit shared by several currencies says none of them alone.
                let iso = if self.generated_subs.contains(&word) {
                    None
                } else {
                    sub.iso
                };
                self.subs.insert(word, Sub { iso, ..sub });
            }
            return;
        }
        let factor = self.minor.get(code).copied().unwrap_or(0.01);
        let group = self.add_group(vec![code]);
        self.generated_subs.push(word);
        self.words.insert(word);
        self.subs.insert(
            word,
            Sub {
                factor,
                iso: Some(code),
                group,
            },
        );
    }

    fn add_group(&mut self, codes: Vec<&'static str>) -> u16 {
        self.groups.push(codes);
        u16::try_from(self.groups.len() - 1).unwrap_or(u16::MAX)
    }

    /// The currencies of group `g` (empty for an unknown group).
    pub(super) fn group(&self, g: u16) -> &[&'static str] {
        self.groups.get(usize::from(g)).map_or(&[], Vec::as_slice)
    }
}

/// Country and city names and the adjectives of currency names ("Norway", "Oslo",
/// "Norwegian"), which say which currency a story means by a word several share. Built the
/// first time a story needs it, from the generated list.
/// The rest of a place's name after its first word (" es salaam"; "" for one word) and the
/// currency it points to.
pub(super) type PlaceRest = (Box<str>, &'static str);

pub(super) struct Places {
    /// By first word in lower case → (the rest of the name, lower case with a leading space,
    /// "" for one word; its currency).
    pub(super) map: HashMap<Box<str>, Vec<PlaceRest>, rustc_hash::FxBuildHasher>,
    pub(super) words: WordFilter,
}

pub(super) static PLACES: LazyLock<Places> = LazyLock::new(|| {
    let mut places = Places {
        map: HashMap::default(),
        words: WordFilter::new(&[]),
    };
    for iso in super::iso::currencies() {
        for words in &iso.names {
            if let [adjective @ .., _] = words.as_slice()
                && !adjective.is_empty()
            {
                places.add(&adjective.join(" "), iso.code);
            }
        }
        for place in iso.places() {
            places.add(place, iso.code);
        }
    }
    places
});

impl Places {
    /// A place (or a currency's adjective) that points to `code`: "Dar es Salaam" is stored
    /// under "dar" with the rest " es salaam".
    fn add(&mut self, place: &str, code: &'static str) {
        let lower = place.to_lowercase();
        let (first, rest) = lower.split_once(' ').unwrap_or((lower.as_str(), ""));
        if first.is_empty() {
            return;
        }
        self.words.insert(first);
        let rest: Box<str> = if rest.is_empty() {
            "".into()
        } else {
            format!(" {rest}").into()
        };
        let entry = self.map.entry(first.into()).or_default();
        if !entry.iter().any(|(r, c)| *r == rest && *c == code) {
            entry.push((rest, code));
        }
    }
}
