//! Checks derived from series and events, each citing the facts and rounds it rests on:
//! different figures for one round (conflict), rounds against a stated plan or running total
//! (sum; "n of m rounds known" when the text numbers rounds it does not describe), and what a
//! superlative implies ("X would be the largest investor": more than every other's figure).

use super::drafts::Draft;
use crate::output::figure as shown;
use crate::story::{
    Check, CheckKind, EventKind, Fact, FactKind, Label, Round, Series, Status, Timex,
};
use std::collections::HashMap;

/// Sums within this fraction of a hedged target ("nearly 3,000") roughly match it.
const ROUGHLY: f64 = 0.05;
/// Figures reported within this many days of each other are about the same event.
const SAME_EVENT_DAYS: i64 = 31;
/// How many figures a conflict lists before "… (N figures)".
const SHOWN: usize = 4;

/// "~16,000", "$2.5B": a quantity as the checks write it (a count's noun left out: the
/// number alone reads better in sums).
fn figure(facts: &[Fact], text: &str, id: usize) -> String {
    facts
        .get(id)
        .map_or_else(String::new, |f| shown::fact_value_without_noun(f, text))
}

fn series_name(s: &Series) -> String {
    shown::series_name(s.kind, s.actor.as_deref())
}

/// Every check of the story.
pub fn all(series: &[Series], drafts: &[Draft], facts: &[Fact], text: &str) -> Vec<Check> {
    let mut checks = Vec::new();
    checks.extend(told_differently(drafts, facts, text, series));
    for (i, s) in series.iter().enumerate() {
        checks.extend(
            series_checks(s, drafts, facts, text)
                .into_iter()
                .map(|c| Check {
                    series: Some(i),
                    ..c
                }),
        );
    }
    checks.extend(unnumbered_conflicts(drafts, facts, text));
    checks.extend(superlatives(drafts, facts, text));
    checks
}

fn series_checks(s: &Series, drafts: &[Draft], facts: &[Fact], text: &str) -> Vec<Check> {
    let mut checks = Vec::new();
    let name = series_name(s);
    for r in &s.rounds {
        let figures: Vec<&Draft> = r
            .events
            .iter()
            .map(|&e| &drafts[e])
            .filter(|d| d.quantity().is_some())
            .collect();
        let first = figures.first().and_then(|d| d.event.value);
        if !figures.iter().any(|d| d.event.value != first) {
            continue;
        }
        let parts: Vec<String> = figures
            .iter()
            .filter_map(|d| {
                let id = d.quantity()?;
                let status = d.event.status.map_or("stated", Status::label);
                Some(match &d.event.when {
                    Some(w) => format!("{} {status} {w}", figure(facts, text, id)),
                    None => format!("{} {status}", figure(facts, text, id)),
                })
            })
            .collect();
        let shown = if parts.len() > SHOWN {
            format!("{}; … ({} figures)", parts[..SHOWN].join("; "), parts.len())
        } else {
            parts.join("; ")
        };
        checks.push(Check {
            kind: CheckKind::Conflict,
            ok: false,
            message: format!("{name} round {}: {shown}", r.round),
            facts: figures.iter().filter_map(|d| d.quantity()).collect(),
            series: None,
            rounds: vec![r.round],
            missing: Vec::new(),
            events: r.events.clone(),
        });
    }
    let status_of = |r: &Round| {
        r.events
            .iter()
            .map(|&e| &drafts[e])
            .find(|d| d.quantity().is_some() && d.quantity() == r.fact)
            .and_then(|d| d.event.status)
    };
    let valued: Vec<&Round> = s.rounds.iter().filter(|r| r.fact.is_some()).collect();
    let firm: Vec<&Round> = valued
        .iter()
        .copied()
        .filter(|r| {
            !matches!(
                status_of(r),
                Some(Status::Reported | Status::InTalks | Status::Possible)
            )
        })
        .collect();
    let targets: Vec<(usize, &str)> = s
        .plan
        .map(|p| (p, "plan"))
        .into_iter()
        .chain(s.totals.iter().map(|&t| (t, "stated total")))
        .collect();
    // Rounds the text numbers ("third round") are all the rounds there are, up to the
    // highest: a total they fall short of is then a discrepancy, not rounds left untold.
    let numbered = s.rounds.iter().any(|r| {
        r.events
            .iter()
            .any(|&e| matches!(drafts[e].round, Some(super::cues::RoundRef::Number(_))))
    });
    let sum = |label: &str, rounds: &[&Round], target: usize, what: &str| {
        sum_check(label, rounds, s, numbered, target, what, facts, text)
    };
    for (target, what) in targets {
        if !firm.is_empty() {
            checks.extend(sum(&name, &firm, target, what));
        }
        if firm.len() < valued.len() {
            let unsure: Vec<String> = valued
                .iter()
                .filter(|r| !firm.iter().any(|f| f.round == r.round))
                .map(|r| format!("#{}", r.round))
                .collect();
            let label = format!("{name} with reported round {}", unsure.join(", "));
            checks.extend(sum(&label, &valued, target, what));
        }
    }
    checks
}

