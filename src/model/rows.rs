//! Which facts and events the lists show: all of them, narrowed by the innermost narrowing
//! (an event's facts, an entity's sentences) and, while typing or in filter mode, by the
//! search results. Recomputed by `update` when any of those change; the selection stays on
//! the same fact or event when it is still listed.

use super::{Model, Narrow};
use crate::story::Story;

impl Model {
    /// The id of the selected fact, if any.
    pub fn selected_fact(&self) -> Option<usize> {
        self.facts
            .selected
            .and_then(|i| self.fact_rows.get(i).copied())
    }

    /// The id of the selected event, if any.
    pub fn selected_event(&self) -> Option<usize> {
        self.timeline
            .selected
            .and_then(|i| self.event_rows.get(i).copied())
    }

    /// Recomputes `fact_rows` and `event_rows`, keeping the selections where possible.
    pub fn refresh_rows(&mut self) {
        let keep_fact = self.selected_fact();
        let keep_event = self.selected_event();
        let story = &self.story;
        let narrow = self.narrow.last().copied();
        let in_narrow_sentence = narrow_sentences(story, narrow);
        let results = self
            .search
            .filtering()
            .then_some(())
            .and(self.search.results.as_ref());
        let mut fact_ok = vec![true; story.facts.len()];
        if let Some(Narrow::Event(e)) = narrow {
            fact_ok.fill(false);
            for &f in story.events.get(e).map_or(&[][..], |e| &e.facts) {
                if let Some(ok) = fact_ok.get_mut(f) {
                    *ok = true;
                }
            }
        } else if let Some(sentences) = &in_narrow_sentence {
            for (f, ok) in story.facts.iter().zip(fact_ok.iter_mut()) {
                *ok = sentences[f.sentence_index()];
            }
        }
        if let Some(r) = results {
            let mut hit = vec![false; story.facts.len()];
            for &f in &r.facts {
                if let Some(h) = hit.get_mut(f) {
                    *h = true;
                }
            }
            for (ok, h) in fact_ok.iter_mut().zip(hit) {
                *ok &= h;
            }
        }
        self.fact_rows = (0..story.facts.len()).filter(|&f| fact_ok[f]).collect();
        // Events: those of the narrowed entity's sentences; in filter mode those matching or
        // resting on a matching fact.
        self.event_rows = (0..story.events.len())
            .filter(|&e| {
                let event = &story.events[e];
                let narrowed = match (&in_narrow_sentence, narrow) {
                    (_, Some(Narrow::Event(n))) => n == e,
                    (Some(sentences), _) => sentences[event.sentence],
                    _ => true,
                };
                let matched = results.is_none_or(|r| {
                    r.events.binary_search(&e).is_ok()
                        || event.facts.iter().any(|f| r.facts.binary_search(f).is_ok())
                });
                narrowed && matched
            })
            .collect();
        self.facts.len = self.fact_rows.len();
        self.timeline.len = self.event_rows.len();
        reselect(&mut self.facts, &self.fact_rows, keep_fact);
        reselect(&mut self.timeline, &self.event_rows, keep_event);
    }

    /// Where keys are read now: a prompt (search line, export line, help filter), the key after `]`/`[`, or
    /// the panes.
    pub fn key_context(&self) -> crate::keymap::Context {
        use crate::keymap::Context;
        if self.search.editing
            || self.export.open
            || matches!(self.overlay, super::Overlay::Help { .. })
        {
            Context::Prompt
        } else if self.pending.is_some() {
            Context::Pending
        } else {
            Context::Normal
        }
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

/// Puts the selection back on `keep` if it is still listed, else clamps it.
fn reselect(list: &mut super::ListView, rows: &[usize], keep: Option<usize>) {
    list.selected = match keep.and_then(|k| rows.iter().position(|&r| r == k)) {
        Some(i) => Some(i),
        None if rows.is_empty() => None,
        None => Some(list.selected.unwrap_or(0).min(rows.len() - 1)),
    };
    list.offset = list.offset.min(rows.len().saturating_sub(1));
}
