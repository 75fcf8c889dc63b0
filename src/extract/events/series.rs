//! Series and rounds: per canonical actor, one series of its layoff (or funding) rounds. A
//! round is numbered as the text numbers it ("third round"); "another round" is the next after
//! the last confirmed one; reports of a numbered round near it in time join it; the rest are
//! numbered by date order around the numbered ones. Plans and running totals of the same
//! actor are kept beside the rounds, for the checks.

use super::cues::RoundRef;
use super::drafts::Draft;
use super::time::sort_key;
use crate::story::{EventKind, Label, Round, Series, Status, Timex};
use jiff::civil::Date;
use std::collections::BTreeMap;

/// Reports within this many days of a numbered round are taken to be about it.
const SAME_ROUND_DAYS: i64 = 31;
/// An undated report within this many sentences of a numbered round's telling is about it.
const SAME_ROUND_SENTENCES: usize = 3;
/// Words an organisation's name may end in without naming another organisation.
const SUFFIXES: &[&str] = &[
    "group",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "ag",
    "sa",
    "holdings",
    "company",
    "limited",
    "nv",
    "se",
];

/// The actor names of one story made canonical: "Norvik", "NORVIK" and "Norvik Group" are one
/// actor (the longer name stands for both).
pub fn canonical_actors(drafts: &mut [Draft]) {
    let mut names: Vec<Label> = drafts
        .iter()
        .filter_map(|d| d.event.actor.clone())
        .collect();
    names.sort();
    names.dedup();
    if names.len() < 2 {
        return;
    }
    let core = |n: &str| -> String {
        let mut words: Vec<&str> = n.split_whitespace().collect();
        while words.len() > 1
            && words
                .last()
                .is_some_and(|w| SUFFIXES.contains(&w.to_ascii_lowercase().as_str()))
        {
            words.pop();
        }
        words.join(" ").trim_end_matches(',').to_lowercase()
    };
    let mut canon: Vec<(Label, Label)> = Vec::new();
    // Case aside: a headline's capitals ("KRUPP") name the body's company ("Krupp Stahl AG").
    for n in &names {
        let c = core(n);
        let prefix = format!("{} ", n.to_lowercase());
        let longer = names
            .iter()
            .filter(|m| *m != n && (core(m) == c || m.to_lowercase().starts_with(&prefix)))
            .max_by_key(|m| (m.len(), !capitals(m)));
        if let Some(m) = longer
            && (m.len(), !capitals(m)) > (n.len(), !capitals(n))
        {
            canon.push((n.clone(), m.clone()));
        }
    }
    for d in drafts {
        if let Some(a) = &d.event.actor
            && let Some((_, to)) = canon.iter().find(|(from, _)| from == a)
        {
            d.event.actor = Some(to.clone());
        }
    }
}

/// A name written in capitals only, as a headline writes it.
fn capitals(name: &str) -> bool {
    !name.chars().any(char::is_lowercase)
}

fn confirmed(status: Option<Status>) -> bool {
    matches!(status, Some(Status::Completed | Status::Announced))
}

/// Numbers the rounds of one series; returns round → member indices (time order). `members`
/// are indices into `drafts`, in time order; `keys` their sort keys.
pub fn number_rounds(
    drafts: &mut [Draft],
    members: &[usize],
    keys: &[i64],
) -> BTreeMap<u32, Vec<usize>> {
    let mut rounds: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for &i in members {
        if let Some(RoundRef::Number(n)) = drafts[i].round {
            rounds.entry(n).or_default().push(i);
        }
    }
    // "another round": the next after the highest confirmed before it in time.
    let mut confirmed_max: Option<u32> = None;
    let mut known_max: Option<u32> = None;
    let mut pending: Vec<(usize, u32)> = Vec::new();
    for &i in members {
        let key = keys[i];
        if pending.first().is_some_and(|&(e, _)| keys[e] < key) {
            for (e, n) in pending.drain(..) {
                known_max = known_max.max(Some(n));
                if confirmed(drafts[e].event.status) {
                    confirmed_max = confirmed_max.max(Some(n));
                }
            }
        }
        let round = match drafts[i].round {
            Some(RoundRef::Number(n)) => Some(n),
            Some(RoundRef::Next) => confirmed_max.or(known_max).map(|b| b + 1),
            None => None,
        };
        if let Some(n) = round {
            if drafts[i].round == Some(RoundRef::Next) {
                rounds.entry(n).or_default().push(i);
            }
            pending.push((i, n));
        }
    }
    let placed: std::collections::HashSet<usize> = rounds.values().flatten().copied().collect();
    let loose: Vec<usize> = members
        .iter()
        .copied()
        .filter(|i| !placed.contains(i))
        .collect();
    if rounds.is_empty() {
        // No round numbered: by date order.
        for (n, &i) in loose.iter().enumerate() {
            rounds.insert(n as u32 + 1, vec![i]);
        }
    } else {
        for &i in &loose {
            if let Some(n) = report_of(drafts, &rounds, i) {
                rounds.entry(n).or_default().push(i);
                continue;
            }
            // The smallest free number after every round before it in time and below every
            // round after it.
            let before = rounds
                .iter()
                .filter(|(_, evs)| evs.iter().all(|&e| keys[e] <= keys[i]))
                .map(|(&n, _)| n)
                .max()
                .unwrap_or(0);
            let after = rounds
                .iter()
                .filter(|(_, evs)| evs.iter().all(|&e| keys[e] > keys[i]))
                .map(|(&n, _)| n)
                .min()
                .unwrap_or(u32::MAX);
            let free = (before + 1..after).find(|n| !rounds.contains_key(n));
            if let Some(n) = free {
                rounds.insert(n, vec![i]);
            }
        }
    }
    for (&n, evs) in &mut rounds {
        evs.sort_unstable();
        for &e in evs.iter() {
            drafts[e].event.round = Some(n);
        }
    }
    rounds
}

