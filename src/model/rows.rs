//! Which facts and events the lists show: all of them, narrowed by the innermost narrowing
//! (an event and its facts; an entity's events, by their resolved actor or target, and the
//! facts of its sentences and theirs; with the series and checks of those events) and, in
//! filter mode (the default, while typing as after Enter), by the search results. Recomputed
//! by `update` when any of those change; the selection stays on the same fact or event when it
//! is still listed. In search-in-context mode, which rows show a match is recomputed with them.

use super::{Mode, Model, Narrow, SearchMode};
use crate::story::{Event, Story};

impl Model {
    /// The id of the selected fact, if any.
    pub fn selected_fact(&self) -> Option<usize> {
        self.facts
            .selected
            .and_then(|i| self.fact_lines.get(i))
            .map(|l| l.fact)
    }

    /// The id of the selected event, if any.
    pub fn selected_event(&self) -> Option<usize> {
        self.timeline
            .selected
            .and_then(|i| self.event_rows.get(i).copied())
    }

    /// Recomputes `fact_rows` and `event_rows`, keeping the selections where possible. Both
    /// stay in id order (text order for facts), which `reselect` and `n`/`N` rely on. The
    /// common cases cost what is listed, not the whole story: no narrowing lists every fact,
    /// a search alone lists its facts as they are.
    pub fn refresh_rows(&mut self) {
        let keep_event = self.selected_event();
        let story = &self.story;
        let narrow = self.narrow.last().map(|n| n.to);
        let kept_events = narrow.map(|n| narrow_events(story, n));
        let in_narrow_sentence = narrow_sentences(story, narrow, kept_events.as_deref());
        let results = self
            .filtering()
            .then_some(())
            .and(self.search.results.as_deref());
        // Which facts the narrowing keeps, if there is one.
        let narrowed: Option<Vec<bool>> = match narrow {
            Some(Narrow::Event(e)) => {
                let mut ok = vec![false; story.facts.len()];
                for &f in story.events.get(e).map_or(&[][..], |e| &e.facts) {
                    if let Some(ok) = ok.get_mut(f) {
                        *ok = true;
                    }
                }
                Some(ok)
            }
            _ => in_narrow_sentence.as_ref().map(|sentences| {
                story
                    .facts
                    .iter()
                    .map(|f| sentences.get(f.sentence_index()) == Some(&true))
                    .collect()
            }),
        };
        let listed = |f: &usize| *f < story.facts.len();
        self.fact_rows = match (&narrowed, results) {
            (None, None) => (0..story.facts.len()).collect(),
            (None, Some(r)) => r.facts.iter().copied().filter(listed).collect(),
            (Some(ok), None) => (0..story.facts.len()).filter(|&f| ok[f]).collect(),
            (Some(ok), Some(r)) => r
                .facts
                .iter()
                .copied()
                .filter(|&f| ok.get(f) == Some(&true))
                .collect(),
        };
        // Events: those the narrowing keeps; in filter mode those matching or
        // resting on a matching fact.
        let matching_fact = self.search.results.as_deref().map(|r| {
            let mut hit = vec![false; story.facts.len()];
            for &f in &r.facts {
                if let Some(h) = hit.get_mut(f) {
                    *h = true;
                }
            }
            hit
        });
        self.event_rows = (0..story.events.len())
            .filter(|&e| {
                let event = &story.events[e];
                let narrowed = kept_events.as_ref().is_none_or(|k| k[e]);
                let matched = match (results, &matching_fact) {
                    (Some(r), Some(hit)) => {
                        r.events.binary_search(&e).is_ok()
                            || event.facts.iter().any(|&f| hit.get(f) == Some(&true))
                    }
                    _ => true,
                };
                narrowed && matched
            })
            .collect();
        // Hidden boilerplate (`b`) hides what it says too.
        if !self.show_boilerplate {
            let hidden = boilerplate_sentences(&story.document);
            if !hidden.is_empty() {
                let shown = |s: usize| !in_ranges(&hidden, s);
                self.fact_rows.retain(|&f| {
                    story
                        .facts
                        .get(f)
                        .is_some_and(|f| shown(f.sentence_index()))
                });
                self.event_rows
                    .retain(|&e| story.events.get(e).is_some_and(|e| shown(e.sentence)));
            }
        }
        // Events with no time at all go last, as one "undated" group, rather than between
        // two dated ones where extraction's order left them.
        let undated = |e: &usize| story.events.get(*e).is_some_and(Event::is_undated);
        if self.event_rows.iter().any(undated) {
            let (dated, mut rest): (Vec<usize>, Vec<usize>) =
                self.event_rows.iter().partition(|e| !undated(e));
            self.event_rows = dated;
            self.event_rows.append(&mut rest);
        }
        (self.series_rows, self.check_rows) = match &kept_events {
            Some(kept) => {
                let (series, checks) = narrow_summary(story, narrow, kept);
                (Some(series), Some(checks))
            }
            None => (None, None),
        };
        self.timeline.len = self.event_rows.len();
        self.event_row_of_fact.clear();
        self.event_row_of_fact.resize(story.facts.len(), u32::MAX);
        for (row, &e) in self.event_rows.iter().enumerate() {
            for &f in story.events.get(e).map_or(&[][..], |e| &e.facts) {
                if let Some(at) = self.event_row_of_fact.get_mut(f)
                    && *at == u32::MAX
                {
                    *at = row as u32;
                }
            }
        }
        self.refresh_fact_lines();
        self.refresh_marks(matching_fact.as_deref().unwrap_or_default());
        self.timeline.selected =
            match keep_event.and_then(|k| self.event_rows.iter().position(|&e| e == k)) {
                Some(i) => Some(i),
                None if self.event_rows.is_empty() => None,
                None => Some(
                    self.timeline
                        .selected
                        .unwrap_or(0)
                        .min(self.event_rows.len() - 1),
                ),
            };
        self.timeline.offset = self
            .timeline
            .offset
            .min(self.event_rows.len().saturating_sub(1));
    }

