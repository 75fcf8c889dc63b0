//! The event layer's word knowledge, parsed once from `assets/event_kinds.toml` (one rule per
//! event kind: triggers, figure, objects, exclusions) and `assets/event_words.toml` (closed
//! classes, status cues, figure-role frames) into one hash table: a token costs one lookup,
//! which answers its word classes and the triggers that start with it.

use crate::extract::token::tokenize;
use crate::story::{EventKind, Status};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The assets as JSON, converted from their TOML by `build.rs` (same fields).
const KINDS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/event_kinds.json"));
const WORDS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/event_words.json"));
#[cfg(test)]
const KINDS: &str = include_str!("../../../assets/event_kinds.toml");
#[cfg(test)]
const WORDS: &str = include_str!("../../../assets/event_words.toml");

/// Word classes, one bit each; `event_words.toml` names them.
pub mod class {
    pub const DET: u64 = 1;
    pub const PREP: u64 = 1 << 1;
    pub const CONJ: u64 = 1 << 2;
    pub const RELATIVE: u64 = 1 << 3;
    pub const SUBORDINATOR: u64 = 1 << 4;
    pub const WILL: u64 = 1 << 5;
    pub const MAY: u64 = 1 << 6;
    pub const MUST: u64 = 1 << 7;
    pub const BE: u64 = 1 << 8;
    pub const PAST: u64 = 1 << 9;
    pub const HAVE: u64 = 1 << 10;
    pub const DO: u64 = 1 << 11;
    pub const NEGATION: u64 = 1 << 12;
    pub const PRONOUN: u64 = 1 << 13;
    pub const ADVERB: u64 = 1 << 14;
    pub const REPORT: u64 = 1 << 15;
    pub const ANNOUNCE: u64 = 1 << 16;
    pub const SOURCE: u64 = 1 << 17;
    pub const PLAN_VERB: u64 = 1 << 18;
    pub const SCHEDULE_VERB: u64 = 1 << 19;
    pub const POSSIBLE_VERB: u64 = 1 << 20;
    pub const ASPECT: u64 = 1 << 21;
    pub const PLAN_NOUN: u64 = 1 << 22;
    pub const PLANNED: u64 = 1 << 23;
    pub const COMPANY: u64 = 1 << 24;
    pub const UNIT: u64 = 1 << 25;
    pub const INSTITUTION: u64 = 1 << 26;
    pub const WORKFORCE: u64 = 1 << 27;
    pub const WORKFORCE_STATE: u64 = 1 << 28;
    pub const SITE: u64 = 1 << 29;
    pub const DEAL: u64 = 1 << 30;
    pub const GOODS: u64 = 1 << 31;
    pub const NEXT: u64 = 1 << 32;
    pub const ROUND: u64 = 1 << 33;
    pub const SUPERLATIVE: u64 = 1 << 34;
    pub const GENERIC: u64 = 1 << 35;
    pub const COMPARISON: u64 = 1 << 36;
    pub const PER: u64 = 1 << 37;
    pub const TALKS: u64 = 1 << 38;
    pub const NAMING: u64 = 1 << 39;
    /// The first word of a status cue phrase.
    pub const CUE: u64 = 1 << 40;
    pub const VERB: u64 = 1 << 41;
    /// The second word of a status cue phrase.
    pub const CUE2: u64 = 1 << 42;
    pub const MODIFIED: u64 = 1 << 43;
    pub const WARES: u64 = 1 << 44;

