//! Search over a story's facts, events and text, for the `/` prompt of the UI. Pure: no UI
//! here. [`parse`] turns what was typed into a [`Query`] (or a [`QueryError`] with a message
//! and a char position); [`Index::new`] prepares a story once; [`Index::search`] answers a
//! query with the matching facts, events and sentences and the byte spans of the article to
//! highlight ([`Results`]). An empty query matches everything and highlights nothing.
//!
//! The query language (words separated by spaces; every part must hold):
//! - `word`: fuzzy, as in fzf: its characters in order, gaps allowed, within one word of the
//!   fact's sentence, or anywhere in the fact's text, value as shown (`$10B`), entity name or
//!   role (for events: kind, actor, label, status, time, value, sentence). Smart case: all
//!   lowercase matches any case; one uppercase letter makes it case sensitive.
//! - `"exact phrase"`: literal text (smart case too); may span words.
//! - `%money %count %percent %ordinal %org %person %place %group %date`: only facts of these
//!   kinds (several: any of them); `%event`: events instead of (or with) facts.
//! - `>10b`, `>=5m`, `<=20,000`, `<3%`, `1m..5m` (inclusive), `~14000` (within 10 %): the value
//!   of quantity facts and events. Magnitudes `k m b bn t`, separators, decimals; `$ € £` mean
//!   money (in that currency), `%` means percentages.
//! - `2025`, `2025-10`, `2025-Q4`, `2026-W04`, `2025-03-14`, and `>2025-06`, `2025-01..2025-06`:
//!   dates and events whose resolved period overlaps it. After an operator or in a range, four
//!   bare digits (`>2000`) are a number or a year, whichever the fact or event has.
//!
//! Invisible characters (zero-width spaces and joiners, soft hyphens, BOM, bidi controls) are
//! ignored in the article and the query alike.

mod events;
mod facts;
mod index;
mod normal;
mod operand;
mod phrase;
mod query;
mod run;
mod spans;
mod store;
mod value;
mod words;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_words;

pub use index::Index;
pub use query::{Query, QueryError, parse};
pub use run::Results;
