//! Which facts and events the lists show: all of them, narrowed by the innermost narrowing
//! (an event's facts, an entity's sentences) and, while typing or in filter mode, by the
//! search results. Recomputed by `update` when any of those change; the selection stays on
//! the same fact or event when it is still listed.

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
        let narrow = self.narrow.last().copied();
        let in_narrow_sentence = narrow_sentences(story, narrow);
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
        // Events: those of the narrowed entity's sentences; in filter mode those matching or
        // resting on a matching fact.
        let matching_fact = results.map(|r| {
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
                let narrowed = match (&in_narrow_sentence, narrow) {
                    (_, Some(Narrow::Event(n))) => n == e,
                    (Some(sentences), _) => sentences.get(event.sentence) == Some(&true),
                    _ => true,
                };
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

    /// Whether the lists show only matches: while typing, and in filter mode.
    pub fn filtering(&self) -> bool {
        self.search.results.is_some()
            && (self.mode == Mode::Search || self.search.mode == SearchMode::Filter)
    }

    /// A short name for the innermost narrowing, for the status bar.
    pub fn narrow_label(&self) -> Option<String> {
        Some(match self.narrow.last()? {
            Narrow::Event(e) => {
                let event = self.story.events.get(*e)?;
                format!("event {}", e + 1)
                    + &event
                        .actor
                        .as_deref()
                        .map(|a| format!(" ({a})"))
                        .unwrap_or_default()
            }
            Narrow::Entity(n) => self.story.entities.get(*n)?.name.clone(),
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

/// For an entity narrowing: which sentences mention the entity.
fn narrow_sentences(story: &Story, narrow: Option<Narrow>) -> Option<Vec<bool>> {
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
    Some(sentences)
}
