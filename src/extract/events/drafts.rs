//! Drafts: the events one sentence tells, before the tellings of the whole story are merged.
//!
//! ```text
//! triggers (lexicon) ─▶ each claims the nearest figure of its kind in its clause (greedy by
//! distance) ─▶ coordinated figures share the trigger ("300 in May, another 250 in August")
//! ─▶ a draft per trigger and figure: actor, date, status, round, role of the figure
//! ```

use super::arguments::{Context, Subject, WINDOW, subject};
use super::clauses::{Clauses, verb_start};
use super::cues::RoundRef;
use super::lexicon::{Figure, LEX, Needs, Pos, Role, Rule, Trigger, class};
use super::roles;
use super::sentence::Sentence;
use super::status;
use crate::story::{Event, EventKind, FactKind, Labels};

/// How far (tokens) a trigger reaches for its figure.
const REACH: usize = 14;
/// How far after a trigger its object noun may be ("close its Bristol depot").
const OBJECT_REACH: usize = 5;

/// An event as one telling gives it, with what merging and series need besides.
#[derive(Debug, Clone)]
pub struct Draft {
    pub event: Event,
    /// Cut (an event), or Plan / Total (a statement a series checks against).
    pub role: Role,
    pub round: Option<RoundRef>,
    /// The figure's fact id.
    pub figure: Option<u32>,
    /// Reported by its actor with no date of its own: the day the story reports may date it.
    pub announce: bool,
    /// "the layoffs": a telling of an event already told, never a new event.
    pub definite: bool,
    /// "the largest contributor": the superlative and the role noun as written.
    pub superlative: Option<Box<(String, String)>>,
    /// The trigger's token, for text order within the sentence.
    pub at: u32,
    /// Its figure stands for the event only when no other telling gives one (revenue, where
    /// profit is an earnings report's figure).
    pub secondary: bool,
}

impl Draft {
    pub fn quantity(&self) -> Option<usize> {
        self.figure.map(|f| f as usize)
    }
}

/// A trigger found in the sentence.
#[derive(Debug, Clone, Copy)]
pub struct Found {
    pub at: usize,
    /// Its last token.
    pub last: usize,
    pub trigger: &'static Trigger,
}

/// The triggers of the sentence, at most one per token, longest first. None inside a name.
pub fn find(s: &Sentence, out: &mut Vec<Found>) {
    out.clear();
    let mut i = 0;
    while i < s.len() {
        let entry = s.entry(i);
        let list = LEX.triggers_of(entry);
        if list.is_empty() || s.fact(i).is_some_and(|f| f.kind.is_entity()) {
            i += 1;
            continue;
        }
        let fits = |t: &Trigger| {
            t.rest
                .iter()
                .enumerate()
                .all(|(k, w)| s.word(i + 1 + k) == w)
        };
        let longest = list.iter().filter(|t| fits(t)).map(|t| t.rest.len()).max();
        let Some(len) = longest else {
            i += 1;
            continue;
        };
        let candidates = || list.iter().filter(move |t| t.rest.len() == len && fits(t));
        // A verb needs something that can be its subject or auxiliary before it ("Acme
        // cuts", "it cuts", "will cut", "to cut"); otherwise a word that can be a noun is
        // one ("total cuts", "300 job cuts").
        let prev = i.wrapping_sub(1);
        let verb_context = s.fact(prev).is_some_and(|f| f.kind.is_entity())
            || s.is(
                prev,
                class::PRONOUN
                    | class::WILL
                    | class::MAY
                    | class::MUST
                    | class::BE
                    | class::HAVE
                    | class::DO
                    | class::ADVERB
                    | class::RELATIVE
                    | class::CONJ
                    | class::COMPANY
                    | class::NEGATION,
            )
            || s.word(prev) == "to"
            || prev >= s.len();
        let noun_context = !verb_context || s.fact(i).is_some_and(|f| f.kind == FactKind::Count);
        let slot = noun_slot(s, i);
        if slot == Slot::Name {
            i += 1;
            continue;
        }
        // One reading per kind: "losses" may be jobs or money, the figure decides.
        let mut kinds_seen = 0u32;
        for t in candidates() {
            let bit = 1u32 << t.kind;
            if kinds_seen & bit != 0 {
                continue;
            }
            kinds_seen |= bit;
            let pick = candidates()
                .filter(|x| x.kind == t.kind)
                .find(|x| (x.pos == Pos::Noun) == noun_context || x.pos == Pos::Role)
                .unwrap_or(t);
            // A verb in its base form alone ("value", "pay") needs a subject, an auxiliary or
            // a coordinated verb before it ("will close 14 stores, lay off 380"): "a face
            // value of", "a cut in pay" are nouns.
            let base_only = pick.pos == Pos::Verb && pick.form == super::lexicon::form::BASE;
            if !slot.allows(pick) || base_only && !verb_context && s.word(prev) != "," {
                continue;
            }
            out.push(Found {
                at: i,
                last: i + len,
                trigger: pick,
            });
        }
        i += len + 1;
    }
}

