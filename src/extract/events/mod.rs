//! Events: what the story reports happening, built from the facts of one sentence or clause.
//!
//! ```text
//! sentence tokens ─▶ triggers (layoffs, invest, raise, value, build, …)
//!                 ─▶ each trigger claims the nearest compatible figure (greedy by distance)
//!                 ─▶ actor (nearest organisation before it, or the last subject for
//!                    "the company"), time (nearest date), status (cue words), round
//!                 ─▶ rounds.rs: series, plan totals, checks
//! ```

mod cues;
mod rounds;
pub mod time;

use super::token::{self, Token};
use crate::story::{
    Document, Event, EventFacts, EventKind, Fact, FactKind, Label, Labels, Status, Story, Timex,
};
use cues::Trigger;

/// How far (in tokens) a trigger looks for its figure.
const REACH: usize = 14;

/// A round reference found near an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundRef {
    Number(u32),
    /// "another round": the next after the last one known.
    Next,
}

/// An event before series are known.
#[derive(Debug, Clone)]
pub struct Draft {
    pub event: Event,
    pub round: Option<RoundRef>,
    /// The figure states a plan ("a plan to eliminate 30,000 jobs"), not an event.
    pub plan: bool,
    /// The figure states a running total ("bringing total cuts to 3,000").
    pub total: bool,
    /// The quantity fact id (`u32` like fact offsets: drafts are many on a large file).
    figure: Option<u32>,
}

/// Drafts live all at once on a large file (156,000 for 50 MB): keep them small.
const _: () = assert!(std::mem::size_of::<Draft>() <= 144);

impl Draft {
    /// The quantity fact id.
    pub fn quantity(&self) -> Option<usize> {
        self.figure.map(|f| f as usize)
    }
}

/// Builds events, series and checks from the story's facts.
pub fn build(story: &mut Story) {
    let mut drafts = Vec::new();
    let mut last_subject: Option<Label> = None;
    // "when" and event labels are copied from the text: one copy of each.
    let mut labels = Labels::default();
    let doc = &story.document;
    let mut first_fact = 0;
    // One token buffer and one lowercase buffer for every sentence.
    let mut tokens = Vec::new();
    let mut lower = String::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let end_fact = first_fact
            + story.facts[first_fact..]
                .iter()
                .take_while(|f| f.sentence_index() == index)
                .count();
        let facts = &story.facts[first_fact..end_fact];
        first_fact = end_fact;
        // No facts, no events and no organisation to remember: skip the sentence.
        if facts.is_empty() {
            continue;
        }
        let text = doc.slice(sentence.span);
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        token::tokenize_into(text, sentence.span.start, &mut tokens);
        let s = Sentence {
            index,
            text: &doc.text,
            tokens: &tokens,
            base: sentence.span.start,
            lower: &lower,
            facts,
        };
        s.drafts(&mut last_subject, &mut labels, &mut drafts);
    }
    let reference = story.reference_date;
    let (events, series, checks) = rounds::assemble(drafts, &story.facts, doc, reference);
    story.events = events;
    story.series = series;
    story.checks = checks;
}

/// One sentence with its tokens (lowercased view alongside) and facts.
struct Sentence<'a> {
    index: usize,
    /// The document's text: facts' spans index into it.
    text: &'a str,
    tokens: &'a [Token],
    base: usize,
    /// The sentence, ASCII-lowercased (same byte offsets).
    lower: &'a str,
    facts: &'a [Fact],
}

