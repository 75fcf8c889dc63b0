//! Text → facts, entities, events and checks. Pure functions of the [`Document`] and the
//! reference date; knows nothing of the UI.
//!
//! ```text
//! Document ─▶ per sentence: tokenize ─▶ recognisers (money, percent, dates, counts,
//!            ordinals, entities) ─▶ overlaps resolved ─▶ entities merged ─▶ events ─▶ checks
//! ```
//!
//! Each recogniser lives in its own file and only appends candidate facts for one sentence;
//! [`resolve_overlaps`] decides between candidates that claim the same text.

pub mod count;
pub mod dates;
pub mod entities;
pub mod events;
pub mod money;
pub mod number;
pub mod ordinal;
pub mod percent;
pub mod token;

use crate::story::{Document, Fact, FactKind, Labels, Story};
use jiff::civil::Date;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use token::Token;

/// What extraction needs besides the text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Reference date for relative dates; when `None`, a date the article states in its
    /// dateline is used, else relative dates stay unresolved.
    pub reference_date: Option<Date>,
}

/// One sentence as the recognisers see it.
pub struct Ctx<'a> {
    /// Index of the sentence in the document.
    pub index: usize,
    /// The whole document text; token offsets index into it.
    pub text: &'a str,
    /// The sentence's byte range in `text`.
    pub start: usize,
    pub end: usize,
    pub tokens: &'a [Token],
    pub reference_date: Option<Date>,
    /// Numbers parsed so far at each token (see [`number::Cache`]); an empty cache just
    /// parses every time.
    pub nums: number::Cache,
}

// Test builds count what the recognisers read (a token, or a sentence's bytes), so a test can
// show that work grows linearly with the text without timing it.
#[cfg(test)]
thread_local! {
    static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
fn count_work(units: usize) {
    WORK.with(|w| w.set(w.get() + units as u64));
}

/// Test helper: `text` as one sentence with no reference date, handed to `f` as its `Ctx`.
#[cfg(test)]
pub(crate) fn with_ctx<T>(text: &str, f: impl FnOnce(&Ctx) -> T) -> T {
    let tokens = token::tokenize(text, 0);
    let ctx = Ctx {
        index: 0,
        text,
        start: 0,
        end: text.len(),
        tokens: &tokens,
        reference_date: None,
        nums: Default::default(),
    };
    f(&ctx)
}

impl<'a> Ctx<'a> {
    /// The text of token `i` (empty when out of range).
    pub fn tok(&self, i: usize) -> &'a str {
        #[cfg(test)]
        count_work(1);
        self.tokens
            .get(i)
            .map_or("", |t| self.text.get(t.start..t.end).unwrap_or_default())
    }

    /// Whether token `i` equals `word`, ignoring ASCII case.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.tok(i).eq_ignore_ascii_case(word)
    }

    /// The sentence text.
    pub fn sentence(&self) -> &'a str {
        #[cfg(test)]
        count_work(self.end - self.start);
        &self.text[self.start..self.end]
    }

    /// A fact spanning tokens `first..=last` of this sentence.
    pub fn fact(&self, kind: FactKind, first: usize, last: usize) -> Fact {
        let start = self.tokens[first].start;
        let end = self.tokens[last].end;
        let mut fact = Fact::new(kind, start, end);
        fact.sentence = crate::story::offset(self.index);
        fact
    }
}

/// Extracts everything from `document`.
pub fn extract(document: impl Into<Arc<Document>>, options: &Options) -> Story {
    extract_observed(document.into(), options, &AtomicUsize::new(0))
}