/// What the words before a trigger word let it be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// Anything.
    Any,
    /// A noun, or an -ing verb ("by cutting 300 jobs"): after a preposition.
    NounOrGerund,
    /// Only a noun: after a determiner or a possessive ("the pay", "its value"), as the
    /// second half of a compound ("car-buying", "cost-cutting") or in a count's noun phrase.
    Noun,
    /// A word of a name ("Brierley Investments Ltd") the name finder did not mark.
    Name,
}

impl Slot {
    fn allows(self, t: &Trigger) -> bool {
        match (self, t.pos) {
            (_, Pos::Noun | Pos::Role) | (Slot::Any, _) => true,
            (Slot::NounOrGerund, _) => t.form & super::lexicon::form::ING != 0,
            _ => false,
        }
    }
}

/// The share of capitalised words above which a sentence is a title-case headline, where a
/// capital says nothing about names.
const TITLE_CASE: f32 = 0.6;

/// What the words around token `i` let a trigger there be.
fn noun_slot(s: &Sentence, i: usize) -> Slot {
    let prev = i.wrapping_sub(1);
    if in_name(s, i) {
        return Slot::Name;
    }
    let compound = s.word(prev) == "-" && s.tokens.get(i).is_some_and(|t| !t.space_before);
    // Inside a count's noun phrase ("2.7 million paying members") a word is no verb.
    let counted = s.fact(i).is_some_and(|f| f.kind == FactKind::Count);
    if compound || counted || s.is(prev, class::DET) || s.is_possessive(prev) {
        Slot::Noun
    } else if s.is(prev, class::PREP) && s.word(prev) != "to" {
        Slot::NounOrGerund
    } else {
        Slot::Any
    }
}

/// A title-case word inside a run of them, in a sentence that is not a title-case headline:
/// part of a name ("sold its stake to Brierley Investments Ltd").
fn in_name(s: &Sentence, i: usize) -> bool {
    let title = |k: usize| {
        let raw = s.raw(k);
        s.capitalised(k) && raw.chars().skip(1).any(char::is_lowercase)
    };
    // The first word of a sentence, or of a quote or a clause after a colon, has its capital
    // from the place.
    let starts = |k: usize| k == 0 || matches!(s.word(k - 1), ":" | "\"" | "“" | "(" | "-" | "—");
    if !title(i) || starts(i) {
        return false;
    }
    let neighbour = (title(i - 1) && !starts(i - 1)) || title(i + 1);
    if !neighbour {
        return false;
    }
    let words = (0..s.len())
        .filter(|&k| s.tokens[k].kind == crate::extract::token::Kind::Word)
        .count();
    let capitals = (0..s.len())
        .filter(|&k| s.tokens[k].kind == crate::extract::token::Kind::Word && s.capitalised(k))
        .count();
    (capitals as f32) < TITLE_CASE * words as f32
}

/// Whether the sentence's fact `f` can be the figure of `rule` with `trigger`, and in what
/// role.
fn fits(
    s: &Sentence,
    rule: &Rule,
    found: &Found,
    f: usize,
    roles: &mut [Option<Role>],
) -> Option<Role> {
    let fact = &s.facts[f];
    match rule.figure {
        Figure::Money => {
            if fact.kind != FactKind::Money {
                return None;
            }
            let (first, last) = s.range(f);
            // "92 cts a share", "at 11.25 dlrs each" is no period's profit and no deal's
            // price; nor is "or 92 cts", the same figure per share.
            let per = per_unit(s, first, last) || named_other(s, rule, first, last);
            let compared = rule.kind == EventKind::Earnings && compared(s, first);
            (!per && !compared).then_some(Role::Cut)
        }
        Figure::Site => {
            (fact.kind == FactKind::Count && s.head_noun_is(f, class::SITE)).then_some(Role::Cut)
        }
        Figure::Workforce => {
            if fact.kind != FactKind::Count {
                return None;
            }
            let noun_less = fact.unit().is_none();
            let (first, last) = s.range(f);
            let ok = if noun_less {
                found.trigger.pos == Pos::Noun
                    || found.trigger.alone
                    || s.is(first.wrapping_sub(1), class::NEXT)
                    || (s.word(first.wrapping_sub(1)) == "by"
                        && (found.at..first).any(|i| s.is(i, class::WORKFORCE_STATE)))
                    || partitive(s, last)
            } else {
                s.head_noun_is(f, class::WORKFORCE)
            };
            if !ok {
                return None;
            }
            let role = *roles[f].get_or_insert_with(|| roles::role(s, f));
            // A round, or a statement a series checks against; a headcount, what is left,
            // a peak, a part or a threshold is neither.
            matches!(role, Role::Cut | Role::Total | Role::Plan).then_some(role)
        }
    }
}