    /// The class bit of a name in `event_words.toml`.
    pub fn named(name: &str) -> Option<u64> {
        Some(match name {
            "det" => DET,
            "prep" => PREP,
            "conj" => CONJ,
            "relative" => RELATIVE,
            "subordinator" => SUBORDINATOR,
            "will" => WILL,
            "may" => MAY,
            "must" => MUST,
            "be" => BE,
            "past" => PAST,
            "have" => HAVE,
            "do" => DO,
            "negation" => NEGATION,
            "pronoun" => PRONOUN,
            "adverb" => ADVERB,
            "report" => REPORT,
            "announce" => ANNOUNCE,
            "source" => SOURCE,
            "plan_verb" => PLAN_VERB,
            "schedule_verb" => SCHEDULE_VERB,
            "possible_verb" => POSSIBLE_VERB,
            "aspect" => ASPECT,
            "plan_noun" => PLAN_NOUN,
            "planned" => PLANNED,
            "company" => COMPANY,
            "unit" => UNIT,
            "institution" => INSTITUTION,
            "workforce" => WORKFORCE,
            "workforce_state" => WORKFORCE_STATE,
            "site" => SITE,
            "deal" => DEAL,
            "goods" => GOODS,
            "next" => NEXT,
            "round" => ROUND,
            "superlative" => SUPERLATIVE,
            "generic" => GENERIC,
            "comparison" => COMPARISON,
            "per" => PER,
            "talks" => TALKS,
            "naming" => NAMING,
            "verb" => VERB,
            "modified" => MODIFIED,
            "wares" => WARES,
            _ => return None,
        })
    }
}

/// What one word is: its classes and the triggers that begin with it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Entry {
    pub class: u64,
    /// `Lexicon::triggers[first..first + count]` start with this word.
    first: u16,
    count: u8,
    /// `verb::*`: what the word can be as a verb, worked out once.
    pub verb: u8,
}

/// What a word can be as a verb (`Entry::verb`).
pub mod verb {
    /// A finite verb: a trigger's past or present form that is no noun and no -ing ("cut",
    /// "eliminated"), or a reporting verb's ("said", "says").
    pub const FINITE: u8 = 1;
    /// A trigger verb's base or -ing form that is no noun ("hire", "laying").
    pub const BARE: u8 = 2;
}

/// How a trigger word reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// A verb whose object (or passive subject) is the figure.
    Verb,
    /// A noun: "layoffs", "job cuts", "an investment of".
    Noun,
    /// A verb whose subject is the figure: "300 jobs will go".
    SubjectVerb,
    /// A role noun after a superlative: "the largest investor".
    Role,
}

/// Verb forms a trigger word can be (bits; "cut" is all of base, past and participle).
pub mod form {
    pub const BASE: u8 = 1;
    pub const THIRD: u8 = 1 << 1;
    pub const PAST: u8 = 1 << 2;
    pub const PARTICIPLE: u8 = 1 << 3;
    pub const ING: u8 = 1 << 4;
}

/// One trigger: a word (and the words after it) that says an event of a kind.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Index into [`Lexicon::kinds`].
    pub kind: usize,
    pub pos: Pos,
    /// `form::*` bits (verbs only).
    pub form: u8,
    /// The words after the first ("off" in "lay off").
    pub rest: Vec<String>,
    /// Says the event with no figure ("laid off", "layoffs").
    pub alone: bool,
    /// The status the word itself says ("seeking" money is in talks).
    pub status: Option<Status>,
    /// Its figure stands for the event only when no other telling gives one.
    pub secondary: bool,
    /// Tells the event only under one of its kind's governing verbs ("secured a loan").
    pub governed: bool,
    /// The actor is the organisation after this word ("sell X to Y").
    pub actor_after: Option<String>,
}

/// What a kind's figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Workforce,
    Site,
    Money,
}

/// When a trigger makes an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Only with a figure of the kind.
    Figure,
    /// With a figure, or an object the kind lists ("close its plant").
    Object,
}

/// Who acts in an event of the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorRole {
    Subject,
    /// What is valued: "value the company at".
    Object,
}

/// A set of words given as word classes (`@site`) and single words.
#[derive(Debug, Clone, Default)]
pub struct Words {
    pub classes: u64,
    pub words: Vec<String>,
}

impl Words {
    /// Whether the word (lowercase) with its entry is in the set.
    pub fn has(&self, word: &str, entry: Entry) -> bool {
        entry.class & self.classes != 0 || self.words.iter().any(|w| w == word)
    }

    pub fn is_empty(&self) -> bool {
        self.classes == 0 && self.words.is_empty()
    }
}

