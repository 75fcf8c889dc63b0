//! From drafts to the story's events, series and checks: orders events in time, numbers
//! rounds ("another round" is the next after the last one confirmed, and joins a round that was
//! only reported so far), attaches plan totals and running totals, and derives checks that cite
//! the facts they rest on.

use super::time::sort_key;
use super::{Draft, RoundRef};
use crate::output::figure;
use crate::story::{
    Check, CheckKind, Document, Event, EventKind, Fact, FactKind, Label, Round, Series, Status,
    Timex,
};
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Turns drafts into (events, series, checks).
pub fn assemble(
    mut all: Vec<Draft>,
    facts: &[Fact],
    doc: &Document,
    reference: Option<Date>,
) -> (Vec<Event>, Vec<Series>, Vec<Check>) {
    // Events in time order, then plans and running totals (in text order: the sort is
    // stable), all in the one vector rather than copied into others. The key parses TIMEX
    // values: it is computed once per draft.
    all.sort_by_cached_key(|d| {
        if d.plan || d.total {
            (true, 0, 0)
        } else {
            (false, sort_key(&d.event, reference), d.event.sentence)
        }
    });
    let n = all.partition_point(|d| !(d.plan || d.total));
    let (drafts, statements) = all.split_at_mut(n);
    let keys: Vec<i64> = drafts
        .iter()
        .map(|d| sort_key(&d.event, reference))
        .collect();
    let mut series = Vec::new();
    let mut checks = Vec::new();
    let mut groups: HashMap<(EventKind, Option<Label>), Vec<usize>> = HashMap::new();
    for (i, d) in drafts.iter().enumerate() {
        groups
            .entry((d.event.kind, d.event.actor.clone()))
            .or_default()
            .push(i);
    }
    for (kind, actor) in series_keys(drafts, statements) {
        let members = groups
            .get(&(kind, actor.clone()))
            .cloned()
            .unwrap_or_default();
        let rounds = number_rounds(drafts, &members, &keys);
        let plan = statements
            .iter()
            .find(|s| s.plan && s.event.kind == kind && same_actor(&s.event.actor, &actor))
            .and_then(|s| s.quantity());
        let totals: Vec<usize> = statements
            .iter()
            .filter(|s| s.total && s.event.kind == kind && same_actor(&s.event.actor, &actor))
            .filter_map(|s| s.quantity())
            .collect();
        if rounds.is_empty() && plan.is_none() && totals.is_empty() {
            continue;
        }
        let rounds: Vec<Round> = rounds
            .into_iter()
            .map(|(round, events)| make_round(round, events, drafts))
            .collect();
        let s = Series {
            kind,
            actor: actor.clone(),
            rounds,
            plan,
            totals,
        };
        checks.extend(series_checks(&s, drafts, facts, &doc.text));
        series.push(s);
    }
    checks.extend(unnumbered_conflicts(drafts, &groups, facts, &doc.text));
    checks.extend(implied_largest(drafts, facts, doc));
    // Ids follow time order; rounds refer to events by id.
    all.truncate(n);
    let events: Vec<Event> = all
        .into_iter()
        .enumerate()
        .map(|(id, d)| Event { id, ..d.event })
        .collect();
    (events, series, checks)
}