/// A sum its own words name as what the kind rules out: "$45 million in damages" or "the
/// repayment of 6.45 mln stg" is no fundraising, "$3 billion of debt" no acquisition.
fn named_other(s: &Sentence, rule: &Rule, first: usize, last: usize) -> bool {
    if rule.not_objects.is_empty() {
        return false;
    }
    let named = |i: usize| s.fact(i).is_none() && rule.not_objects.has(s.word(i), s.entry(i));
    let mut after = last + 1;
    if matches!(s.word(after), "in" | "of" | "as") {
        after += 1;
    }
    // Before it: "the repayment of 6.45 mln stg", "to redeem 60 mln dlrs".
    let before = if s.word(first.wrapping_sub(1)) == "of" {
        first.wrapping_sub(2)
    } else {
        first.wrapping_sub(1)
    };
    named(after) || named(before)
}

/// How far after a sum "for each" may name what it is paid for ("63 dlrs for each Acme
/// common share").
const EACH_REACH: usize = 6;

/// A sum per share or per unit, not a deal's or a period's total: "92 cts a share", "at
/// 11.25 dlrs each", "63 dlrs for each Acme share", "a per share price of 20 dlrs", "a face
/// value of eight dlrs", the first of a range per share ("22.20 dlrs to 26.79 dlrs a share"),
/// "or 92 cts" (the same figure per share).
fn per_unit(s: &Sentence, first: usize, last: usize) -> bool {
    let after = |last: usize| {
        matches!(s.word(last + 1), "a" | "per") && s.is(last + 2, class::PER)
            || matches!(s.word(last + 1), "each" | "apiece")
            || matches!(s.word(last + 1), "for" | "of")
                && matches!(s.word(last + 2), "each" | "every")
                && (last + 3..last + 3 + EACH_REACH).any(|i| s.is(i, class::PER))
    };
    if after(last) {
        return true;
    }
    // The first bound of a range: the second says what both are.
    if matches!(s.word(last + 1), "to" | "and" | "-")
        && let Some(next) = s.fact_index(last + 2)
        && s.facts[next].kind == FactKind::Money
        && after(s.range(next).1)
    {
        return true;
    }
    let before = |k: usize| s.word(first.wrapping_sub(k));
    let par = matches!(before(1), "of" | "at")
        && (matches!(before(2), "price" | "value")
            && (s.is(first.wrapping_sub(3), class::PER)
                || matches!(before(3), "face" | "par" | "nominal" | "book"))
            || s.is(first.wrapping_sub(2), class::PER) && before(3) == "per");
    // "83,916 shares on March 11 at 11.25 dlrs": a price after a number of shares.
    let at_shares = before(1) == "at"
        && (first.saturating_sub(1 + EACH_REACH)..first.saturating_sub(1)).any(|i| {
            s.fact_index(i).is_some_and(|f| {
                s.facts[f].kind == FactKind::Count && s.head_noun_is(f, class::PER)
            })
        });
    par || at_shares
        || before(1) == "or"
            && s.fact(first.wrapping_sub(2))
                .is_some_and(|x| x.kind == FactKind::Money)
}

/// How far a partitive reaches its whole ("2,000 of a total 18,000 jobs").
const PARTITIVE_REACH: usize = 5;

