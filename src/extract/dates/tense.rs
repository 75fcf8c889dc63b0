//! Which way a date without a year (or a bare weekday) points: the tense of the verb group
//! that governs it, found near the date inside its clause, as HeidelTime does with a part of
//! speech tagger — here with the closed classes of English that carry tense (auxiliaries,
//! modals, "-ed" and irregular past forms, "to"-verbs of intent) instead of a tagger.
//!
//! - the nearest verb group before the date in its clause, else the first after it ("Also on
//!   March 23, work will resume"); `will`/`would`/modals and "plans to", "is due to", "set
//!   for" → [`Tense::Future`]; `was`, "had been", "-ed" forms → [`Tense::Past`]; `is`/`are`
//!   and the present of verbs that fix dates ("expires", "extends") → [`Tense::Present`];
//! - a preposition that looks ahead decides before any verb: "until", "till", "effective",
//!   "starting", "beginning", "pending", "due", "no later than" (a deadline or an end is ahead
//!   of the report whatever the verb: "sent home until July 12"); "by" looks ahead unless the
//!   verb is past;
//! - nothing found: [`Tense::None`] (news is about the past).
//!
//! Every scan is bounded ([`REACH`] tokens), so the cost per date is constant.

use super::lexicon::Lex;
use super::scan::Scan;
use crate::extract::token::Kind;

/// How many tokens the verb group may lie from the date.
const REACH: usize = 16;
/// How many tokens an auxiliary may lie before its participle ("had not yet been cut").
const AUX_REACH: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    None,
    Past,
    /// Present or present progressive: a scheduled date ("the offer expires on April 3",
    /// "is giving workers leave from July 6") lies ahead, a weekday does not.
    Present,
    Future,
}

impl Tense {
    /// Whether a month or a day without a year lies ahead of the reference date.
    pub fn ahead(self) -> bool {
        matches!(self, Tense::Present | Tense::Future)
    }
}

/// Modals: the clause speaks of what will or would be.
#[rustfmt::skip]
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "could", "may", "might", "must", "can", "won't",
    "wouldn't", "shan't", "'ll", "’ll",
];
/// Verbs (and adjectives) that take "to" and put what follows ahead.
#[rustfmt::skip]
const INTENT: &[&str] = &[
    "plans", "plan", "planned", "planning", "intends", "intend", "intended", "expects",
    "expect", "expected", "aims", "aim", "seeks", "seek", "wants", "want", "hopes", "hope",
    "proposes", "propose", "proposed", "scheduled", "set", "slated", "poised", "going",
    "likely", "about", "prepared", "ready", "is", "are", "am",
];
/// Participles that schedule what they qualify ("set for May 1", "the planned closure").
#[rustfmt::skip]
const SCHEDULED: &[&str] = &[
    "scheduled", "set", "slated", "planned", "proposed", "expected", "due", "projected",
    "forecast", "anticipated", "intended", "upcoming",
];
/// Verbs of forecasting: what they forecast lies ahead whatever their tense ("the company
/// forecast fourth-quarter revenue of $5 billion").
#[rustfmt::skip]
const FORECASTING: &[&str] = &[
    "forecast", "forecasts", "forecasted", "predicted", "predicts", "projected", "projects",
    "expects", "expect", "expected", "anticipates", "anticipated", "guided", "sees", "targets",
    "targeted",
];
/// What a day's possessive names when it is a trading day gone by: "Friday's close".
#[rustfmt::skip]
const MARKET_DAYS: &[&str] = &[
    "close", "closing", "session", "trading", "high", "low", "level", "levels", "price",
    "prices", "settlement", "trade",
];
/// Verbs whose past is their base form.
#[rustfmt::skip]
const SHARED_PAST: &[&str] = &[
    "cut", "put", "set", "hit", "shut", "let", "cost", "quit", "spread", "bid", "hurt", "shed",
];
/// Words before a participle that make it an adjective: "the planned closure".
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this",
];
/// Nouns of plans: "the schedule for the week of March 23".
#[rustfmt::skip]
const PLAN_NOUNS: &[&str] = &[
    "schedule", "plan", "plans", "target", "deadline", "timetable",
];
/// Forms of "be" and "have" and "do" in the present.
#[rustfmt::skip]
const PRESENT_AUX: &[&str] = &[
    "is", "are", "am", "'s", "’s", "'re", "’re", "remains", "remain", "does", "do", "doesn't",
    "don't", "isn't", "aren't",
];
#[rustfmt::skip]
const PAST_AUX: &[&str] = &[
    "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't",
];
/// Present of verbs that fix a date for something: "the offer expires on April 3".
#[rustfmt::skip]
const FIXING: &[&str] = &[
    "expires", "ends", "begins", "starts", "runs", "extends", "opens", "closes", "matures",
    "resumes", "lasts", "falls", "takes", "reopens", "restarts", "shuts", "meets", "convenes",
    "reconvenes", "votes", "launches", "arrives", "returns",
];
/// Prepositions that look ahead whatever the verb.
#[rustfmt::skip]
const AHEAD: &[&str] = &[
    "until", "till", "til", "effective", "starting", "beginning", "pending", "due",
];
/// Words that open a new clause: the verb before them governs another one.
#[rustfmt::skip]
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "although",
    "though", "whereas", "if", "unless",
];