    /// In search-in-context mode, which Facts lines and Timeline rows show a match (`hit`: the
    /// matching facts by id); empty otherwise. Computed when the rows change, so that drawing
    /// costs only the rows drawn.
    fn refresh_marks(&mut self, hit: &[bool]) {
        self.fact_line_marked.clear();
        self.event_row_marked.clear();
        let Some(r) = self.search.results.clone().filter(|_| self.marking()) else {
            return;
        };
        self.fact_line_marked.resize(self.fact_lines.len(), false);
        for &f in &r.facts {
            if let Some(line) = self.fact_line(f) {
                self.fact_line_marked[line] = true;
            }
        }
        let events = &self.story.events;
        self.event_row_marked = self
            .event_rows
            .iter()
            .map(|&e| {
                r.events.binary_search(&e).is_ok()
                    || events
                        .get(e)
                        .is_some_and(|e| e.facts.iter().any(|&f| hit.get(f) == Some(&true)))
            })
            .collect();
    }

    /// Whether the lists show only the matches (filter mode, while typing as after Enter).
    pub fn filtering(&self) -> bool {
        self.search.results.is_some() && self.search.mode == SearchMode::Filter
    }

    /// Whether the lists show every row with the matches marked (search in context).
    pub fn marking(&self) -> bool {
        self.search.results.is_some() && self.search.mode == SearchMode::InContext
    }

    /// The sentences the Article shows alone: the matching ones in filter mode. On a story
    /// searched on the thread, only once the search line is closed: re-wrapping every
    /// matching sentence at each answer would make typing wait on a large article.
    pub fn article_filtered(&self) -> bool {
        let story = &self.story;
        let small =
            story.document.sentences.len() + story.facts.len() <= self.search.in_update_up_to;
        self.filtering() && (self.mode != Mode::Search || small)
    }

    /// A short name for the innermost narrowing, for the status bar.
    pub fn narrow_label(&self) -> Option<String> {
        Some(match self.narrow.last()?.to {
            Narrow::Event(e) => {
                let event = self.story.events.get(e)?;
                format!("event {}", e + 1)
                    + &event
                        .actor
                        .as_deref()
                        .map(|a| format!(" ({a})"))
                        .unwrap_or_default()
            }
            Narrow::Entity(n) => self.story.entities.get(n)?.name.clone(),
        })
    }
}