/// One event kind's rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub kind: EventKind,
    pub figure: Figure,
    pub needs: Needs,
    pub objects: Words,
    pub not_objects: Words,
    pub not_subjects: Words,
    /// Words right before a noun trigger that make it another thing ("loan losses", "charge
    /// against earnings").
    pub not_before: Words,
    /// Nouns a noun trigger only modifies here ("net assets", "profit margins").
    pub not_heads: Words,
    /// Words right after a verb trigger that make it another verb ("go on strike", "go
    /// public").
    pub not_particles: Words,
    /// Verbs near a noun trigger in its clause that make its figure an effect on the event,
    /// not the event's own ("reducing first-quarter net income by 4.4 mln").
    pub not_near: Words,
    pub actor: ActorRole,
    /// The kind its event is when one of these words is near in its clause: a valuation of
    /// a deal is the deal's price ("the acquisition, valued at 102 mln dlrs"), money raised in
    /// an initial public offering is the offering's.
    pub becomes: Option<(EventKind, Words)>,
    /// Words that bring a verb's price from further away than its usual reach ("agreed to buy
    /// the group of companies comprising …, together with …, for 121.55 mln stg").
    pub price_after: Words,
    /// A trigger with a date in its clause tells the event without a figure.
    pub dated: bool,
    /// Verbs under which a governed noun tells the event.
    pub governors: Words,
    /// Tellings merge by the period they report (earnings).
    pub by_period: bool,
    /// When not empty, a telling with no figure counts only with one of these statuses (an
    /// earnings report ahead is an event; "1985 results" with no figure are a comparison).
    pub figureless: Vec<Status>,
}

/// What a cue phrase says about an event's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    InTalks,
    Reported,
    Possible,
    Denied,
}

/// What a figure is in its clause (see `[roles]` in `event_words.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A change: the round itself.
    Cut,
    /// A part of another figure: "including 150 in Dublin".
    Part,
    /// A running total: "bringing total cuts to 2,450".
    Total,
    /// What is left: "leaving it with 3,400 employees".
    Remaining,
    /// A peak: "5,000 at its peak".
    Peak,
    /// A headcount: "employs 52,000".
    Workforce,
    /// A rule's threshold: "more than 20 redundancies".
    Threshold,
    /// A stated plan: "a plan to eliminate 30,000 jobs".
    Plan,
}

/// A piece of a role frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Word(String),
    /// Up to [`MAX_SKIP`] words.
    Skip,
    /// Another figure right there.
    Other,
}

/// The most words "..." stands for in a role frame.
pub const MAX_SKIP: usize = 8;

/// A role frame: the pieces before the figure (nearest first) and after it.
#[derive(Debug, Clone)]
pub struct Frame {
    pub role: Role,
    pub before: Vec<Piece>,
    pub after: Vec<Piece>,
}

/// A cue phrase's words and what it says.
pub type CuePhrase = (Vec<String>, Cue);

/// Everything the event layer knows about words.
pub struct Lexicon {
    words: HashMap<Box<str>, Entry, rustc_hash::FxBuildHasher>,
    pub triggers: Vec<Trigger>,
    pub rules: Vec<Rule>,
    /// Cue phrases by first word.
    cues: HashMap<Box<str>, Vec<CuePhrase>, rustc_hash::FxBuildHasher>,
    pub frames: Vec<Frame>,
    /// Frames by the word right before their figure, by the word right after it (when none is
    /// before), and the rest: a figure is matched against few frames, not all.
    frames_before: HashMap<String, Vec<usize>, rustc_hash::FxBuildHasher>,
    frames_after: HashMap<String, Vec<usize>, rustc_hash::FxBuildHasher>,
    frames_other: Vec<usize>,
}

impl Lexicon {
    /// The entry of a lowercase word (empty when unknown).
    pub fn entry(&self, word: &str) -> Entry {
        self.words.get(word).copied().unwrap_or_default()
    }

    /// The triggers that begin with the word of `entry`.
    pub fn triggers_of(&self, entry: Entry) -> &[Trigger] {
        let first = usize::from(entry.first);
        self.triggers
            .get(first..first + usize::from(entry.count))
            .unwrap_or_default()
    }

    /// The frames (indices, in order) that may match a figure with `before` right before it
    /// and `after` right after.
    pub fn frames_for(&self, before: &str, after: &str, out: &mut Vec<usize>) {
        out.clear();
        out.extend_from_slice(&self.frames_other);
        for (map, key) in [(&self.frames_before, before), (&self.frames_after, after)] {
            if let Some(list) = map.get(key) {
                out.extend_from_slice(list);
            }
        }
        out.sort_unstable();
    }