impl<'a> Sentence<'a> {
    /// The text of one of the sentence's facts, from the document.
    fn fact_text(&self, fact: &Fact) -> &'a str {
        fact.text(self.text)
    }

    /// A reporting period rather than a moment: a quarter or fiscal year.
    fn is_period(&self, date: &Fact) -> bool {
        match date.resolved() {
            Some(Some(t)) => matches!(t, Timex::Quarter { .. } | Timex::Fiscal { .. }),
            _ => {
                let t = self.fact_text(date).to_ascii_lowercase();
                t.contains("quarter") || t.starts_with('q') || t.contains("fiscal")
            }
        }
    }

    /// The entity's shared name (after merging, every mention has one).
    fn entity_name(&self, fact: &Fact) -> Label {
        fact.name_label()
            .unwrap_or_else(|| Label::from(self.fact_text(fact)))
    }

    /// Lowercase text of token `i` ("" out of range).
    fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.lower.get(t.start - self.base..t.end - self.base))
            .unwrap_or("")
    }

    /// The first and last token of a fact.
    fn token_range(&self, fact: &Fact) -> (usize, usize) {
        let span = fact.span();
        let first = self.tokens.partition_point(|t| t.start < span.start);
        let last = self.tokens.partition_point(|t| t.end <= span.end);
        (first, last.saturating_sub(1).max(first))
    }

    fn drafts(&self, last_subject: &mut Option<Label>, labels: &mut Labels, out: &mut Vec<Draft>) {
        let triggers: Vec<(usize, Trigger)> = (0..self.tokens.len())
            .filter_map(|i| cues::trigger(self.word(i), self.word(i + 1)).map(|t| (i, t)))
            .collect();
        let first_trigger = triggers.first().map_or(self.tokens.len(), |t| t.0);
        let own = self.subject(first_trigger);
        let subject = own.clone().or_else(|| last_subject.clone());
        if !triggers.is_empty() {
            self.claim(&triggers, subject.as_ref(), labels, out);
        }
        if let Some(s) = own {
            *last_subject = Some(s);
        }
    }

    /// The organisation this sentence is about: its first organisation before token `before`
    /// that is neither an object ("in OpenAI", "told the Dispatch") nor a news source
    /// ("Business Insider reported that…").
    fn subject(&self, before: usize) -> Option<Label> {
        self.facts
            .iter()
            .filter(|f| f.kind == FactKind::Org)
            .find(|f| {
                let (first, _) = self.token_range(f);
                first < before && self.can_act(f)
            })
            .map(|f| self.entity_name(f))
    }

    /// Whether an organisation mention can be the one acting: not after an object
    /// preposition or verb (a determiner between is skipped), and not a source that reports.
    fn can_act(&self, f: &Fact) -> bool {
        let (first, last) = self.token_range(f);
        let mut prev = first.wrapping_sub(1);
        if matches!(self.word(prev), "the" | "a" | "an") {
            prev = prev.wrapping_sub(1);
        }
        let object = first > 0
            && (is_object_preposition(self.word(prev)) || is_object_verb(self.word(prev)));
        let source = matches!(self.word(last + 1), "reported" | "reports")
            && matches!(self.word(last + 2), "that" | "on" | "late" | "earlier");
        !object && !source
    }

    /// Pairs triggers with figures, nearest first, and makes drafts.
    fn claim(
        &self,
        triggers: &[(usize, Trigger)],
        subject: Option<&Label>,
        labels: &mut Labels,
        out: &mut Vec<Draft>,
    ) {
        let mut pairs: Vec<(usize, usize, usize, EventKind)> = Vec::new();
        for (ti, &(at, trigger)) in triggers.iter().enumerate() {
            for (fi, fact) in self.facts.iter().enumerate() {
                let Some(kind) = self.compatible(trigger, fact) else {
                    continue;
                };
                let (first, last) = self.token_range(fact);
                let distance = if first > at {
                    first - at
                } else if last < at {
                    (at - last) * 2 + 2
                } else {
                    0
                };
                if distance <= REACH {
                    pairs.push((distance, ti, fi, kind));
                }
            }
        }
        pairs.sort_by_key(|p| (p.0, p.1));
        let mut trigger_used = vec![false; triggers.len()];
        let mut fact_used = vec![false; self.facts.len()];
        let mut made = Vec::new();
        for (_, ti, fi, kind) in pairs {
            if trigger_used[ti] || fact_used[fi] {
                continue;
            }
            trigger_used[ti] = true;
            fact_used[fi] = true;
            made.push((triggers[ti].0, kind, Some(fi)));
        }
        // Coordinated figures share the trigger of the figure before them: "raised $15 million
        // in 2022 and $60 million in 2024".
        for (fi, fact) in self.facts.iter().enumerate() {
            if fact_used[fi] || !fact.kind.is_quantity() {
                continue;
            }
            let Some(prev) = (0..fi).rev().find(|&p| self.facts[p].kind == fact.kind) else {
                continue;
            };
            let Some(&(at, kind, _)) = made.iter().find(|m| m.2 == Some(prev)) else {
                continue;
            };
            let (from, _) = self.token_range(fact);
            let (_, prev_last) = self.token_range(&self.facts[prev]);
            let between = prev_last + 1..from;
            let joined = between
                .clone()
                .any(|i| matches!(self.word(i), "and" | "," | "then"));
            let other_trigger = triggers.iter().any(|t| between.contains(&t.0));
            if joined && !other_trigger && self.compatible(Trigger::Kind(kind), fact).is_some() {
                fact_used[fi] = true;
                made.push((at, kind, Some(fi)));
            }
        }
        // Triggers without a figure still make an event when the sentence dates it and no
        // event of that kind was made here.
        if self.facts.iter().any(|f| f.kind == FactKind::Date) {
            for (ti, &(at, trigger)) in triggers.iter().enumerate() {
                let Trigger::Kind(kind) = trigger else {
                    continue;
                };
                let dated_kind = matches!(
                    kind,
                    EventKind::Earnings
                        | EventKind::Ipo
                        | EventKind::Lawsuit
                        | EventKind::Acquisition
                        | EventKind::Layoffs
                        | EventKind::Closure
                );
                if !trigger_used[ti] && dated_kind && !made.iter().any(|m| m.1 == kind) {
                    trigger_used[ti] = true;
                    made.push((at, kind, None));
                }
            }
        }
        made.sort_by_key(|m| m.0);
        for (at, kind, fact) in made {
            out.push(self.draft(at, kind, fact.map(|f| &self.facts[f]), subject, labels));
        }
    }

    /// The event kind a trigger makes with `fact` as its figure, if they fit together.
    fn compatible(&self, trigger: Trigger, fact: &Fact) -> Option<EventKind> {
        // Only counts and sums of money make events; everything else is a cheap no.
        if !matches!(fact.kind, FactKind::Count | FactKind::Money) {
            return None;
        }
        let mut noun = if fact.kind == FactKind::Count {
            head_noun(fact)
        } else {
            std::borrow::Cow::Borrowed("")
        };
        // "bringing total cuts to nearly 3,000": a bare figure after a running-total phrase
        // counts what the phrase names.
        if fact.kind == FactKind::Count && noun.is_empty() {
            let (first, _) = self.token_range(fact);
            if (first.saturating_sub(8)..first).any(|i| cues::is_total_word(self.word(i))) {
                noun = std::borrow::Cow::Borrowed("cuts");
            }
        }
        match (trigger, fact.kind) {
            (Trigger::LayoffVerb, FactKind::Count) if cues::is_workforce(&noun) => {
                Some(EventKind::Layoffs)
            }
            (Trigger::Kind(k @ (EventKind::Layoffs | EventKind::Hiring)), FactKind::Count)
                if cues::is_workforce(&noun) =>
            {
                Some(k)
            }
            (Trigger::Kind(EventKind::Closure), FactKind::Count) if cues::is_site(&noun) => {
                Some(EventKind::Closure)
            }
            (
                Trigger::Kind(
                    k @ (EventKind::Investment
                    | EventKind::Fundraising
                    | EventKind::Valuation
                    | EventKind::Earnings
                    | EventKind::Construction
                    | EventKind::Acquisition
                    | EventKind::Ipo
                    | EventKind::Lawsuit),
                ),
                FactKind::Money,
            ) => Some(k),
            _ => None,
        }
    }

    fn draft(
        &self,
        at: usize,
        kind: EventKind,
        fact: Option<&Fact>,
        subject: Option<&Label>,
        labels: &mut Labels,
    ) -> Draft {
        let anchor = fact.map_or((at, at), |f| self.token_range(f));
        let (clause_start, clause_end) = self.clause(at.min(anchor.0), at.max(anchor.1));
        let mut facts = EventFacts::new();
        let actor = self.actor(at, clause_start, subject, &mut facts);
        let date = self.date(kind, anchor);
        let period = (kind == EventKind::Earnings)
            .then(|| self.dates().find(|d| self.is_period(d)))
            .flatten();
        if let Some(f) = fact {
            facts.push(f.index());
        }
        if let Some(d) = date {
            facts.push(d.index());
        }
        facts.sort();
        let status = self.status(at, clause_start, clause_end);
        // A relative clause ("…the first round in October, which involved 14,000 layoffs")
        // takes its round from the words it refers back to.
        let round_from = if self.word(clause_start) == "which" {
            self.clause(
                clause_start.saturating_sub(2),
                clause_start.saturating_sub(2),
            )
            .0
        } else {
            clause_start
        };
        let round = self.round(kind, anchor, (round_from, clause_end));
        let label = match (kind, period) {
            (EventKind::Earnings, Some(p)) if date.is_some_and(|d| d.id != p.id) => {
                Some(labels.intern_str(self.fact_text(p)))
            }
            (EventKind::Fundraising, _) => self.series_label().map(|l| labels.intern_str(&l)),
            _ => None,
        };
        let before = self.word(at.wrapping_sub(1));
        let plan = (1..=3).any(|k| {
            at >= k
                && matches!(self.word(at - k), "plan" | "target" | "goal")
                && cues::is_plan_determiner(self.word(at - k - 1))
        }) || (before == "to" && self.word(at.wrapping_sub(2)) == "plan");
        let plan = plan && !matches!(self.word(at.wrapping_sub(3)), "plans" | "planning");
        let total = (at.saturating_sub(3)..=anchor.0).any(|i| cues::is_total_word(self.word(i)))
            || (self.word(anchor.1 + 1) == "in" && self.word(anchor.1 + 2) == "total");
        Draft {
            event: Event {
                id: 0,
                kind,
                actor,
                value: fact.and_then(|f| f.value()),
                unit: fact.and_then(|f| f.unit_label().cloned()),
                qualifier: fact.and_then(|f| f.qualifier),
                when: date.map(|d| labels.intern_str(self.fact_text(d))),
                resolved: date.and_then(|d| d.resolved().flatten()),
                status: Some(status),
                round: None,
                label,
                sentence: self.index,
                facts,
            },
            round,
            plan,
            total,
            figure: fact.map(|f| f.id),
        }
    }

    fn dates(&self) -> impl Iterator<Item = &'a Fact> {
        self.facts.iter().filter(|f| f.kind == FactKind::Date)
    }

    /// The date nearest the event's figure (or its trigger); for earnings the reporting period (a quarter or fiscal
    /// year) is the label, and another date, if any, is when it happens.
    fn date(&self, kind: EventKind, anchor: (usize, usize)) -> Option<&'a Fact> {
        let distance = |f: &Fact| {
            let (first, last) = self.token_range(f);
            if first > anchor.1 {
                first - anchor.1
            } else {
                anchor.0.saturating_sub(last)
            }
        };
        let mut candidates: Vec<&Fact> = self.dates().collect();
        // A date across "and"/"but" belongs to the other coordinated figure: "raised $15
        // million in 2022 and $60 million in 2024".
        let separated = |f: &Fact| {
            let (first, last) = self.token_range(f);
            let between = if first > anchor.1 {
                anchor.1 + 1..first
            } else {
                last + 1..anchor.0
            };
            between
                .into_iter()
                .any(|i| matches!(self.word(i), "and" | "but" | "while" | ";" | "whereas"))
        };
        if candidates.iter().any(|f| !separated(f)) {
            candidates.retain(|f| !separated(f));
        }
        if kind == EventKind::Earnings && candidates.iter().any(|d| !self.is_period(d)) {
            candidates.retain(|d| !self.is_period(d));
        }
        candidates.into_iter().min_by_key(|f| distance(f))
    }

    /// Token bounds of the clause holding `from..=to`: split at ';' and at ", which", ", but"…
    fn clause(&self, from: usize, to: usize) -> (usize, usize) {
        let is_break = |i: usize| {
            self.word(i) == ";"
                || (self.word(i) == ","
                    && matches!(
                        self.word(i + 1),
                        "which" | "while" | "but" | "although" | "whereas" | "after" | "before"
                    ))
        };
        let start = (0..from).rev().find(|&i| is_break(i)).map_or(0, |i| i + 1);
        let end = (to + 1..self.tokens.len())
            .find(|&i| is_break(i))
            .unwrap_or(self.tokens.len());
        (start, end)
    }

    /// The acting organisation: nearest organisation before the trigger in its clause (not
    /// after an object preposition), else the subject for "the company"/"it", else the
    /// sentence's first organisation, else the last subject.
    fn actor(
        &self,
        at: usize,
        clause_start: usize,
        subject: Option<&Label>,
        facts: &mut EventFacts,
    ) -> Option<Label> {
        let is_anaphor = |i: usize| {
            cues::is_company_anaphor(self.word(i)) && self.word(i.wrapping_sub(1)) == "the"
                || matches!(self.word(i), "it" | "its")
        };
        // What is valued is the object: "value the company at", "valuing Acme at".
        if self.word(at).starts_with("valu") && !self.word(at).starts_with("valuation") {
            if let Some(f) = self.facts.iter().find(|f| {
                let (first, _) = self.token_range(f);
                f.kind == FactKind::Org && first > at && first <= at + 3
            }) {
                facts.push(f.index());
                return Some(self.entity_name(f));
            }
            if (at + 1..=at + 3).any(is_anaphor)
                && let Some(s) = subject
            {
                return Some(s.clone());
            }
        }
        let before = self.facts.iter().rfind(|f| {
            let (first, last) = self.token_range(f);
            f.kind == FactKind::Org
                && last < at
                && first >= clause_start.min(at.saturating_sub(REACH))
                && self.can_act(f)
        });
        if let Some(f) = before {
            facts.push(f.index());
            return Some(self.entity_name(f));
        }
        if (clause_start..at).any(is_anaphor)
            && let Some(s) = subject
        {
            return Some(s.clone());
        }
        if let Some(f) = self
            .facts
            .iter()
            .find(|f| f.kind == FactKind::Org && self.can_act(f))
        {
            facts.push(f.index());
            return Some(self.entity_name(f));
        }
        subject.cloned()
    }

    /// The strongest status cue in the clause (and "it was reported that" anywhere before).
    fn status(&self, at: usize, start: usize, end: usize) -> Status {
        let matches_at = |i: usize, words: &[&str]| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| self.word(i + k) == *w)
        };
        let mut best: Option<(usize, Status)> = None;
        for i in 0..end {
            let Some(candidates) = cues::cues_starting_with(self.word(i)) else {
                continue;
            };
            let in_clause = i >= start;
            for &rank in candidates {
                let (status, words) = cues::STATUS_CUES[rank];
                let sentence_wide = status == Status::Reported && i < at;
                if (in_clause || sentence_wide) && matches_at(i, words) {
                    let r = status_rank(status) * 100 + rank;
                    if best.is_none_or(|(b, _)| r < b) {
                        best = Some((r, status));
                    }
                }
            }
        }
        // A trigger in the past tense ("eliminated 1,200 roles") says it happened, whatever
        // else the clause announces.
        let past_trigger = cues::is_completed_verb(self.word(at));
        match best {
            Some((_, Status::Announced)) if past_trigger => return Status::Completed,
            Some((_, s)) => return s,
            None => {}
        }
        if past_trigger || (start..end).any(|i| cues::is_completed_verb(self.word(i))) {
            Status::Completed
        } else {
            Status::Announced
        }
    }

    /// The round named nearest the figure: "second round", "another round", "Series B".
    fn round(
        &self,
        kind: EventKind,
        anchor: (usize, usize),
        clause: (usize, usize),
    ) -> Option<RoundRef> {
        if !matches!(kind, EventKind::Layoffs | EventKind::Fundraising) {
            return None;
        }
        let mut best: Option<(usize, RoundRef)> = None;
        for i in clause.0..clause.1 {
            let w = self.word(i);
            let next = self.word(i + 1);
            // "a fourth, smaller round": up to two words between the ordinal and the noun.
            let noun_follows = (i + 1..=i + 3)
                .take_while(|&j| j < clause.1)
                .any(|j| cues::is_round_noun(self.word(j)));
            let found = if kind == EventKind::Fundraising && w == "series" {
                series_letter(next).map(RoundRef::Number)
            } else if kind == EventKind::Fundraising && w == "seed" {
                Some(RoundRef::Number(0))
            } else if noun_follows {
                cues::ordinal(w)
                    .map(RoundRef::Number)
                    .or_else(|| cues::is_next_round_word(w).then_some(RoundRef::Next))
            } else {
                None
            };
            if let Some(r) = found {
                let d = if i > anchor.1 {
                    i - anchor.1
                } else {
                    anchor.0.saturating_sub(i)
                };
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, r));
                }
            }
        }
        best.map(|(_, r)| r)
    }

    /// "Series B" / "seed" as written, for funding rounds.
    fn series_label(&self) -> Option<String> {
        (0..self.tokens.len()).find_map(|i| match self.word(i) {
            "series" if series_letter(self.word(i + 1)).is_some() => {
                let t = self.tokens.get(i + 1)?;
                let letter = self.lower.get(t.start - self.base..t.end - self.base)?;
                Some(format!("Series {}", letter.to_ascii_uppercase()))
            }
            "seed" => Some("seed".to_string()),
            _ => None,
        })
    }
}