/// A noun-less figure that is part of a workforce: "2,000 of a total 18,000 jobs", "140 of
/// its workforce", "350 of the 3,800 workers", "195 of the facility's 425 employees".
fn partitive(s: &Sentence, last: usize) -> bool {
    if s.word(last + 1) != "of" {
        return false;
    }
    let to = (last + 2 + PARTITIVE_REACH).min(s.len());
    for i in last + 2..to {
        if let Some(f) = s.fact_index(i) {
            return s.facts[f].kind == FactKind::Count && s.head_noun_is(f, class::WORKFORCE);
        }
        if s.is(i, class::WORKFORCE_STATE | class::WORKFORCE) {
            return true;
        }
        // "of the facility's 425 employees": a possessive's owner is part of the phrase.
        let owner = s.is_possessive(i + 1) || s.is_possessive(i);
        if !s.is(i, class::DET) && !owner && !matches!(s.word(i), "total" | "remaining" | "current")
        {
            return false;
        }
    }
    false
}

/// How far back a comparison word reaches its figure ("compared with a profit of $18 million").
const COMPARED_REACH: usize = 6;

/// A figure given for comparison ("versus 31.6 mln", "compared with a profit of $18
/// million", "from 716.9 mln"), not the period's own; "from X to Y" gives Y as its own.
fn compared(s: &Sentence, first: usize) -> bool {
    for i in (first.saturating_sub(COMPARED_REACH)..first).rev() {
        if s.word(i) == "to" || s.fact(i).is_some_and(|f| f.kind.is_quantity()) {
            return false;
        }
        if s.is(i, class::COMPARISON) {
            return true;
        }
    }
    false
}

/// The distance from a trigger to a figure, as English places them: after an active verb,
/// before a passive one or a noun ("300 layoffs"), inside the figure for a unit noun.
fn distance(s: &Sentence, found: &Found, f: usize, passive: bool) -> usize {
    let (first, last) = s.range(f);
    if first <= found.at && found.at <= last {
        0
    } else if first > found.last {
        words_between(s, found.last, first)
    } else {
        let back = words_between(s, last, found.at);
        // "a loss of 33.9 mln dlrs from the sale": a figure is not the noun's across a
        // preposition but those that attach an amount to it ("$5 million in funding").
        let across = found.trigger.pos == Pos::Noun
            && (last + 1..found.at).any(|i| {
                s.is(i, class::PREP)
                    && !matches!(s.word(i), "in" | "of" | "for" | "to" | "at" | "on" | "as")
            });
        if across {
            return usize::MAX;
        }
        let natural = passive || matches!(found.trigger.pos, Pos::SubjectVerb | Pos::Noun);
        if natural { back } else { back * 2 + 2 }
    }
}

/// The distance from token `a` to token `b` (`a < b`) as a reader counts it: a name (marked or
/// a run of capitalised words), a date or a sum is one word however many tokens it has, and
/// the brackets and parentheses of a ticker ("<Brierley Investments Ltd>, (BIL),") are none.
fn words_between(s: &Sentence, a: usize, b: usize) -> usize {
    let mut n = 1;
    let mut i = a + 1;
    while i < b {
        match s.fact_index(i) {
            Some(f) => {
                i = s.range(f).1.max(i) + 1;
                n += 1;
            }
            None => {
                let bracket = matches!(s.word(i), "<" | ">" | "(" | ")");
                // "NZI Corp Ltd" the name finder did not mark is one name all the same.
                let name_goes_on = s.capitalised(i) && s.capitalised(i - 1) && i > a + 1;
                if !bracket && !name_goes_on {
                    n += 1;
                }
                i += 1;
            }
        }
    }
    n
}

/// Everything one sentence's drafts are made from; reused buffers.
#[derive(Default)]
pub struct Work {
    pub found: Vec<Found>,
    roles: Vec<Option<Role>>,
}