/// [`extract`], counting the sentences done in `progress` so another thread can show how far
/// it is (out of `document.sentences.len()`).
pub fn extract_observed(
    document: Arc<Document>,
    options: &Options,
    progress: &AtomicUsize,
) -> Story {
    let reference_date = options
        .reference_date
        .or_else(|| dates::reference_date(&document));
    // Recognisers read a copy with escape sequences blanked (same offsets), so nothing inside
    // a window title or clipboard payload becomes a fact.
    let masked = crate::sanitize::mask_sequences(&document.text);
    let mut facts = Vec::new();
    let mut counted = count::Counted::default();
    let mut headline = number::headline::Headline::default();
    let mut recent_money = money::Recent::default();
    let evidence = entities::Evidence::default();
    let mut tokens = Vec::new();
    let mut labels = Labels::default();
    let mut times = dates::Register::default();
    for (index, sentence) in document.sentences.iter().enumerate() {
        // Facts keep `u32` offsets: text past 4 GiB (far beyond what `load` accepts) is
        // not read.
        if sentence.span.end > u32::MAX as usize {
            break;
        }
        let sentence_text = &masked[sentence.span.start..sentence.span.end];
        token::tokenize_into(sentence_text, sentence.span.start, &mut tokens);
        let ctx = Ctx {
            index,
            text: &masked,
            start: sentence.span.start,
            end: sentence.span.end,
            tokens: &tokens,
            reference_date,
            nums: number::Cache::new(tokens.len()),
        };
        let first = facts.len();
        money::find(&ctx, &mut facts, &mut recent_money);
        percent::find(&ctx, &mut facts);
        dates::find(&ctx, &mut facts, &mut times);
        count::find(&ctx, &mut facts, &counted);
        ordinal::find(&ctx, &mut facts);
        entities::find(&ctx, &mut facts, &evidence);
        resolve_overlaps(&mut facts, first);
        headline.note(&ctx, &facts[first..]);
        // Recognisers build each unit and TIMEX value afresh: keep one copy of each.
        for fact in &mut facts[first..] {
            labels.intern_fact(fact);
        }
        counted.add(&facts[first..]);
        if index % 256 == 255 {
            progress.store(index + 1, Ordering::Relaxed);
        }
    }
    progress.store(document.sentences.len(), Ordering::Relaxed);
    entities::settle(&masked, &mut facts, &evidence);
    headline.resolve(&mut facts);
    for (id, fact) in facts.iter_mut().enumerate() {
        fact.id = crate::story::offset(id);
        // A figure beyond f64 ("$" and 400 nines) keeps its text but has no value: infinity
        // would poison sums and has no JSON number.
        if fact.value().is_some_and(|v| !v.is_finite()) {
            fact.set_value(None);
        }
    }
    let entities = entities::merge(&document, &mut facts);
    let mut story = Story {
        document,
        reference_date,
        facts,
        entities,
        ..Story::default()
    };
    events::build(&mut story);
    story
}

/// Which kind wins when two candidates overlap: lower is stronger.
fn priority(kind: FactKind) -> u8 {
    match kind {
        FactKind::Money => 0,
        FactKind::Percent => 1,
        FactKind::Date => 2,
        FactKind::Count => 3,
        FactKind::Ordinal => 4,
        FactKind::Group => 5,
        FactKind::Person => 6,
        FactKind::Org => 7,
        FactKind::Place => 8,
    }
}

/// Keeps, among the candidates from `first` on, a set with no two overlapping: stronger kinds
/// first, then longer spans, then earlier ones. The survivors are sorted by position.
pub fn resolve_overlaps(facts: &mut Vec<Fact>, first: usize) {
    let mut candidates: Vec<Fact> = facts.drain(first..).collect();
    candidates.sort_by(|a, b| {
        priority(a.kind)
            .cmp(&priority(b.kind))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Fact> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if !kept.iter().any(|k| k.start < c.end && c.start < k.end) {
            kept.push(c);
        }
    }
    kept.sort_by_key(|f| (f.start, f.end));
    facts.extend(kept);
}

/// Convenience for tests and the CLI: load text, segment, extract.
pub fn extract_text(text: &str, options: &Options) -> Story {
    extract(Document::new(text.to_string()), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_prefer_stronger_kinds_then_longer_spans() {
        // "up to $30 billion in 2025"
        let mut facts = vec![
            Fact::new(FactKind::Count, 7, 17),
            Fact::new(FactKind::Money, 6, 17),
            Fact::new(FactKind::Date, 21, 25),
            Fact::new(FactKind::Count, 21, 25),
        ];
        resolve_overlaps(&mut facts, 0);
        let kinds: Vec<FactKind> = facts.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [FactKind::Money, FactKind::Date]);
    }

    /// What the recognisers read (tokens, sentence bytes) extracting `text`, and the facts.
    fn work(text: String) -> (u64, usize) {
        WORK.with(|w| w.set(0));
        let options = Options {
            reference_date: "2026-01-29".parse().ok(),
        };
        let story = extract(Document::new(text), &options);
        (WORK.with(std::cell::Cell::get), story.facts.len())
    }

    /// Four times the text costs about four times the work, counted rather than timed, for
    /// text with no full stop: a sentence of 100 KB took 10.5 s, as each date scanned the
    /// whole of it. The ratio is near 16 when the work is quadratic.
    #[test]
    fn a_long_sentence_costs_work_linear_in_its_length() {
        let flattened = crate::BUNDLED_STORY
            .replace(['.', '!', '?'], ",")
            .replace('\n', " ");
        for phrase in [
            "in 2025 and then ",
            "up 5% to $3 million in May, ",
            &flattened,
        ] {
            let small = 16_000 / phrase.len() + 1;
            let (small_work, small_facts) = work(phrase.repeat(small));
            let (large_work, large_facts) = work(phrase.repeat(small * 4));
            assert!(small_facts > 0 && large_facts >= small_facts * 4 - 4);
            let ratio = large_work as f64 / small_work as f64;
            assert!(
                (3.5..=4.5).contains(&ratio),
                "{phrase:.20}…: work × {ratio:.2} for 4 × the text ({small_work} → {large_work})"
            );
        }
    }
}