    /// Cue phrases beginning with `word`.
    pub fn cues_of(&self, word: &str) -> &[CuePhrase] {
        if word.is_empty() {
            return &[];
        }
        self.cues.get(word).map_or(&[], Vec::as_slice)
    }
}

#[derive(Deserialize)]
struct KindsFile {
    kind: Vec<KindSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindSpec {
    name: String,
    figure: String,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    alone: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    nouns_alone: Vec<String>,
    #[serde(default)]
    subject_verbs: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default)]
    not_objects: Vec<String>,
    #[serde(default)]
    not_subjects: Vec<String>,
    #[serde(default)]
    not_before: Vec<String>,
    #[serde(default)]
    not_heads: Vec<String>,
    #[serde(default)]
    not_particles: Vec<String>,
    #[serde(default)]
    not_near: Vec<String>,
    #[serde(default)]
    price_after: Vec<String>,
    #[serde(default)]
    becomes: Option<String>,
    #[serde(default)]
    becomes_near: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default = "default_needs")]
    needs: String,
    #[serde(default = "default_actor")]
    actor: String,
    #[serde(default)]
    dated: bool,
    #[serde(default)]
    secondary: Vec<String>,
    #[serde(default)]
    governed: Vec<String>,
    #[serde(default)]
    governors: Vec<String>,
    #[serde(default)]
    merge: Option<String>,
    #[serde(default)]
    figureless: Vec<String>,
}

fn default_needs() -> String {
    "figure".into()
}

fn default_actor() -> String {
    "subject".into()
}

#[derive(Deserialize)]
struct WordsFile {
    classes: HashMap<String, Vec<String>>,
    cues: HashMap<String, Vec<String>>,
    roles: HashMap<String, Vec<String>>,
}

/// The lexicon, parsed on first use. The assets are part of the binary and tested: a parse
/// error is a bug caught by the tests, so it panics with the asset's message.
pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| match from_json(KINDS_JSON, WORDS_JSON) {
    Ok(lex) => lex,
    Err(e) => panic!("the embedded event assets do not parse: {e}"),
});

fn kind_named(name: &str) -> Option<EventKind> {
    [
        EventKind::Layoffs,
        EventKind::Investment,
        EventKind::Fundraising,
        EventKind::Valuation,
        EventKind::Earnings,
        EventKind::Construction,
        EventKind::Acquisition,
        EventKind::Ipo,
        EventKind::Lawsuit,
        EventKind::Hiring,
        EventKind::Closure,
        EventKind::Other,
    ]
    .into_iter()
    .find(|k| k.name() == name)
}

fn status_named(name: &str) -> Option<Status> {
    Some(match name {
        "in_talks" => Status::InTalks,
        "possible" => Status::Possible,
        "planned" => Status::Planned,
        "reported" => Status::Reported,
        "announced" => Status::Announced,
        "completed" => Status::Completed,
        "scheduled" => Status::Scheduled,
        _ => return None,
    })
}

/// The lowercase words of a phrase as the tokenizer splits text ("company's" → "company",
/// "'s"), with curly apostrophes straightened.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0)
        .iter()
        .map(|t| normalise(&phrase[t.start..t.end].to_lowercase()))
        .collect()
}

/// A lowercase token as the lexicon keys it: a curly apostrophe made straight.
pub fn normalise(word: &str) -> String {
    word.replace('’', "'")
}

fn words_of(list: &[String]) -> Result<Words, String> {
    let mut out = Words::default();
    for w in list {
        match w.strip_prefix('@') {
            Some(name) => {
                out.classes |= class::named(name).ok_or(format!("unknown word class @{name}"))?
            }
            None => out.words.push(w.clone()),
        }
    }
    Ok(out)
}

/// Regular forms of a verb: (third person, past and participle, -ing).
fn regular(base: &str) -> (String, String, String) {
    let consonant_y =
        base.ends_with('y') && !base[..base.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem = &base[..base.len().saturating_sub(1)];
    let third = if consonant_y {
        format!("{stem}ies")
    } else if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let past = if base.ends_with('e') {
        format!("{base}d")
    } else if consonant_y {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    };
    let ing = if base.ends_with('e') && !base.ends_with("ee") {
        format!("{stem}ing")
    } else {
        format!("{base}ing")
    };
    (third, past, ing)
}

/// A trigger spec's word and what its suffixes say: "word=status", "word>after".
struct Spec<'a> {
    word: &'a str,
    status: Option<Status>,
    actor_after: Option<String>,
}