/// Adds the drafts of sentence `s` (its clauses split in `cl`) to `out`.
pub fn sentence(
    s: &Sentence,
    cl: &Clauses,
    ctx: &Context,
    labels: &mut Labels,
    work: &mut Work,
    out: &mut Vec<Draft>,
) {
    let mut found = std::mem::take(&mut work.found);
    work.roles.clear();
    work.roles.resize(s.facts.len(), None);
    let mut groups: Vec<_> = found
        .iter()
        .map(|f| status::group_of(s, cl, f.at, f.trigger))
        .collect();
    let keep: Vec<bool> = found
        .iter()
        .zip(&groups)
        .map(|(fd, g)| allowed(s, cl, fd, *g))
        .collect();
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    let mut k = 0;
    groups.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    // (distance, trigger, fact, role): every trigger and figure that fit, nearest first.
    let mut pairs = Vec::new();
    for (ti, fd) in found.iter().enumerate() {
        let rule = &LEX.rules[fd.trigger.kind];
        let c = cl.clause_of(fd.at);
        let passive = groups[ti].is_some_and(|g| g.passive);
        // Token windows wide enough for names and sums of several tokens: `distance` counts
        // them as words.
        let from = fd.at.saturating_sub(REACH * 2 + 2);
        let to = (fd.last + REACH * 2 + 1).min(s.len());
        for f in s.facts_in(from, to) {
            if !s.facts[f].kind.is_quantity() {
                continue;
            }
            let (first, _) = s.range(f);
            if cl.clause_of(first) != c {
                continue;
            }
            let d = distance(s, fd, f, passive);
            if d > REACH && !(d <= REACH * 2 && priced(s, rule, &found, ti, first)) {
                continue;
            }
            if let Some(role) = fits(s, rule, fd, f, &mut work.roles) {
                pairs.push((d, ti, f, role));
            }
        }
        // A passive's or a subject verb's subject is its figure however long the subject
        // ("Another 500 workers of the 5,100 employed at its Ohio plant will be laid off"),
        // when no figure nearer claims the trigger.
        let subject_verb = fd.trigger.pos == Pos::SubjectVerb;
        if let Some(g) = groups[ti].filter(|g| g.passive || subject_verb)
            && let Subject::Figure(f) = subject(s, cl, c, g.start.min(fd.at))
            && s.facts[f].kind.is_quantity()
            && distance(s, fd, f, passive) > REACH
            && let Some(role) = fits(s, rule, fd, f, &mut work.roles)
        {
            pairs.push((REACH, ti, f, role));
        }
    }
    pairs.sort_by_key(|p| (p.0, p.1));
    let mut trigger_used = vec![false; found.len()];
    let mut fact_used = vec![false; s.facts.len()];
    let mut made: Vec<(usize, Option<usize>, Role)> = Vec::new();
    for &(_, ti, f, role) in &pairs {
        if trigger_used[ti] || fact_used[f] {
            continue;
        }
        trigger_used[ti] = true;
        fact_used[f] = true;
        made.push((ti, Some(f), role));
    }
    coordinated(s, cl, &found, &mut made, &mut fact_used, &mut work.roles);
    closure_staff(
        s,
        cl,
        &mut found,
        &mut groups,
        &mut made,
        &mut fact_used,
        &mut work.roles,
    );
    // The staff a closure puts out of work are told by their own layoff trigger.
    trigger_used.resize(found.len(), true);
    for (ti, fd) in found.iter().enumerate() {
        if !trigger_used[ti] && bare_event(s, cl, fd) {
            made.push((ti, None, Role::Cut));
        }
    }
    made.sort_by_key(|m| (found[m.0].at, m.1));
    for (ti, f, role) in made {
        let tell = super::draft::Telling {
            found: &found[ti],
            group: groups[ti],
            figure: f,
            role,
        };
        if let Some(d) = super::draft::draft(s, cl, ctx, labels, &tell) {
            out.push(d);
        }
    }
    work.found = found;
}

/// Whether the figure at `first`, after verb trigger `ti`, is its price: introduced by one of
/// the kind's price words ("for 121.55 mln stg"), with no other trigger between.
fn priced(s: &Sentence, rule: &Rule, found: &[Found], ti: usize, first: usize) -> bool {
    let fd = &found[ti];
    if fd.trigger.pos != Pos::Verb || first <= fd.last || rule.price_after.is_empty() {
        return false;
    }
    let word = first - 1;
    s.fact(word).is_none()
        && rule.price_after.has(s.word(word), s.entry(word))
        && !found.iter().any(|t| t.at > fd.last && t.at < first)
}

/// Whether a trigger can tell its event at all: a noun that only modifies another ("redundancy
/// payments") cannot, nor a governed noun ("loans") without one of its governing verbs.
fn allowed(s: &Sentence, cl: &Clauses, fd: &Found, group: Option<super::verbs::Group>) -> bool {
    let t = fd.trigger;
    if excluded(s, cl, &LEX.rules[t.kind], fd) {
        return false;
    }
    if t.pos == Pos::Noun && s.is(fd.last + 1, class::MODIFIED) && s.fact(fd.last + 1).is_none() {
        return false;
    }
    if another_thing(s, cl, &LEX.rules[t.kind], fd, group) {
        return false;
    }
    if t.governed {
        let rule = &LEX.rules[t.kind];
        return group.is_some_and(|g| {
            g.verb != fd.at && rule.governors.has(s.word(g.verb), s.entry(g.verb))
        });
    }
    true
}

