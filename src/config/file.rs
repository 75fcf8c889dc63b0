//! The config file's shape as TOML: `[keys]` (action = key or list of keys) and `[theme]`
//! (name = colour), every name and value with the byte range it came from, so each problem
//! found later can say `line:column`. The file is read entry by entry: a syntax error, an
//! unknown section or a value of the wrong type is one problem, and every other entry still
//! applies (the parser recovers past a syntax error, as an editor's TOML checker does). Only
//! the shape is checked here; names and values are checked entry by entry in `config::parse`.

use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The entries of the file that have the right shape, and what is wrong with the others.
#[derive(Debug, Default)]
pub struct File {
    pub keys: Vec<(Spanned<String>, Spanned<KeyList>)>,
    /// Colour values as written: a string, or a bare integer (a 256-colour index) in decimal.
    pub theme: Vec<(Spanned<String>, Spanned<String>)>,
    /// Where each problem is, and what it is.
    pub problems: Vec<(Range<usize>, String)>,
}

/// `down = "j"` or `down = ["j", "Down"]`.
#[derive(Debug)]
pub enum KeyList {
    /// One key; its place is that of the whole value.
    One(String),
    Many(Vec<Spanned<String>>),
}

/// Reads the text; never fails (see the module's comment). The file is cut into its section
/// headers and its entries (an entry runs from the line that starts it, `name = …`, to the
/// next such line or header, so a list may span lines), and each entry is parsed alone: a
/// syntax error stays inside its entry.
pub fn parse(text: &str) -> File {
    let mut file = File::default();
    // The section the entries are in: `keys`, `theme`, another (reported once), or none yet.
    let mut section: Option<String> = None;
    let mut seen: Vec<(Option<String>, String)> = Vec::new();
    for chunk in chunks(text) {
        let at = chunk.start;
        let body = &text[chunk.start..chunk.end];
        if chunk.header {
            let name = body
                .trim()
                .trim_start_matches('[')
                .trim_end_matches(']')
                .trim();
            let start = at
                + body
                    .find(|c: char| c != '[' && !c.is_whitespace())
                    .unwrap_or(0);
            let span = start..start + name.len();
            if name != "keys" && name != "theme" {
                file.problems.push((
                    span,
                    format!(
                        "unknown section `{name}` (dateline reads [keys] and [theme]); its \
                         entries are skipped"
                    ),
                ));
            } else if seen.contains(&(None, name.to_string())) {
                file.problems.push((
                    span,
                    format!("duplicate section [{name}]: its entries still apply"),
                ));
            }
            seen.push((None, name.to_string()));
            section = Some(name.to_string());
            continue;
        }
        let table = match DeTable::parse(body) {
            Ok(table) => table,
            Err(e) => {
                let span = e.span().map_or(at..at, |s| at + s.start..at + s.end);
                file.problems
                    .push((span, e.message().trim_end().replace('\n', "; ")));
                continue;
            }
        };
        for (name, value) in table.get_ref().iter() {
            let name_span = at + name.span().start..at + name.span().end;
            let value = Spanned::new(
                at + value.span().start..at + value.span().end,
                value.get_ref(),
            );
            let name = name.get_ref().to_string();
            match section.as_deref() {
                Some("keys" | "theme") => {}
                Some(_) => continue,
                None => {
                    file.problems.push((
                        name_span,
                        format!("`{name}` is outside a section: put it under [keys] or [theme]"),
                    ));
                    continue;
                }
            }
            if seen.contains(&(section.clone(), name.clone())) {
                file.problems.push((
                    name_span,
                    format!("duplicate key `{name}`: the first one applies"),
                ));
                continue;
            }
            seen.push((section.clone(), name.clone()));
            let named = Spanned::new(name_span, name.clone());
            if section.as_deref() == Some("keys") {
                if let Some(list) = key_list(&name, &value, at, &mut file.problems) {
                    file.keys.push((named, Spanned::new(value.span(), list)));
                }
            } else if let Some(colour) = colour(&name, &value, &mut file.problems) {
                file.theme.push((named, Spanned::new(value.span(), colour)));
            }
        }
    }
    file
}