/// The sentences of the boilerplate paragraphs, as ranges of sentence indices in text order.
pub fn boilerplate_sentences(doc: &crate::story::Document) -> Vec<std::ops::Range<usize>> {
    doc.paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.boilerplate)
        .map(|(i, _)| doc.sentences_of(i))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Whether sentence `s` is in one of `ranges` (sorted, apart).
pub fn in_ranges(ranges: &[std::ops::Range<usize>], s: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= s);
    ranges.get(i).is_some_and(|r| r.start <= s)
}

/// Which events a narrowing keeps: the event itself; for an entity, the events it is the
/// actor or the target of as extraction resolved them (so a round told as "The company cut
/// 16,000 jobs" stays with Amazon), and those resting on one of its mentions.
fn narrow_events(story: &Story, narrow: Narrow) -> Vec<bool> {
    let mut kept = vec![false; story.events.len()];
    match narrow {
        Narrow::Event(e) => {
            if let Some(k) = kept.get_mut(e) {
                *k = true;
            }
        }
        Narrow::Entity(n) => {
            let Some(entity) = story.entities.get(n) else {
                return kept;
            };
            let is_it = |name: Option<&str>| {
                name.is_some_and(|a| a == entity.name || entity.aliases.iter().any(|x| x == a))
            };
            for (k, e) in kept.iter_mut().zip(&story.events) {
                *k = is_it(e.actor.as_deref())
                    || is_it(e.target.as_deref())
                    || e.facts.iter().any(|&f| {
                        story
                            .facts
                            .get(f)
                            .and_then(crate::story::Fact::entity_index)
                            == Some(n)
                    });
            }
        }
    }
    kept
}

/// The series and checks a narrowing keeps: the series its events are rounds of (or, for an
/// entity, whose actor it is), and the checks resting on the facts of those events and series.
fn narrow_summary(
    story: &Story,
    narrow: Option<Narrow>,
    kept: &[bool],
) -> (Vec<usize>, Vec<usize>) {
    let entity = match narrow {
        Some(Narrow::Entity(n)) => story.entities.get(n),
        _ => None,
    };
    let series: Vec<usize> = story
        .series
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.rounds
                .iter()
                .any(|r| r.events.iter().any(|&e| kept.get(e) == Some(&true)))
                || entity.is_some_and(|n| s.actor.as_deref() == Some(n.name.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    let mut facts = vec![false; story.facts.len()];
    let mut mark = |f: usize| {
        if let Some(m) = facts.get_mut(f) {
            *m = true;
        }
    };
    for (e, _) in kept.iter().enumerate().filter(|(_, k)| **k) {
        story.events[e].facts.iter().for_each(|&f| mark(f));
    }
    for &s in &series {
        let s = &story.series[s];
        s.plan
            .into_iter()
            .chain(s.totals.iter().copied())
            .for_each(&mut mark);
        for r in &s.rounds {
            r.fact.into_iter().for_each(&mut mark);
        }
    }
    let checks = story
        .checks
        .iter()
        .enumerate()
        .filter(|(_, c)| c.facts.iter().any(|&f| facts.get(f) == Some(&true)))
        .map(|(i, _)| i)
        .collect();
    (series, checks)
}

/// For an entity narrowing: the sentences that mention the entity or tell one of its events.
fn narrow_sentences(
    story: &Story,
    narrow: Option<Narrow>,
    kept_events: Option<&[bool]>,
) -> Option<Vec<bool>> {
    let Some(Narrow::Entity(n)) = narrow else {
        return None;
    };
    let mut sentences = vec![false; story.document.sentences.len()];
    for &m in story.entities.get(n).map_or(&[][..], |e| &e.mentions) {
        if let Some(f) = story.facts.get(m)
            && let Some(s) = sentences.get_mut(f.sentence_index())
        {
            *s = true;
        }
    }
    let events = story.events.iter().zip(kept_events.unwrap_or_default());
    for (e, _) in events.filter(|(_, k)| **k) {
        for s in std::iter::once(e.sentence).chain(e.also.iter().map(|m| m.sentence)) {
            if let Some(s) = sentences.get_mut(s) {
                *s = true;
            }
        }
    }
    Some(sentences)
}