/// How far around a noun trigger a `not_near` verb is looked for, in its clause.
const NEAR: usize = 4;

/// Whether the words right around a trigger make it another thing than its kind's event: a
/// noun before it ("loan losses") or after it ("net assets"), a particle after a verb ("go on
/// strike"), or a word near it or the verb governing a noun ("reducing net income by", "would
/// take a loss", "will be closed temporarily").
fn another_thing(
    s: &Sentence,
    cl: &Clauses,
    rule: &Rule,
    fd: &Found,
    group: Option<super::verbs::Group>,
) -> bool {
    let has = |words: &super::lexicon::Words, i: usize| {
        s.fact(i).is_none() && !words.is_empty() && words.has(s.word(i), s.entry(i))
    };
    let own = match fd.trigger.pos {
        Pos::Verb | Pos::SubjectVerb => has(&rule.not_particles, fd.last + 1),
        Pos::Noun => {
            has(&rule.not_before, fd.at.wrapping_sub(1))
                || has(&rule.not_heads, fd.last + 1)
                // The verb that governs a noun: "would take a fourth-quarter loss".
                || group.is_some_and(|g| g.verb != fd.at && has(&rule.not_near, g.verb))
        }
        Pos::Role => false,
    };
    if own || rule.not_near.is_empty() || fd.trigger.pos == Pos::Role {
        return own;
    }
    let c = cl.clause_of(fd.at);
    let from = fd.at.saturating_sub(NEAR);
    let to = (fd.last + 1 + NEAR).min(s.len());
    (from..to).any(|i| cl.clause_of(i) == c && has(&rule.not_near, i))
}

/// Figures coordinated with a claimed one share its trigger: "raised $15 million in 2022 and
/// $60 million in 2024", "cut 300 jobs in May, another 250 in August and 120 in December".
fn coordinated(
    s: &Sentence,
    cl: &Clauses,
    found: &[Found],
    made: &mut Vec<(usize, Option<usize>, Role)>,
    used: &mut [bool],
    roles: &mut [Option<Role>],
) {
    let mut k = 0;
    while k < made.len() {
        let (ti, Some(prev), _) = made[k] else {
            k += 1;
            continue;
        };
        let rule = &LEX.rules[found[ti].trigger.kind];
        let mut last_fact = prev;
        for (f, fact) in s.facts.iter().enumerate().skip(prev + 1) {
            if used[f] || fact.kind != s.facts[prev].kind {
                continue;
            }
            let (from, _) = s.range(f);
            let (_, prev_last) = s.range(last_fact);
            if from > prev_last + WINDOW / 2 || cl.clause_of(from) != cl.clause_of(prev_last) {
                break;
            }
            // The shared verb itself may stand between ("350 jobs will be affected in
            // Columbia and 225 in Kingsport"): the figures are joined after it.
            let t = &found[ti];
            let after = if t.at > prev_last && t.last < from {
                t.last + 1
            } else {
                prev_last + 1
            };
            let between = after..from;
            let joined = between
                .clone()
                .any(|i| matches!(s.word(i), "and" | "," | "then" | "while" | "plus"));
            // A parenthetical between ("350 jobs in Columbia, most of which are done by
            // contractors, and 225 at its Kingsport plant") is another clause's business.
            let c = cl.clause_of(from);
            let here = |i: &usize| cl.clause_of(*i) == c;
            let other = found.iter().any(|t| between.contains(&t.at) && here(&t.at))
                || between.clone().filter(here).any(|i| verb_start(s, i));
            if !joined || other {
                break;
            }
            // A bare figure takes the noun of the one it is joined to ("300 jobs in Leeds, and
            // 90 in Hull").
            let shared = fact.kind == FactKind::Count
                && fact.unit().is_none()
                && rule.figure == Figure::Workforce
                && s.head_noun_is(prev, class::WORKFORCE);
            let fit = fits(s, rule, &found[ti], f, roles).or_else(|| {
                shared
                    .then(|| *roles[f].get_or_insert_with(|| roles::role(s, f)))
                    .filter(|r| matches!(r, Role::Cut | Role::Total | Role::Plan))
            });
            match fit {
                Some(role) => {
                    used[f] = true;
                    made.push((ti, Some(f), role));
                    last_fact = f;
                }
                None => break,
            }
        }
        k += 1;
    }
}