/// Irregular past forms frequent in news (regular ones end in "-ed").
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "was", "were", "had", "did", "made", "took", "gave", "got", "went", "came",
    "rose", "fell", "grew", "sold", "bought", "paid", "lost", "won", "left", "held", "kept",
    "began", "became", "brought", "built", "sent", "spent", "lent", "meant", "met", "saw",
    "knew", "thought", "found", "stood", "struck", "sank", "shrank", "swung", "hit", "led",
    "fled", "drew", "drove", "wrote", "broke", "spoke", "chose", "froze", "stole", "ran",
    "felt", "dealt", "laid", "shut", "quit", "began", "underwent", "withdrew", "overtook",
    "undertook", "arose", "sought", "taught", "caught", "fought", "slid", "bid", "risen",
    "fallen", "taken", "given", "grown", "shown", "driven", "written", "broken", "chosen",
    "spoken", "done", "gone", "seen", "been", "begun", "known", "thrown", "drawn", "frozen",
    "stolen", "shrunk", "sunk", "swum", "won", "undergone", "withdrawn", "arisen",
];

/// Non-verbs that end in "-ed".
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "red", "bed", "need", "speed", "feed", "seed", "deed", "weed", "greed", "breed", "shed",
    "hundred", "indeed", "creed", "steed", "fled",
];

/// The tense that governs the date spanning tokens `first..=last`.
pub fn of(s: &Scan, first: usize, last: usize) -> Tense {
    let before = first.checked_sub(1);
    // "the fiscal year ending in March": a period still running ends ahead.
    let lead = if before.is_some_and(|b| s.is(b, "in")) {
        first.checked_sub(2)
    } else {
        before
    };
    if lead.is_some_and(|b| s.any(b, &["ending", "ends"])) {
        return Tense::Future;
    }
    if compared_with(s, first) {
        return Tense::Past;
    }
    let tense = back(s, first).unwrap_or_else(|| ahead(s, last).unwrap_or(Tense::None));
    if let Some(b) = before {
        // "was not declared until December 5": a past event, dated.
        let negated_past = s.any(b, &["until", "till"])
            && tense == Tense::Past
            && (b.saturating_sub(REACH)..b)
                .any(|k| s.any(k, &["not", "never"]) || s.tok(k).ends_with("n't"));
        if s.any(b, AHEAD) && !negated_past || (b > 0 && s.is(b, "than") && s.is(b - 1, "later")) {
            // "sent home until July 12" ends ahead, but "managed the pub until Monday" ended
            // at the last Monday: after a past verb a day or month ends ahead, not a weekday.
            return if tense == Tense::Past {
                Tense::Present
            } else {
                Tense::Future
            };
        }
        // "set for May 1", "scheduled for Tuesday", "its schedule for the week of March 23"
        if s.is(b, "for") && b > 0 && (s.any(b - 1, SCHEDULED) || s.any(b - 1, PLAN_NOUNS)) {
            return Tense::Future;
        }
        // "Friday's closing price": a market's day that is over.
        if s.any(last + 1, &["'s", "’s"]) && s.any(last + 2, MARKET_DAYS) {
            return Tense::None;
        }
        // "as of April 20": the state at that day, not a date ahead.
        if s.is(b, "of") && b > 0 && s.is(b - 1, "as") {
            return Tense::None;
        }
    }
    // "by Friday": a deadline, ahead unless the clause is in the past.
    if before.is_some_and(|b| s.is(b, "by")) && tense != Tense::Past {
        return Tense::Future;
    }
    tense
}