/// Series A → 1, B → 2…
fn series_letter(word: &str) -> Option<u32> {
    let mut chars = word.chars();
    let c = chars.next()?;
    (chars.next().is_none() && c.is_ascii_alphabetic())
        .then(|| u32::from(c.to_ascii_lowercase() as u8 - b'a') + 1)
}

fn status_rank(status: Status) -> usize {
    match status {
        Status::InTalks => 0,
        Status::Reported => 1,
        Status::Scheduled => 2,
        Status::Planned => 3,
        Status::Announced => 4,
        Status::Completed => 5,
    }
}

fn is_object_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "to"
            | "for"
            | "from"
            | "with"
            | "by"
            | "of"
            | "at"
            | "into"
            | "than"
            | "on"
            | "against"
            | "about"
            | "over"
            | "toward"
            | "towards"
    )
}

/// Verbs whose object is the organisation after them ("told the Columbus Dispatch").
fn is_object_verb(word: &str) -> bool {
    matches!(
        word,
        "told" | "tells" | "telling" | "informed" | "joined" | "joins" | "beat" | "overtook"
    )
}

/// The last word of a count's unit, lowercased: "corporate jobs" → "jobs".
fn head_noun(fact: &Fact) -> std::borrow::Cow<'_, str> {
    let word = fact
        .unit()
        .and_then(|u| u.split_whitespace().last())
        .unwrap_or("");
    // Units are nearly always lower case already: no copy then (this runs for every pair of
    // trigger and figure).
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// Convenience for tests: the events of a document's facts.
pub fn events_of(document: Document, facts: Vec<Fact>) -> Story {
    let mut story = Story {
        document: document.into(),
        facts,
        ..Story::default()
    };
    build(&mut story);
    story
}

#[cfg(test)]
mod tests;