/// How far after a closing verb the staff of what closes may be told ("close its Dayton,
/// Tenn., facility, with about 300 employees").
const STAFF_REACH: usize = 24;

/// The staff of a site that closes are laid off: "close its Dayton facility, with about 300
/// employees, by March 1" tells a closure and a layoff of 300 (what the closure says of its
/// time, actor and status holds for both).
fn closure_staff(
    s: &Sentence,
    cl: &Clauses,
    found: &mut Vec<Found>,
    groups: &mut Vec<Option<super::verbs::Group>>,
    made: &mut Vec<(usize, Option<usize>, Role)>,
    used: &mut [bool],
    roles: &mut [Option<Role>],
) {
    let Some(layoffs) = LEX.rules.iter().position(|r| r.kind == EventKind::Layoffs) else {
        return;
    };
    for ti in 0..found.len() {
        let fd = found[ti];
        if LEX.rules[fd.trigger.kind].kind != EventKind::Closure {
            continue;
        }
        let c = cl.clause_of(fd.at);
        let to = (fd.last + 1 + STAFF_REACH).min(s.len());
        let mut i = fd.last + 1;
        while i < to {
            // Another closing verb claims what follows it; a new clause or a verb ends the
            // closure's objects.
            let closes = found
                .iter()
                .any(|t| t.at == i && LEX.rules[t.trigger.kind].kind == EventKind::Closure);
            if closes || s.word(i) == ";" || (cl.clause_of(i) == c && verb_start(s, i)) {
                break;
            }
            if s.word(i) == "with"
                && cl.clause_of(i) == c
                && let Some(f) = s.fact_index(i + 1)
                && !used[f]
                && s.facts[f].kind == FactKind::Count
                && s.head_noun_is(f, class::WORKFORCE)
                && *roles[f].get_or_insert_with(|| roles::role(s, f)) == Role::Cut
            {
                let trigger = LEX.triggers.iter().find(|t| {
                    t.kind == layoffs
                        && t.pos == fd.trigger.pos
                        && t.status.is_none()
                        && !t.governed
                        && !t.secondary
                        && t.actor_after.is_none()
                });
                let Some(trigger) = trigger else { return };
                used[f] = true;
                found.push(Found { trigger, ..fd });
                groups.push(groups[ti]);
                made.push((found.len() - 1, Some(f), Role::Cut));
            }
            i += 1;
        }
    }
}

/// Whether a trigger with no figure still tells an event: a word that says it alone ("laid
/// off", "layoffs"), an object of the kind ("close its Bristol depot"), a definite mention
/// ("the cuts") or a role after a superlative ("the largest investor").
fn bare_event(s: &Sentence, cl: &Clauses, fd: &Found) -> bool {
    let rule = &LEX.rules[fd.trigger.kind];
    if fd.trigger.pos == Pos::Role {
        return superlative(s, fd.at).is_some();
    }
    if definite(s, fd) || fd.trigger.alone {
        return !excluded(s, cl, rule, fd);
    }
    let c = cl.clause_of(fd.at);
    if rule.dated
        && dated_telling(s, cl, fd)
        && super::arguments::when(s, cl, c, (fd.at, fd.last), rule.kind)
            .is_some_and(|w| w.1.is_none())
    {
        return !excluded(s, cl, rule, fd);
    }
    rule.needs == Needs::Object && object(s, cl, rule, fd) && !excluded(s, cl, rule, fd)
}

/// Whether a trigger with no figure is told as a happening its clause's date can date: a verb,
/// or a noun a verb before it governs ("completed the acquisition in May"), not a noun that
/// only describes ("Autolatina, a merger of Volkswagen and Ford, said last week") or a generic
/// plural ("Acquisitions will continue to be sought").
fn dated_telling(s: &Sentence, cl: &Clauses, fd: &Found) -> bool {
    let t = fd.trigger;
    match t.pos {
        Pos::Verb | Pos::SubjectVerb => true,
        Pos::Noun => {
            status::group_of(s, cl, fd.at, t).is_some_and(|g| g.verb < fd.at)
                && !(matches!(s.word(fd.at.wrapping_sub(1)), "a" | "an")
                    && s.word(fd.at.wrapping_sub(2)) == ",")
        }
        Pos::Role => false,
    }
}

