//! JSON that is safe to print to a terminal. serde_json escapes C0 controls in strings but
//! writes DEL, the C1 controls (U+0080–U+009F, among them the 8-bit CSI and OSC) and bidi
//! overrides (Trojan Source) raw, so `dateline extract story.txt` in a terminal, or `cat` of
//! an exported `.json`, would let a hostile article act on the terminal. Here every such
//! character in a string is written as a `\uXXXX` escape instead: the JSON holds exactly the
//! same values (the `text` of a fact still equals its slice of the article), and its bytes
//! hold no control character but the newlines of pretty printing.

use crate::sanitize;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io::{self, Write};

/// Writes `value` as compact JSON to `writer`.
pub fn to_writer(writer: impl Write, value: &impl Serialize) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(
        writer,
        Safe(CompactFormatter),
    ))
}

/// Writes `value` as pretty-printed JSON to `writer`.
pub fn to_writer_pretty(writer: impl Write, value: &impl Serialize) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(
        writer,
        Safe(PrettyFormatter::new()),
    ))
}

/// `value` as compact JSON. Serialising plain data into memory cannot fail; an empty
/// string keeps this total.
pub fn to_string(value: &impl Serialize) -> String {
    let mut bytes = Vec::new();
    match to_writer(&mut bytes, value) {
        Ok(()) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// `value` as pretty-printed JSON (see [`to_string`]).
pub fn to_string_pretty(value: &impl Serialize) -> String {
    let mut bytes = Vec::new();
    match to_writer_pretty(&mut bytes, value) {
        Ok(()) => String::from_utf8(bytes).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Whether `c` is written escaped: what serde_json leaves raw and a terminal would act on.
fn needs_escape(c: char) -> bool {
    matches!(c, '\u{7f}'..='\u{9f}') || sanitize::is_bidi_control(c)
}

/// A formatter that escapes [`needs_escape`] characters in strings and is `F` otherwise.
struct Safe<F>(F);

impl<F: Formatter> Formatter for Safe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let bytes = fragment.as_bytes();
        // Nearly every fragment (keys, kinds, English text) is ASCII below DEL: one pass over
        // short strings, cheaper than any search set-up.
        if bytes.iter().all(|&b| b < 0x7f) {
            return writer.write_all(bytes);
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if needs_escape(c) {
                writer.write_all(&bytes[start..i])?;
                // Every such character is in the Basic Multilingual Plane: one \u escape.
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&bytes[start..])
    }

    // Layout: whatever `F` does (PrettyFormatter's indentation).
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }
    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }
    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;

    /// Every export format of a hostile article: no control character but line breaks, no
    /// bidi override, whatever column it would have been in (a vertical tab reached the CSV's
    /// `unit` raw).
    #[test]
    fn no_export_format_carries_a_control_in_any_column() {
        let text = "Acme said it would cut 300 corporate\u{b}jobs, 20 contract\u{85}staff and 40\u{c}workers.\n\
                    Jane\u{85}Doe, the \u{202e}CEO\u{7f} of Acme\u{9b}1m, said 5%\u{b}of staff.\n";
        let story = crate::extract::extract_text(text, &crate::extract::Options::default());
        assert!(
            story
                .facts
                .iter()
                .any(|f| f.unit().is_some_and(|u| u.contains('\u{b}')))
        );
        for format in Format::ALL {
            let out = super::super::render(&story, format);
            let raw: Vec<char> = out
                .chars()
                .filter(|&c| (c.is_control() && c != '\n') || sanitize::is_bidi_control(c))
                .collect();
            assert!(raw.is_empty(), "{format:?}: {raw:?} in {out}");
            assert!(out.contains("300"), "{format:?}: {out}");
        }
    }

    #[test]
    fn terminal_controls_are_escaped_and_the_values_kept() {
        let hostile = "a\u{7f}b\u{9b}2Jc\u{85}d\u{202e}e\u{2066}f\u{1b}]0;t\u{7}g\u{b}h — é 🌞";
        let value = serde_json::json!({ "text": hostile, hostile: [hostile] });
        for json in [to_string(&value), to_string_pretty(&value)] {
            let raw: Vec<char> = json
                .chars()
                .filter(|&c| (c.is_control() && c != '\n') || sanitize::is_bidi_control(c))
                .collect();
            assert!(raw.is_empty(), "{raw:?} in {json}");
            assert!(json.contains("\\u009b") && json.contains("\\u202e") && json.contains("🌞"));
            let back: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(back, value);
        }
        // Pretty printing is serde_json's own.
        assert_eq!(
            to_string_pretty(&serde_json::json!({"a": [1]})),
            serde_json::to_string_pretty(&serde_json::json!({"a": [1]})).unwrap()
        );
    }
}