/// Whether the date at `first` dates what a figure is compared with, which is behind it
/// whatever the verb: "expects $3.40 a share, up from its July forecast", "against the
/// March level", "compared with June".
fn compared_with(s: &Scan, first: usize) -> bool {
    let mut k = first;
    // over the determiner of the date's noun phrase: "its", "the", "a"
    while k > 0 && first - k < 2 && s.any(k - 1, DETERMINERS) {
        k -= 1;
    }
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    // "…, up from", "12 pct down from", not "wind down from July"
    let changed = |j: usize| {
        s.any(j, &["up", "down"])
            && (j == 0
                || s.punct(j - 1, ",")
                || s.kind(j - 1) == Some(Kind::Number)
                || s.any(j - 1, &["pct", "percent", "%", "points"]))
    };
    s.any(p, &["versus", "vs", "against"])
        || s.is(p, "from") && p > 0 && changed(p - 1)
        || s.any(p, &["with", "to"]) && p > 0 && s.is(p - 1, "compared")
}

/// A token that ends the clause for the scan.
fn stop(s: &Scan, k: usize) -> bool {
    s.punct(k, ";:—–()") && !(s.tok(k) == ":" && s.kind(k + 1) == Some(Kind::Number))
}

/// The nearest verb group before token `first`, in its clause.
fn back(s: &Scan, first: usize) -> Option<Tense> {
    let floor = first.saturating_sub(REACH);
    let mut k = first;
    while k > floor {
        k -= 1;
        if stop(s, k) {
            return None;
        }
        if let Some(t) = verb(s, k) {
            return Some(t);
        }
        if s.any(k, CLAUSE_OPENERS) && k + 1 < first {
            return None;
        }
    }
    None
}

/// The first verb group after token `last`, in its clause.
fn ahead(s: &Scan, last: usize) -> Option<Tense> {
    let ceiling = (last + 1 + REACH).min(s.len());
    (last + 1..ceiling)
        .take_while(|&k| !(stop(s, k) || s.any(k, CLAUSE_OPENERS) && k > last + 1))
        // "its July forecast": a noun the date qualifies, not a verb.
        .filter(|&k| !(k == last + 1 && s.any(k, FORECASTING)))
        .find_map(|k| verb(s, k))
}