fn parse_spec(spec: &str) -> Result<Spec<'_>, String> {
    let (spec, actor_after) = match spec.split_once('>') {
        Some((w, a)) => (w, Some(a.to_string())),
        None => (spec, None),
    };
    let (word, status) = match spec.split_once('=') {
        Some((w, s)) => (
            w,
            Some(status_named(s).ok_or(format!("unknown status {s}"))?),
        ),
        None => (spec, None),
    };
    Ok(Spec {
        word,
        status,
        actor_after,
    })
}

/// (surface, form bits) of a verb spec "base|past|participle|ing" (missing forms regular).
fn verb_forms(spec: &str) -> Vec<(String, u8)> {
    let parts: Vec<&str> = spec.split('|').collect();
    let base = parts[0];
    // A particle verb inflects its first word: "lay off" → "lays off".
    let (head, particle) = match base.split_once(' ') {
        Some((h, p)) => (h, format!(" {p}")),
        None => (base, String::new()),
    };
    let (third, past, ing) = regular(head);
    let give = |i: usize, regular: String| {
        parts
            .get(i)
            .map_or(format!("{regular}{particle}"), |p| (*p).to_string())
    };
    let mut forms: Vec<(String, u8)> = Vec::new();
    let mut add = |surface: String, bit: u8| match forms.iter_mut().find(|f| f.0 == surface) {
        Some(f) => f.1 |= bit,
        None => forms.push((surface, bit)),
    };
    add(base.to_string(), form::BASE);
    add(format!("{third}{particle}"), form::THIRD);
    add(give(1, past.clone()), form::PAST);
    add(give(2, past), form::PARTICIPLE);
    add(give(3, ing), form::ING);
    forms
}

/// The lexicon from the assets as `build.rs` gives them (JSON).
fn from_json(kinds: &str, words: &str) -> Result<Lexicon, String> {
    let kinds: KindsFile = serde_json::from_str(kinds).map_err(|e| e.to_string())?;
    let words: WordsFile = serde_json::from_str(words).map_err(|e| e.to_string())?;
    build(&kinds, &words)
}

/// The lexicon from assets written as TOML, as they are in `assets/`.
#[cfg(test)]
fn from_toml(kinds: &str, words: &str) -> Result<Lexicon, String> {
    let kinds: KindsFile = toml::from_str(kinds).map_err(|e| e.to_string())?;
    let words: WordsFile = toml::from_str(words).map_err(|e| e.to_string())?;
    build(&kinds, &words)
}