/// "the layoffs", "these cuts": a noun trigger after a definite determiner.
pub fn definite(s: &Sentence, fd: &Found) -> bool {
    if fd.trigger.pos != Pos::Noun {
        return false;
    }
    // Over the nouns that modify it: "the work force cuts", "the Boston shutdown".
    let mut i = fd.at.wrapping_sub(1);
    if s.word(i) == "that" {
        return true;
    }
    for _ in 0..=MODIFIERS {
        match s.word(i) {
            "the" | "these" | "those" | "this" => return true,
            w if s.fact(i).is_some_and(|f| f.kind == FactKind::Place)
                || (s.entry(i).class == 0
                    || s.is(i, class::WORKFORCE | class::WORKFORCE_STATE | class::SITE))
                    && w.chars().all(char::is_alphabetic)
                    && !w.is_empty() =>
            {
                i = s.fact_index(i).map_or(i, |f| s.range(f).0).wrapping_sub(1);
            }
            _ => return false,
        }
    }
    false
}

/// How many modifying words may stand between "the" and its noun trigger.
const MODIFIERS: usize = 2;

/// An object noun of the kind near the trigger: after it ("close its Bristol depot"), or in
/// the subject of a passive ("the plant will be closed").
fn object(s: &Sentence, cl: &Clauses, rule: &Rule, fd: &Found) -> bool {
    if rule.objects.is_empty() {
        return false;
    }
    let c = cl.clause_of(fd.at);
    let to = (fd.last + 1 + OBJECT_REACH).min(s.len());
    // A verb's object is not behind a preposition ("a cut in pay for workers").
    let after = (fd.last + 1..to)
        .take_while(|&i| {
            cl.clause_of(i) == c && !matches!(s.word(i), "," | ";") && !s.is(i, class::PREP)
        })
        .any(|i| s.fact(i).is_none() && rule.objects.has(s.word(i), s.entry(i)));
    let from = cl.get(c).start.max(fd.at.saturating_sub(OBJECT_REACH + 3));
    let before =
        (from..fd.at).any(|i| s.fact(i).is_none() && rule.objects.has(s.word(i), s.entry(i)));
    after || before
}

/// What rules the trigger out: an object it may not take ("raise its bid", "valued" of a
/// deal or of goods) or a subject ("the deal is expected to close").
fn excluded(s: &Sentence, cl: &Clauses, rule: &Rule, fd: &Found) -> bool {
    let c = cl.clause_of(fd.at);
    let to = (fd.last + 1 + OBJECT_REACH).min(s.len());
    // The object runs to the first preposition but "of" ("sold a total of 1,167 cars"); a
    // count's noun is its head ("bought 40 jets").
    let object = (fd.last + 1..to)
        .take_while(|&i| cl.clause_of(i) == c && (!s.is(i, class::PREP) || s.word(i) == "of"))
        .any(|i| match s.fact_index(i) {
            None => rule.not_objects.has(s.word(i), s.entry(i)),
            Some(f) => {
                s.facts[f].kind == FactKind::Count && unit_in(&s.facts[f], &rule.not_objects)
            }
        });
    let from = cl.get(c).start.max(fd.at.saturating_sub(OBJECT_REACH + 3));
    let subject =
        (from..fd.at).any(|i| s.fact(i).is_none() && rule.not_subjects.has(s.word(i), s.entry(i)));
    // What is valued comes before a participle "valued at".
    let valued = rule.kind == EventKind::Valuation
        && (from..fd.at).rev().take(3).any(|i| {
            rule.not_objects.has(s.word(i), s.entry(i))
                || s.fact(i)
                    .is_some_and(|f| f.kind == FactKind::Count && unit_in(f, &rule.not_objects))
        });
    object || subject || valued
}

/// Whether a count's noun ("40 jets" → "jets") is in the set.
fn unit_in(fact: &crate::story::Fact, words: &super::lexicon::Words) -> bool {
    fact.unit().is_some_and(|u| {
        let head = u.split_whitespace().last().unwrap_or("").to_lowercase();
        words.has(&head, LEX.entry(&head))
    })
}

/// The superlative before a role noun ("the largest contributor", "its single biggest
/// backer"): its token.
pub fn superlative(s: &Sentence, at: usize) -> Option<usize> {
    (at.saturating_sub(3)..at)
        .rev()
        .find(|&i| s.is(i, class::SUPERLATIVE) && s.word(i) != "single")
}