/// "name: a + b + c = total, matching the N plan" — or how far off it is. Rounds the text
/// numbers without a figure make it "n of m rounds known", which is no warning.
#[allow(clippy::too_many_arguments)]
fn sum_check(
    name: &str,
    rounds: &[&Round],
    series: &Series,
    numbered: bool,
    target: usize,
    what: &str,
    facts: &[Fact],
    text: &str,
) -> Option<Check> {
    let goal = facts.get(target).and_then(|f| f.value())?;
    let sum: f64 = rounds.iter().filter_map(|r| r.value).sum();
    let terms: Vec<String> = rounds
        .iter()
        .filter_map(|r| r.fact.map(|f| figure(facts, text, f)))
        .collect();
    let approx = rounds.iter().any(|r| r.qualifier.is_some())
        || facts.get(target).is_some_and(|f| f.qualifier.is_some());
    let goal_text = figure(facts, text, target);
    let used: Vec<u32> = rounds.iter().map(|r| r.round).collect();
    // Numbered rounds the text names without a figure, up to the highest number it gives.
    let highest = series.rounds.iter().map(|r| r.round).max().unwrap_or(0);
    let missing: Vec<u32> = (1..=highest)
        .filter(|n| !used.contains(n))
        .filter(|n| {
            series
                .rounds
                .iter()
                .all(|r| r.round != *n || r.fact.is_none())
        })
        .collect();
    let sum_text = format!("{} = {}", terms.join(" + "), shown::number(sum));
    let (kind, ok, message) = if sum == goal {
        (
            CheckKind::Sum,
            true,
            format!("{name}: {sum_text}, matching the {goal_text} {what}"),
        )
    } else if approx && (sum - goal).abs() <= goal.abs() * ROUGHLY {
        (
            CheckKind::Sum,
            true,
            format!("{name}: {sum_text}, roughly matching the {goal_text} {what}"),
        )
    } else if sum > goal {
        let over = shown::number(sum - goal);
        (
            CheckKind::Sum,
            false,
            format!("{name}: {sum_text}, {over} more than the {goal_text} {what}"),
        )
    } else if !missing.is_empty() {
        let gaps: Vec<String> = missing.iter().map(|n| format!("#{n}")).collect();
        (
            CheckKind::Incomplete,
            true,
            format!(
                "{name}: {} of {highest} rounds known ({} missing): {sum_text} of the {goal_text} {what}",
                used.len(),
                gaps.join(", ")
            ),
        )
    } else if what == "plan" {
        let left = shown::number(goal - sum);
        (
            CheckKind::Sum,
            true,
            format!("{name}: {sum_text}, {left} still to come under the {goal_text} {what}"),
        )
    } else if numbered {
        let short = shown::number(goal - sum);
        (
            CheckKind::Sum,
            false,
            format!("{name}: {sum_text}, {short} short of the {goal_text} {what}"),
        )
    } else {
        let left = shown::number(goal - sum);
        (
            CheckKind::Incomplete,
            true,
            format!("{name}: {sum_text} of the {goal_text} {what}: {left} in rounds not described"),
        )
    };
    let mut cited: Vec<usize> = rounds.iter().filter_map(|r| r.fact).collect();
    cited.push(target);
    Some(Check {
        kind,
        ok,
        message,
        facts: cited,
        series: None,
        rounds: used,
        missing,
        events: Vec::new(),
    })
}