fn same_actor(a: &Option<Label>, b: &Option<Label>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// (kind, actor) pairs that form series: layoff and funding events with round numbers, or
/// with a stated plan or total.
fn series_keys(drafts: &[Draft], statements: &[Draft]) -> Vec<(EventKind, Option<Label>)> {
    let mut keys: Vec<(EventKind, Option<Label>)> = Vec::new();
    let mut seen = HashSet::new();
    let candidates = drafts
        .iter()
        .filter(|d| d.round.is_some())
        .chain(statements.iter())
        .filter(|d| matches!(d.event.kind, EventKind::Layoffs | EventKind::Fundraising));
    for d in candidates {
        let key = (d.event.kind, d.event.actor.clone());
        if seen.insert(key.clone()) {
            keys.push(key);
        }
    }
    keys
}

fn confirmed(status: Option<Status>) -> bool {
    matches!(status, Some(Status::Completed | Status::Announced))
}

/// Numbers the rounds of one series; returns round → member indices (time order).
fn number_rounds(
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
    // Members are in time order: walk them once, remembering the highest round confirmed so
    // far and the highest known so far.
    let mut confirmed_max: Option<u32> = None;
    let mut known_max: Option<u32> = None;
    let mut pending: Vec<(usize, u32)> = Vec::new();
    for &i in members {
        let key = keys[i];
        // Rounds of earlier events (strictly before this one in time) count as known; the
        // pending ones all share one key, so they are flushed together when time moves on.
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
    for (&n, evs) in &mut rounds {
        evs.sort_unstable();
        for &e in evs.iter() {
            drafts[e].event.round = Some(n);
        }
    }
    rounds
}

/// A round's figure: the latest confirmed one, else the latest reported one.
fn make_round(round: u32, events: Vec<usize>, drafts: &[Draft]) -> Round {
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

/// "~16,000", "$2.5B": a quantity as the checks write it (a count's noun left out: the
/// number alone reads better in sums).
fn figure(facts: &[Fact], text: &str, id: usize) -> String {
    facts
        .get(id)
        .map_or_else(String::new, |f| figure::fact_value_without_noun(f, text))
}

fn series_checks(s: &Series, drafts: &[Draft], facts: &[Fact], text: &str) -> Vec<Check> {
    let mut checks = Vec::new();
    let name = series_name(s);
    // Conflicting figures for one round.
    for r in &s.rounds {
        let figures: Vec<&Draft> = r
            .events
            .iter()
            .map(|&e| &drafts[e])
            .filter(|d| d.quantity().is_some())
            .collect();
        let mut values = figures.iter().filter_map(|d| d.event.value);
        let first = values.next();
        let distinct = values.any(|v| Some(v) != first);
        if distinct {
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
            let shown = if parts.len() > 4 {
                format!("{}; … ({} figures)", parts[..4].join("; "), parts.len())
            } else {
                parts.join("; ")
            };
            checks.push(Check {
                kind: CheckKind::Conflict,
                ok: false,
                message: format!("{name} round {}: {shown}", r.round),
                facts: figures.iter().filter_map(|d| d.quantity()).collect(),
            });
        }
    }
    // Sums of rounds against the plan and the stated totals: first the rounds that happened
    // or were announced, then — if some are only reported — with those too.
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
        .filter(|r| !matches!(status_of(r), Some(Status::Reported | Status::InTalks)))
        .collect();
    let targets: Vec<(usize, &str)> = s
        .plan
        .map(|p| (p, "plan"))
        .into_iter()
        .chain(s.totals.iter().map(|&t| (t, "stated total")))
        .collect();
    for (target, what) in targets {
        if !firm.is_empty() {
            checks.extend(sum_check(&name, &firm, target, what, facts, text));
        }
        if firm.len() < valued.len() {
            let unsure: Vec<String> = valued
                .iter()
                .filter(|r| !firm.iter().any(|f| f.round == r.round))
                .map(|r| format!("#{}", r.round))
                .collect();
            let label = format!("{name} with reported round {}", unsure.join(", "));
            checks.extend(sum_check(&label, &valued, target, what, facts, text));
        }
    }
    checks
}

/// "name: a + b + c = total, matching the N plan" — or how far off it is.
fn sum_check(
    name: &str,
    rounds: &[&Round],
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
    let (ok, verdict) = if sum == goal {
        (true, format!("matching the {goal_text} {what}"))
    } else if approx && (sum - goal).abs() <= goal.abs() * 0.05 {
        (true, format!("roughly matching the {goal_text} {what}"))
    } else if sum < goal {
        (
            false,
            format!(
                "{} short of the {goal_text} {what}",
                figure::number(goal - sum)
            ),
        )
    } else {
        (
            false,
            format!(
                "{} more than the {goal_text} {what}",
                figure::number(sum - goal)
            ),
        )
    };
    let mut cited: Vec<usize> = rounds.iter().filter_map(|r| r.fact).collect();
    cited.push(target);
    Some(Check {
        kind: CheckKind::Sum,
        ok,
        message: format!(
            "{name}: {} = {}, {verdict}",
            terms.join(" + "),
            figure::number(sum)
        ),
        facts: cited,
    })
}

fn series_name(s: &Series) -> String {
    figure::series_name(s.kind, s.actor.as_deref())
}

/// Different figures for what looks like one event: same kind and actor, no round, the same
/// time (or none), and at least one of them only reported. One check per such group.
fn unnumbered_conflicts(
    drafts: &[Draft],
    groups: &HashMap<(EventKind, Option<Label>), Vec<usize>>,
    facts: &[Fact],
    text: &str,
) -> Vec<Check> {
    let mut checks = Vec::new();
    let mut keys: Vec<&(EventKind, Option<Label>)> = groups.keys().collect();
    keys.sort_by_key(|k| groups[*k].first().copied());
    for key in keys {
        let Some(actor) = &key.1 else { continue };
        // Figures reported within a month of each other (or undated) are taken to be about
        // the same event.
        let candidates: Vec<usize> = groups[key]
            .iter()
            .copied()
            .filter(|&i| {
                let e = &drafts[i].event;
                e.round.is_none() && e.value.is_some() && drafts[i].quantity().is_some()
            })
            .collect();
        let day = |i: usize| drafts[i].event.resolved.and_then(Timex::start);
        let mut clusters: Vec<Vec<usize>> = Vec::new();
        // Dated figures first; an undated one then joins the latest cluster, since news
        // states undated figures about what is current.
        let (dated, undated): (Vec<usize>, Vec<usize>) =
            candidates.iter().partition(|&&i| day(i).is_some());
        for &i in &dated {
            let near = |j: usize| match (day(i), day(j)) {
                (Some(a), Some(b)) => a
                    .since(b)
                    .map(|span| span.get_days().abs() <= 31)
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
        }
        let by_time = clusters;
        for members in &by_time {
            let reported = members
                .iter()
                .any(|&i| drafts[i].event.status == Some(Status::Reported));
            let first = members.first().and_then(|&i| drafts[i].event.value);
            let differ = members.iter().any(|&i| drafts[i].event.value != first);
            if !(reported && differ) {
                continue;
            }
            let parts: Vec<String> = members
                .iter()
                .take(4)
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
                message: format!("{actor} {}: {}", key.0.label(), parts.join("; ")),
                facts: members
                    .iter()
                    .filter_map(|&i| drafts[i].quantity())
                    .collect(),
            });
        }
    }
    checks
}

/// "X would be the largest contributor to Y's round" with other contributors' amounts known:
/// X's amount is implied to exceed the largest of them.
fn implied_largest(drafts: &[Draft], facts: &[Fact], doc: &Document) -> Vec<Check> {
    let mut checks = Vec::new();
    // Facts are in text order, so each sentence's facts are one run.
    let of_sentence = |index: usize| {
        let from = facts.partition_point(|f| f.sentence_index() < index);
        let to = facts.partition_point(|f| f.sentence_index() <= index);
        &facts[from..to]
    };
    // Investments by each organisation named in their sentence (the possible target), largest
    // first, so each "largest contributor" sentence finds its rival at once.
    let mut by_target: HashMap<&str, Vec<&Draft>> = HashMap::new();
    for d in drafts {
        if d.event.kind == EventKind::Investment && d.quantity().is_some() {
            for f in of_sentence(d.event.sentence) {
                if let Some(name) = f.name()
                    && f.kind == FactKind::Org
                {
                    by_target.entry(name).or_default().push(d);
                }
            }
        }
    }
    if by_target.is_empty() {
        return checks;
    }
    for list in by_target.values_mut() {
        list.sort_by(|a, b| {
            b.event
                .value
                .partial_cmp(&a.event.value)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let mut seen = HashSet::new();
    for (index, _) in doc.sentences.iter().enumerate() {
        let sentence = doc.sentence_text(index);
        if !(sentence.contains("largest") || sentence.contains("biggest")) {
            continue;
        }
        let lower = sentence.to_ascii_lowercase();
        let Some(at) = ["largest", "biggest"]
            .iter()
            .filter_map(|w| lower.find(&format!("{w} ")).map(|p| (p, w.len())))
            .find(|&(p, n)| {
                let rest = &lower[p + n + 1..];
                ["contributor", "investor", "backer", "funder", "shareholder"]
                    .iter()
                    .any(|noun| rest.starts_with(noun))
            })
            .map(|(p, _)| p)
        else {
            continue;
        };
        let start = doc.sentences[index].span.start;
        let orgs: Vec<&Fact> = of_sentence(index)
            .iter()
            .filter(|f| f.kind == FactKind::Org)
            .collect();
        let Some(who) = orgs.iter().rev().find(|f| f.span().end <= start + at) else {
            continue;
        };
        let Some(target) = orgs.iter().find(|f| f.span().start > start + at) else {
            continue;
        };
        let who_name = who.name().unwrap_or_else(|| who.text(&doc.text));
        let target_name = target.name().unwrap_or_else(|| target.text(&doc.text));
        let rival = by_target.get(target_name).and_then(|list| {
            list.iter().copied().find(|d| {
                d.event
                    .actor
                    .as_deref()
                    .is_some_and(|a| a != who_name && a != target_name)
            })
        });
        if let Some(r) = rival
            && let Some(q) = r.quantity()
        {
            let message = format!(
                "{who_name} would be the largest contributor: more than {}'s {}",
                r.event.actor.as_deref().unwrap_or_default(),
                facts.get(q).map_or("", |f| f.text(&doc.text))
            );
            if seen.insert(message.clone()) {
                checks.push(Check {
                    kind: CheckKind::Implied,
                    ok: true,
                    message,
                    facts: vec![who.index(), q],
                });
            }
        }
    }
    checks
}