/// A header line or an entry: a byte range of the file.
struct Chunk {
    start: usize,
    end: usize,
    header: bool,
}

/// The file's headers and entries, in order. Comments and blank lines go with the entry
/// before them (TOML allows both inside a list).
fn chunks(text: &str) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim_start();
        let header = is_header(trimmed);
        let continues = !header && !starts_entry(trimmed) && out.last().is_some_and(|c| !c.header);
        match out.last_mut() {
            Some(last) if continues => last.end = at,
            _ if !header && (trimmed.trim().is_empty() || trimmed.starts_with('#')) => {}
            _ => out.push(Chunk {
                start,
                end: at,
                header,
            }),
        }
    }
    out
}

/// `[keys]`, `[ theme ]`, `[[x]]`, with a comment after it or not.
fn is_header(line: &str) -> bool {
    let line = line.split('#').next().unwrap_or("").trim();
    line.starts_with('[')
        && line.ends_with(']')
        && line
            .trim_matches(['[', ']'])
            .trim()
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ' | '"' | '\''))
        && !line.trim_matches(['[', ']']).trim().is_empty()
}

/// Whether a line starts an entry: a key (bare, quoted, dotted) and `=`.
fn starts_entry(line: &str) -> bool {
    let mut rest = line;
    loop {
        rest = rest.trim_start();
        let after = if let Some(q) = rest.strip_prefix('"') {
            q.find('"').map(|i| &q[i + 1..])
        } else if let Some(q) = rest.strip_prefix('\'') {
            q.find('\'').map(|i| &q[i + 1..])
        } else {
            let n = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(rest.len());
            (n > 0).then(|| &rest[n..])
        };
        let Some(after) = after else {
            return false;
        };
        let after = after.trim_start();
        if let Some(more) = after.strip_prefix('.') {
            rest = more;
            continue;
        }
        return after.starts_with('=');
    }
}

/// A `[keys]` value: a string or an array of strings. Elements of another type are skipped,
/// each with its problem.
fn key_list(
    action: &str,
    value: &Spanned<&DeValue>,
    // Where the entry starts in the file: the list's items' places are from there.
    at: usize,
    problems: &mut Vec<(Range<usize>, String)>,
) -> Option<KeyList> {
    match *value.get_ref() {
        DeValue::String(k) => Some(KeyList::One(k.to_string())),
        DeValue::Array(items) => {
            let mut keys = Vec::new();
            for item in items.iter() {
                let span = at + item.span().start..at + item.span().end;
                match item.get_ref() {
                    DeValue::String(k) => keys.push(Spanned::new(span, k.to_string())),
                    other => problems.push((
                        span,
                        format!(
                            "a key is a string such as \"j\" or \"Ctrl-d\", not {} (for `{action}`)",
                            kind(other)
                        ),
                    )),
                }
            }
            Some(KeyList::Many(keys))
        }
        other => {
            problems.push((
                value.span(),
                format!(
                    "`{action}` needs a key such as \"j\" or a list of keys such as [\"j\", \
                     \"Down\"], not {}",
                    kind(other)
                ),
            ));
            None
        }
    }
}

/// A `[theme]` value: a string, or an integer (a 256-colour index, as `"200"` is).
fn colour(
    name: &str,
    value: &Spanned<&DeValue>,
    problems: &mut Vec<(Range<usize>, String)>,
) -> Option<String> {
    match *value.get_ref() {
        DeValue::String(c) => Some(c.to_string()),
        DeValue::Integer(n) => match i64::from_str_radix(n.as_str(), n.radix()) {
            Ok(n) => Some(n.to_string()),
            Err(_) => {
                problems.push((value.span(), format!("`{name}`: a colour number is 0-255")));
                None
            }
        },
        other => {
            problems.push((
                value.span(),
                format!(
                    "`{name}` needs a colour (\"light-green\", \"#d787ff\", a number 0-255), not {}",
                    kind(other)
                ),
            ));
            None
        }
    }
}