fn build(kinds: &KindsFile, words: &WordsFile) -> Result<Lexicon, String> {
    let mut lex = Lexicon {
        words: HashMap::default(),
        triggers: Vec::new(),
        rules: Vec::new(),
        cues: HashMap::default(),
        frames: Vec::new(),
        frames_before: HashMap::default(),
        frames_after: HashMap::default(),
        frames_other: Vec::new(),
    };
    for (name, list) in &words.classes {
        let bit = class::named(name).ok_or(format!("unknown class {name}"))?;
        for w in list {
            lex.words.entry(normalise(w).into()).or_default().class |= bit;
        }
    }
    // (first word, trigger) pairs, grouped by first word below.
    let mut pending: Vec<(String, Trigger)> = Vec::new();
    for (k, spec) in kinds.kind.iter().enumerate() {
        let kind = kind_named(&spec.name).ok_or(format!("unknown kind {}", spec.name))?;
        let figure = match spec.figure.as_str() {
            "workforce" => Figure::Workforce,
            "site" => Figure::Site,
            "money" => Figure::Money,
            f => return Err(format!("{}: unknown figure {f}", spec.name)),
        };
        let needs = match spec.needs.as_str() {
            "figure" => Needs::Figure,
            "object" => Needs::Object,
            n => return Err(format!("{}: unknown needs {n}", spec.name)),
        };
        let actor = match spec.actor.as_str() {
            "subject" => ActorRole::Subject,
            "object" => ActorRole::Object,
            a => return Err(format!("{}: unknown actor {a}", spec.name)),
        };
        lex.rules.push(Rule {
            kind,
            figure,
            needs,
            objects: words_of(&spec.objects)?,
            not_objects: words_of(&spec.not_objects)?,
            not_subjects: words_of(&spec.not_subjects)?,
            not_before: words_of(&spec.not_before)?,
            not_heads: words_of(&spec.not_heads)?,
            not_particles: words_of(&spec.not_particles)?,
            not_near: words_of(&spec.not_near)?,
            actor,
            price_after: words_of(&spec.price_after)?,
            becomes: match &spec.becomes {
                None => None,
                Some(k) => Some((
                    kind_named(k).ok_or(format!("{}: unknown kind {k}", spec.name))?,
                    words_of(&spec.becomes_near)?,
                )),
            },
            dated: spec.dated,
            governors: words_of(&spec.governors)?,
            by_period: match spec.merge.as_deref() {
                None => false,
                Some("period") => true,
                Some(m) => return Err(format!("{}: unknown merge {m}", spec.name)),
            },
            figureless: spec
                .figureless
                .iter()
                .map(|x| status_named(x).ok_or(format!("{}: unknown status {x}", spec.name)))
                .collect::<Result<_, _>>()?,
        });
        let mut add = |surface: &str, pos: Pos, form: u8, alone: bool, sp: &Spec| {
            let mut w = phrase_words(surface);
            if w.is_empty() {
                return;
            }
            let first = w.remove(0);
            let trigger = Trigger {
                kind: k,
                pos,
                form,
                rest: w,
                alone,
                status: sp.status,
                secondary: spec.secondary.iter().any(|x| x == sp.word),
                governed: spec.governed.iter().any(|x| x == sp.word),
                actor_after: sp.actor_after.clone(),
            };
            pending.push((first, trigger));
        };
        for (list, alone) in [(&spec.verbs, false), (&spec.alone, true)] {
            for v in list {
                let sp = parse_spec(v)?;
                for (surface, f) in verb_forms(sp.word) {
                    add(&surface, Pos::Verb, f, alone, &sp);
                }
            }
        }
        for v in &spec.subject_verbs {
            let sp = parse_spec(v)?;
            for (surface, f) in verb_forms(sp.word) {
                add(&surface, Pos::SubjectVerb, f, false, &sp);
            }
        }
        for n in &spec.nouns {
            let sp = parse_spec(n)?;
            let alone = spec.nouns_alone.iter().any(|a| a == sp.word);
            add(sp.word, Pos::Noun, 0, alone, &sp);
        }
        for r in &spec.roles {
            add(r, Pos::Role, 0, true, &parse_spec(r)?);
        }
    }
    // A verb listed both alone and not: one trigger that is alone.
    pending.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.rest.len().cmp(&a.1.rest.len())));
    pending.dedup_by(|b, a| {
        let same = a.0 == b.0
            && a.1.kind == b.1.kind
            && a.1.pos == b.1.pos
            && a.1.rest == b.1.rest
            && a.1.form == b.1.form;
        if same {
            a.1.alone |= b.1.alone;
        }
        same
    });
    for (first, trigger) in pending {
        let index = lex.triggers.len();
        let entry = lex.words.entry(first.into()).or_default();
        if entry.count == 0 {
            entry.first = u16::try_from(index).map_err(|_| "too many triggers")?;
        }
        entry.count += 1;
        lex.triggers.push(trigger);
    }
    let keys: Vec<Box<str>> = lex.words.keys().cloned().collect();
    for key in keys {
        let entry = lex.words[&key];
        let first = usize::from(entry.first);
        let triggers = lex
            .triggers
            .get(first..first + usize::from(entry.count))
            .unwrap_or_default();
        let single = |t: &&Trigger| t.rest.is_empty();
        let noun = triggers.iter().filter(single).any(|t| t.pos == Pos::Noun);
        let finite = triggers.iter().filter(single).any(|t| {
            t.pos != Pos::Noun && t.form & (form::PAST | form::THIRD) != 0 && !key.ends_with("ing")
        }) || entry.class & class::REPORT != 0 && key.ends_with(['d', 's']);
        let bare = !noun
            && triggers
                .iter()
                .filter(single)
                .any(|t| t.pos != Pos::Noun && t.form & (form::BASE | form::ING) != 0);
        if let Some(e) = lex.words.get_mut(&key) {
            e.verb = (u8::from(finite) * verb::FINITE) | (u8::from(bare) * verb::BARE);
        }
    }
    for (name, phrases) in &words.cues {
        let cue = match name.as_str() {
            "in_talks" => Cue::InTalks,
            "reported" => Cue::Reported,
            "possible" => Cue::Possible,
            "denied" => Cue::Denied,
            c => return Err(format!("unknown cue {c}")),
        };
        for p in phrases {
            let w = phrase_words(p);
            let Some(first) = w.first() else { continue };
            lex.words.entry(first.as_str().into()).or_default().class |= class::CUE;
            if let Some(second) = w.get(1) {
                lex.words.entry(second.as_str().into()).or_default().class |= class::CUE2;
            }
            lex.cues
                .entry(first.as_str().into())
                .or_default()
                .push((w, cue));
        }
    }
    for list in lex.cues.values_mut() {
        list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }
    for role in ["part", "total", "remaining", "peak", "plan", "workforce"] {
        let r = match role {
            "part" => Role::Part,
            "total" => Role::Total,
            "remaining" => Role::Remaining,
            "peak" => Role::Peak,
            "plan" => Role::Plan,
            _ => Role::Workforce,
        };
        for frame in words.roles.get(role).into_iter().flatten() {
            lex.frames.push(parse_frame(r, frame)?);
        }
    }
    for (k, frame) in lex.frames.iter().enumerate() {
        match (frame.before.first(), frame.after.first()) {
            (Some(Piece::Word(w)), _) => lex.frames_before.entry(w.clone()).or_default().push(k),
            (None, Some(Piece::Word(w))) => lex.frames_after.entry(w.clone()).or_default().push(k),
            _ => lex.frames_other.push(k),
        }
    }
    Ok(lex)
}