/// The tense token `k` gives when it is a verb (or an auxiliary, or "to" after a verb of
/// intent); `None` for anything else.
fn verb(s: &Scan, k: usize) -> Option<Tense> {
    if s.kind(k) != Some(Kind::Word) || matches!(s.lex(k), Lex::Month { .. }) {
        return None;
    }
    // "may" is a modal only in lower case (May is the month); "'ll" may be glued ("I'll").
    let t = s.tok(k);
    let glued = t.len() > 3 && (t.ends_with("'ll") || t.ends_with("’ll"));
    if glued || s.any(k, MODALS) && !(s.is(k, "may") && s.capital(k)) {
        // "would have closed in March": a past seen from a modal.
        return Some(if s.is(k + 1, "have") {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    if s.is(k, "to") {
        // "is due to report", not "fell due to a strike"
        let due = k > 1 && s.is(k - 1, "due") && s.any(k - 2, PRESENT_AUX);
        return (k > 0 && s.any(k - 1, INTENT) || due).then_some(Tense::Future);
    }
    // "than expected in March", "as forecast": a comparison, not a forecast.
    if s.any(k, FORECASTING) && !(k > 0 && s.any(k - 1, &["than", "as"])) {
        return Some(Tense::Future);
    }
    // "it cut", "he put": a form shared by past and present is past after a singular
    // subject (the present would be "cuts").
    if s.any(k, SHARED_PAST) && k > 0 && s.any(k - 1, &["it", "he", "she"]) {
        return Some(Tense::Past);
    }
    if s.any(k, PAST_AUX) {
        return Some(Tense::Past);
    }
    if s.any(k, PRESENT_AUX) {
        return Some(present_group(s, k));
    }
    if s.any(k, &["has", "have"]) {
        // "has cut" (past) or "has until May" (present); the participle decides.
        return Some(if participle(s, k + 1) {
            Tense::Past
        } else {
            Tense::Present
        });
    }
    if s.any(k, FIXING) && subject_before(s, k) {
        return Some(Tense::Present);
    }
    if participle(s, k) {
        return Some(participle_group(s, k));
    }
    None
}

/// The tense of a group opened by a present "be": "is expected to", "are set to", "is due
/// to", "is to" look ahead; "is closing", "are closed" are present.
fn present_group(s: &Scan, k: usize) -> Tense {
    let ceiling = (k + 1 + AUX_REACH).min(s.len());
    for j in k + 1..ceiling {
        if s.is(j, "to") {
            return Tense::Future;
        }
        if s.any(j, SCHEDULED) || s.any(j, &["going", "about", "likely"]) {
            let next = j + 1;
            if s.any(next, &["to", "for"]) || s.any(j, &["upcoming"]) {
                return Tense::Future;
            }
        }
        if !s.any(
            j,
            &[
                "not", "also", "still", "now", "expected", "set", "due", "being",
            ],
        ) {
            break;
        }
    }
    Tense::Present
}

/// "it expires", "the offer expires", "which runs": a present verb after its subject (a
/// pronoun, a relative, or a noun after an article or possessive).
fn subject_before(s: &Scan, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    if s.any(
        p,
        &[
            "it", "he", "she", "they", "which", "that", "who", "offer", "deal",
        ],
    ) {
        return true;
    }
    let noun = s.kind(p) == Some(Kind::Word) && !s.tok(p).ends_with("ly");
    noun && p > 0
        && s.any(
            p - 1,
            &["the", "its", "their", "his", "her", "our", "this", "'s"],
        )
}

/// A past form or past participle: irregular, or a lowercase word in "-ed".
fn participle(s: &Scan, k: usize) -> bool {
    let t = s.tok(k);
    if s.kind(k) != Some(Kind::Word) || s.any(k, NOT_VERBS) {
        return false;
    }
    let lower = t.starts_with(|c: char| c.is_ascii_lowercase()) && t.ends_with("ed");
    let caps = t.bytes().all(|b| b.is_ascii_uppercase()) && t.ends_with("ED");
    s.any(k, IRREGULAR_PAST) || (t.len() > 4 && (lower || caps))
}

/// The tense of a participle's group: its auxiliary if it has one ("is closed" present,
/// "will be closed" future, "had been set" past), else a simple past — except the
/// participles that schedule ("the planned closure", "expected in May").
fn participle_group(s: &Scan, k: usize) -> Tense {
    let floor = k.saturating_sub(AUX_REACH);
    let mut j = k;
    while j > floor {
        j -= 1;
        if s.any(j, MODALS) {
            return Tense::Future;
        }
        if s.any(j, PAST_AUX) || s.any(j, &["has", "have"]) {
            return Tense::Past;
        }
        if s.any(j, PRESENT_AUX) {
            return if s.any(k, SCHEDULED) {
                Tense::Future
            } else {
                Tense::Present
            };
        }
        // "expected to be completed by April 30"
        if s.is(j, "to") {
            return if j > 0 && s.any(j - 1, INTENT) {
                Tense::Future
            } else {
                Tense::Past
            };
        }
        let adverb = s.tok(j).ends_with("ly");
        if !adverb
            && !s.any(
                j,
                &[
                    "be", "been", "being", "not", "also", "already", "yet", "now", "just",
                ],
            )
        {
            break;
        }
    }
    // "the planned closure", "a proposed cut": an adjective that schedules; "X proposed
    // on June 25" is a past verb.
    let adjective = k > 0 && s.any(k - 1, DETERMINERS);
    if s.any(k, SCHEDULED) && adjective {
        Tense::Future
    } else {
        Tense::Past
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::with_ctx;

    /// The tense of the first occurrence of `date` in `text`.
    fn tense(text: &str, date: &str) -> Tense {
        with_ctx(text, |ctx| {
            let s = Scan::new(ctx);
            let first = (0..ctx.tokens.len())
                .find(|&k| s.is(k, date))
                .expect("the date is in the text");
            of(&s, first, first)
        })
    }

    #[test]
    fn the_nearest_verb_group_decides() {
        let cases = [
            ("The offer expires on Friday.", Tense::Present),
            ("It improved its offer by Friday.", Tense::Past),
            (
                "if the carmaker does not improve its offer by Friday, the union said",
                Tense::Future,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(tense(text, "Friday"), want, "{text}");
        }
    }
}