/// An event whose tellings give different figures ("said it had cut 200 jobs"; "reported last
/// week that it would cut about 250"): each figure with its status and sentence.
fn told_differently(drafts: &[Draft], facts: &[Fact], text: &str, series: &[Series]) -> Vec<Check> {
    let mut checks = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        let e = &d.event;
        if !e.disagrees() {
            continue;
        }
        let mentions = e.mentions();
        let figure_of = |m: &crate::story::Mention| {
            m.facts
                .iter()
                .copied()
                .find(|&f| facts.get(f).is_some_and(|x| x.kind.is_quantity()))
        };
        // Each figure once, with the sentences that give it and the status of the first.
        // (figure fact, value, status, sentence numbers)
        type Group = (usize, Option<f64>, Option<Status>, Vec<String>);
        let mut groups: Vec<Group> = Vec::new();
        for m in &mentions {
            let Some(f) = figure_of(m) else { continue };
            match groups.iter_mut().find(|g| g.1 == m.value) {
                Some(g) => {
                    g.3.push((m.sentence + 1).to_string());
                    // The event's own telling says the status of its figure.
                    if m.sentence == e.sentence {
                        g.2 = m.status;
                    }
                }
                None => groups.push((f, m.value, m.status, vec![(m.sentence + 1).to_string()])),
            }
        }
        let parts: Vec<String> = groups
            .iter()
            .take(SHOWN)
            .map(|(f, _, status, sentences)| {
                let status = status.map_or("stated", Status::label);
                let s = if sentences.len() == 1 { "" } else { "s" };
                format!(
                    "{} {status} (sentence{s} {})",
                    figure(facts, text, *f),
                    sentences.join(", ")
                )
            })
            .collect();
        let cited: Vec<usize> = mentions.iter().filter_map(figure_of).collect();
        let name = shown::series_name(e.kind, e.actor.as_deref());
        let at = series
            .iter()
            .position(|s| s.kind == e.kind && s.rounds.iter().any(|r| r.events.contains(&i)));
        checks.push(Check {
            kind: CheckKind::Conflict,
            ok: false,
            message: format!("{name}: {}", parts.join("; ")),
            facts: cited,
            series: at,
            rounds: e.round.into_iter().filter(|_| at.is_some()).collect(),
            missing: Vec::new(),
            events: vec![i],
        });
    }
    checks
}