fn parse_frame(role: Role, frame: &str) -> Result<Frame, String> {
    let pieces: Vec<Piece> = frame
        .split_whitespace()
        .flat_map(|w| match w {
            "..." => vec![Piece::Skip],
            "N" => vec![],
            "Q" => vec![Piece::Other],
            // A possessive on its own ("Q of ... 's N") follows no word the tokenizer could
            // attach it to.
            "'s" | "’s" => vec![Piece::Word("'s".into())],
            _ => phrase_words(w).into_iter().map(Piece::Word).collect(),
        })
        .collect();
    let words: Vec<&str> = frame.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| *w == "N")
        .ok_or(format!("frame {frame:?} has no N"))?;
    let before_count: usize = words[..at]
        .iter()
        .map(|w| match *w {
            "..." | "Q" | "'s" | "’s" => 1,
            _ => phrase_words(w).len(),
        })
        .sum();
    let mut before = pieces[..before_count].to_vec();
    before.reverse();
    Ok(Frame {
        role,
        before,
        after: pieces[before_count..].to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_assets_parse_and_every_kind_has_triggers() {
        let lex = &*LEX;
        assert_eq!(lex.rules.len(), 12 - 1, "every kind but `other` has a rule");
        for (k, rule) in lex.rules.iter().enumerate() {
            assert!(
                lex.triggers.iter().any(|t| t.kind == k),
                "{:?} has no trigger",
                rule.kind
            );
        }
        assert!(lex.entry("the").class & class::DET != 0);
        assert!(lex.entry("plant").class & class::SITE != 0);
    }

    #[test]
    fn verbs_get_their_forms() {
        let lex = &*LEX;
        let forms = |w: &str| -> Vec<(usize, u8)> {
            lex.triggers_of(lex.entry(w))
                .iter()
                .filter(|t| t.pos == Pos::Verb && t.rest.is_empty())
                .map(|t| (t.kind, t.form))
                .collect()
        };
        let layoffs = lex
            .rules
            .iter()
            .position(|r| r.kind == EventKind::Layoffs)
            .unwrap();
        assert!(forms("eliminated").contains(&(layoffs, form::PAST | form::PARTICIPLE)));
        assert!(forms("cutting").contains(&(layoffs, form::ING)));
        assert!(forms("cut").contains(&(layoffs, form::BASE | form::PAST | form::PARTICIPLE)));
        assert!(forms("slashes").contains(&(layoffs, form::THIRD)));
        let laid: Vec<&Trigger> = lex.triggers_of(lex.entry("laid")).iter().collect();
        assert!(laid.iter().any(|t| t.rest == ["off"] && t.alone));
        assert_eq!(regular("reduce").2, "reducing");
        assert_eq!(regular("close").0, "closes");
        assert_eq!(regular("idle").1, "idled");
        let seek = lex.triggers_of(lex.entry("seeking"));
        assert!(seek.iter().any(|t| t.status == Some(Status::InTalks)));
    }

    #[test]
    fn frames_split_around_the_figure() {
        let f = parse_frame(Role::Total, "bringing ... to N").unwrap();
        assert_eq!(
            f.before,
            [
                Piece::Word("to".into()),
                Piece::Skip,
                Piece::Word("bringing".into())
            ]
        );
        assert!(f.after.is_empty());
        let f = parse_frame(Role::Workforce, "Q of the N").unwrap();
        assert_eq!(f.before.last(), Some(&Piece::Other));
        let f = parse_frame(Role::Part, "N of them").unwrap();
        assert_eq!(f.after.len(), 2);
        let f = parse_frame(Role::Workforce, "company's N").unwrap();
        assert_eq!(
            f.before,
            [Piece::Word("'s".into()), Piece::Word("company".into())]
        );
        let f = parse_frame(Role::Workforce, "Q of ... 's N").unwrap();
        assert_eq!(f.before.first(), Some(&Piece::Word("'s".into())));
        assert!(parse_frame(Role::Peak, "at its peak").is_err());
    }

    #[test]
    fn the_built_json_says_what_the_toml_says() {
        let (json, toml) = (&*LEX, from_toml(KINDS, WORDS).unwrap());
        assert_eq!(json.triggers.len(), toml.triggers.len());
        assert_eq!(json.rules.len(), toml.rules.len());
        assert_eq!(json.frames.len(), toml.frames.len());
        assert_eq!(json.words.len(), toml.words.len());
        for (word, entry) in &toml.words {
            let e = json.entry(word);
            assert_eq!(
                (e.class, e.first, e.count, e.verb),
                (entry.class, entry.first, entry.count, entry.verb),
                "{word}"
            );
        }
    }

    #[test]
    fn exclusions_and_rekinds_are_read_from_the_table() {
        let lex = &*LEX;
        let rule = |k: EventKind| lex.rules.iter().find(|r| r.kind == k).unwrap();
        let earnings = rule(EventKind::Earnings);
        assert!(earnings.not_heads.has("assets", lex.entry("assets")));
        assert!(earnings.not_before.has("loan", lex.entry("loan")));
        assert!(earnings.not_near.has("reducing", lex.entry("reducing")));
        let layoffs = rule(EventKind::Layoffs);
        assert!(layoffs.not_particles.has("on", lex.entry("on")));
        let acquisition = rule(EventKind::Acquisition);
        assert!(acquisition.not_objects.has("jets", lex.entry("jets")));
        assert!(!acquisition.not_objects.has("shares", lex.entry("shares")));
        let (to, near) = rule(EventKind::Fundraising).becomes.as_ref().unwrap();
        assert_eq!(*to, EventKind::Ipo);
        assert!(near.has("initial", lex.entry("initial")));
        let typo = "[[kind]]\nname = \"ipo\"\nfigure = \"money\"\nnot_objcts = [\"x\"]";
        assert!(
            from_toml(typo, WORDS).is_err(),
            "an unknown field is an error"
        );
        let bad = "[[kind]]\nname = \"ipo\"\nfigure = \"money\"\nbecomes = \"nope\"";
        assert!(from_toml(bad, WORDS).is_err());
    }

    #[test]
    fn bad_assets_are_errors() {
        assert!(from_toml("[[kind]]\nname = \"nope\"\nfigure = \"money\"", WORDS).is_err());
        assert!(from_toml("[[kind]]\nname = \"ipo\"\nfigure = \"bananas\"", WORDS).is_err());
        assert!(from_toml(KINDS, "[classes]\nnope = [\"x\"]\n[cues]\n[roles]").is_err());
    }
}