/// What a TOML value is, for a message.
fn kind(value: &DeValue) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number with a fraction",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// 1-based line and column (in characters) of byte `offset` of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_where_every_name_and_value_is() {
        let text = "[keys]\ndown = [\"j\", \"Ctrl-n\"]\nquit = \"Q\"\n\n[theme]\nmoney = \"red\"\n";
        let file = parse(text);
        assert!(file.problems.is_empty(), "{:?}", file.problems);
        let (name, value) = &file.keys[0];
        assert_eq!(name.get_ref(), "down");
        assert_eq!(line_column(text, name.span().start), (2, 1));
        let KeyList::Many(keys) = value.get_ref() else {
            panic!("a list")
        };
        assert_eq!(keys[1].get_ref(), "Ctrl-n");
        assert_eq!(line_column(text, keys[1].span().start), (2, 14));
        let (_, quit) = &file.keys[1];
        assert!(matches!(quit.get_ref(), KeyList::One(k) if k == "Q"));
        let (colour, red) = &file.theme[0];
        assert_eq!(colour.get_ref(), "money");
        assert_eq!(red.get_ref(), "red");
        assert_eq!(line_column(text, red.span().start), (6, 9));
    }

    #[test]
    fn a_bare_integer_is_a_colour_number() {
        let file = parse("[theme]\nperson = 200\nmoney = 0x10\n");
        assert!(file.problems.is_empty(), "{:?}", file.problems);
        let values: Vec<&str> = file
            .theme
            .iter()
            .map(|(_, v)| v.get_ref().as_str())
            .collect();
        assert_eq!(values, ["200", "16"]);
    }

    #[test]
    fn shape_errors_say_where_and_the_rest_is_kept() {
        for (text, line_col, says) in [
            ("[keys]\ndown = 3\nup = \"k\"\n", (2, 8), "not an integer"),
            (
                "[keys]\ndown = [\"j\", 3]\nup = \"k\"\n",
                (2, 14),
                "not an integer",
            ),
            (
                "[them]\nmoney = \"red\"\n[keys]\nup = \"k\"\n",
                (1, 2),
                "unknown section `them`",
            ),
            (
                "[keys]\ndown = \"j\"\ndown = \"x\"\nup = \"k\"\n",
                (3, 1),
                "duplicate key",
            ),
            (
                "[theme]\nmoney = true\n[keys]\nup = \"k\"\n",
                (2, 9),
                "not true or false",
            ),
            (
                "keys = 3\n[theme]\nmoney = \"red\"\n",
                (1, 1),
                "outside a section",
            ),
        ] {
            let file = parse(text);
            assert_eq!(file.problems.len(), 1, "{text:?}: {:?}", file.problems);
            let (span, message) = &file.problems[0];
            assert_eq!(
                line_column(text, span.start),
                line_col,
                "{text:?}: {message}"
            );
            assert!(message.contains(says), "{text:?}: {message}");
            assert!(
                file.keys.iter().any(|(a, _)| a.get_ref() == "up")
                    || file.theme.iter().any(|(c, _)| c.get_ref() == "money"),
                "{text:?}: the good entries were dropped"
            );
        }
    }

    #[test]
    fn a_syntax_error_leaves_the_other_lines() {
        let text = "[keys]\ndown = [\"j\"\nup = \"k\"\nzoom = [\n  \"z\",  # a comment\n  \"Z\",\n]\n\n[theme]\nmoney = red\nperson = \"blue\"\n";
        let file = parse(text);
        let lines: Vec<usize> = file
            .problems
            .iter()
            .map(|(span, _)| line_column(text, span.start).0)
            .collect();
        assert_eq!(lines, [2, 10], "{:?}", file.problems);
        let names: Vec<&str> = file
            .keys
            .iter()
            .map(|(n, _)| n)
            .chain(file.theme.iter().map(|(n, _)| n))
            .map(|n| n.get_ref().as_str())
            .collect();
        assert_eq!(names, ["up", "zoom", "person"]);
        assert!(matches!(file.keys[1].1.get_ref(), KeyList::Many(k) if k.len() == 2));
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_column("é = 1\nab", 7), (2, 1));
        assert_eq!(line_column("é = 1", 4), (1, 4));
        assert_eq!(line_column("ab", 99), (1, 3));
    }
}