/// The numbered round an unnumbered figure reports, if it is a report near that round in time
/// ("Business Insider reported on Monday that it would cut as many as 1,500 jobs"), or, undated,
/// near its telling in the text: the nearest such round, a current one before a past one.
fn report_of(drafts: &[Draft], rounds: &BTreeMap<u32, Vec<usize>>, i: usize) -> Option<u32> {
    let day = |e: usize| drafts[e].event.resolved.and_then(Timex::start);
    let reported = drafts[i].event.status == Some(Status::Reported);
    let told = |e: usize| {
        let d = &drafts[e].event;
        std::iter::once(d.sentence).chain(d.also.iter().map(|m| m.sentence))
    };
    let sentence = drafts[i].event.sentence;
    // (distance, a past round, the later round first) and the round.
    type Key = (i64, bool, std::cmp::Reverse<u32>);
    let mut best: Option<(Key, u32)> = None;
    for (&n, evs) in rounds {
        let any_reported = reported
            || evs
                .iter()
                .any(|&e| drafts[e].event.status == Some(Status::Reported));
        if !any_reported {
            continue;
        }
        let past = evs
            .iter()
            .all(|&e| drafts[e].event.status == Some(Status::Completed));
        for &e in evs {
            let distance = match (day(e), day(i)) {
                (Some(a), Some(b)) => a
                    .since(b)
                    .ok()
                    .map(|s| i64::from(s.get_days()).abs())
                    .filter(|&d| d <= SAME_ROUND_DAYS),
                (Some(_), None) if reported => told(e)
                    .map(|s| s.abs_diff(sentence))
                    .min()
                    .filter(|&d| d <= SAME_ROUND_SENTENCES)
                    .map(|d| d as i64),
                _ => None,
            };
            if let Some(d) = distance {
                let key = (d, past, std::cmp::Reverse(n));
                if best.is_none_or(|b| key < b.0) {
                    best = Some((key, n));
                }
            }
        }
    }
    best.map(|b| b.1)
}

/// A round's figure: the latest confirmed one, else the latest reported one.
pub fn make_round(round: u32, events: Vec<usize>, drafts: &[Draft]) -> Round {
    let with_value = || events.iter().filter(|&&e| drafts[e].quantity().is_some());
    let pick = with_value()
        .rfind(|&&e| confirmed(drafts[e].event.status))
        .or_else(|| with_value().next_back());
    let (value, qualifier, fact) = pick.map_or((None, None, None), |&e| {
        let ev = &drafts[e].event;
        (ev.value, ev.qualifier, drafts[e].quantity())
    });
    Round {
        round,
        events,
        value,
        qualifier,
        fact,
    }
}

/// Whether a statement's actor goes with a series' actor.
pub fn same_actor(a: &Option<Label>, b: &Option<Label>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The series of the story: (kind, actor) of layoff and funding events, in first-seen order.
pub fn series_keys(drafts: &[Draft], statements: &[Draft]) -> Vec<(EventKind, Option<Label>)> {
    let mut keys: Vec<(EventKind, Option<Label>)> = Vec::new();
    for d in drafts.iter().chain(statements) {
        if !matches!(d.event.kind, EventKind::Layoffs | EventKind::Fundraising) {
            continue;
        }
        let key = (d.event.kind, d.event.actor.clone());
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Builds series from events (in time order) and statements; sets each event's round.
pub fn build(drafts: &mut [Draft], statements: &[Draft], reference: Option<Date>) -> Vec<Series> {
    let keys: Vec<i64> = drafts
        .iter()
        .map(|d| sort_key(&d.event, reference))
        .collect();
    let mut out = Vec::new();
    for (kind, actor) in series_keys(drafts, statements) {
        // What only may happen ("could cost 2,000 jobs") is no round: it stays an event.
        let members: Vec<usize> = (0..drafts.len())
            .filter(|&i| {
                let e = &drafts[i].event;
                e.kind == kind && e.actor == actor && e.status != Some(Status::Possible)
            })
            .collect();
        let numbered = members.iter().any(|&i| drafts[i].round.is_some());
        let plan = statements
            .iter()
            .find(|s| {
                s.role == super::lexicon::Role::Plan
                    && s.event.kind == kind
                    && same_actor(&s.event.actor, &actor)
            })
            .and_then(|s| s.quantity());
        let totals: Vec<usize> = statements
            .iter()
            .filter(|s| {
                s.role == super::lexicon::Role::Total
                    && s.event.kind == kind
                    && same_actor(&s.event.actor, &actor)
            })
            .filter_map(|s| s.quantity())
            .collect();
        // One unnumbered event with nothing to check it against is no series.
        if !numbered && members.len() < 2 && plan.is_none() && totals.is_empty() {
            continue;
        }
        let rounds = number_rounds(drafts, &members, &keys);
        if rounds.is_empty() && plan.is_none() && totals.is_empty() {
            continue;
        }
        let rounds = rounds
            .into_iter()
            .map(|(round, events)| make_round(round, events, drafts))
            .collect();
        out.push(Series {
            kind,
            actor,
            rounds,
            plan,
            totals,
        });
    }
    out
}