/// Different figures for what looks like one event: same kind and actor, no round, within a
/// month of each other (or undated), and at least one of them only reported.
fn unnumbered_conflicts(drafts: &[Draft], facts: &[Fact], text: &str) -> Vec<Check> {
    let mut groups: HashMap<(EventKind, Label), Vec<usize>> = HashMap::new();
    let mut order: Vec<(EventKind, Label)> = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        let e = &d.event;
        let Some(actor) = &e.actor else { continue };
        if e.round.is_some() || e.value.is_none() || d.quantity().is_none() {
            continue;
        }
        let key = (e.kind, actor.clone());
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(i);
    }
    let day = |i: usize| drafts[i].event.resolved.and_then(Timex::start);
    let mut checks = Vec::new();
    for key in order {
        let members = &groups[&key];
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        // Dated figures first; an undated one then joins the latest cluster, since news
        // states undated figures about what is current.
        let (dated, undated): (Vec<usize>, Vec<usize>) =
            members.iter().partition(|&&i| day(i).is_some());
        for &i in &dated {
            let near = |j: usize| match (day(i), day(j)) {
                (Some(a), Some(b)) => a
                    .since(b)
                    .map(|span| i64::from(span.get_days()).abs() <= SAME_EVENT_DAYS)
                    .unwrap_or(false),
                _ => true,
            };
            match clusters.iter_mut().find(|c| c.iter().all(|&j| near(j))) {
                Some(c) => c.push(i),
                None => clusters.push(vec![i]),
            }
        }
        if !undated.is_empty() {
            match clusters.last_mut() {
                Some(latest) => latest.extend(undated),
                None => clusters.push(undated),
            }
        }
        for c in &mut clusters {
            c.sort_unstable();
            let reported = c
                .iter()
                .any(|&i| drafts[i].event.status == Some(Status::Reported));
            let first = c.first().and_then(|&i| drafts[i].event.value);
            let differ = c.iter().any(|&i| drafts[i].event.value != first);
            if !(reported && differ) {
                continue;
            }
            let parts: Vec<String> = c
                .iter()
                .take(SHOWN)
                .filter_map(|&i| {
                    let d = &drafts[i];
                    let status = d.event.status.map_or("stated", Status::label);
                    d.quantity()
                        .map(|q| format!("{} {status}", figure(facts, text, q)))
                })
                .collect();
            checks.push(Check {
                kind: CheckKind::Conflict,
                ok: false,
                message: format!("{} {}: {}", key.1, key.0.label(), parts.join("; ")),
                facts: c.iter().filter_map(|&i| drafts[i].quantity()).collect(),
                series: None,
                rounds: Vec::new(),
                missing: Vec::new(),
                events: c.clone(),
            });
        }
    }
    checks
}

/// "X would be the largest contributor" with other contributors' figures known for the same
/// target: X's figure is implied to be above the largest of them (below the smallest, for
/// "smallest").
fn superlatives(drafts: &[Draft], facts: &[Fact], text: &str) -> Vec<Check> {
    let mut checks = Vec::new();
    for d in drafts {
        let Some(sup) = &d.superlative else { continue };
        let (word, noun) = (&sup.0, &sup.1);
        let (Some(who), Some(target)) = (&d.event.actor, &d.event.target) else {
            continue;
        };
        let smallest = word == "smallest";
        if !(smallest || matches!(word.as_str(), "largest" | "biggest")) {
            continue;
        }
        let rivals = drafts.iter().filter(|r| {
            r.event.kind == d.event.kind
                && r.event.target.as_ref() == Some(target)
                && r.event
                    .actor
                    .as_ref()
                    .is_some_and(|a| a != who && a != target)
                && r.event.value.is_some()
        });
        let rival = if smallest {
            rivals.min_by(|a, b| {
                a.event
                    .value
                    .partial_cmp(&b.event.value)
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
        } else {
            rivals.max_by(|a, b| {
                a.event
                    .value
                    .partial_cmp(&b.event.value)
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
        };
        let (Some(r), Some(who_fact)) = (rival, actor_fact(d, facts)) else {
            continue;
        };
        let Some(q) = r.quantity() else { continue };
        let verb = match d.event.status {
            Some(Status::InTalks | Status::Planned | Status::Possible) => "would be",
            _ => "is",
        };
        let than = if smallest { "less" } else { "more" };
        checks.push(Check {
            kind: CheckKind::Implied,
            ok: true,
            message: format!(
                "{who} {verb} the {word} {noun}: {than} than {}'s {}",
                r.event.actor.as_deref().unwrap_or_default(),
                facts.get(q).map_or("", |f| f.text(text))
            ),
            facts: vec![who_fact, q],
            series: None,
            rounds: Vec::new(),
            missing: Vec::new(),
            events: Vec::new(),
        });
    }
    checks
}

/// The fact naming an event's actor, among its facts.
fn actor_fact(d: &Draft, facts: &[Fact]) -> Option<usize> {
    d.event
        .facts
        .iter()
        .copied()
        .find(|&f| facts.get(f).is_some_and(|x| x.kind == FactKind::Org))
}
