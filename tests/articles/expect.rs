//! The `.expect` file format of the article corpus, and its parser. The format is described in
//! the `//!` header of `tests/articles.rs`; this file only turns lines into [`Expectations`] and
//! reports malformed lines with their line number.

use dateline::story::FactKind;
use jiff::civil::Date;

/// Everything one `.expect` file says.
#[derive(Debug, Default, PartialEq)]
pub struct Expectations {
    /// `source: PATH`: the article, relative to the `.expect` file (default: same name, `.txt`).
    pub source: Option<String>,
    /// `date: YYYY-MM-DD`: the reference date given to extraction (like `--date`).
    pub date: Option<Date>,
    /// `reference: YYYY-MM-DD | null`: the reference date the story must end up with.
    pub reference: Option<Option<Date>>,
    pub lines: Vec<Expect>,
}

/// One fact line.
#[derive(Debug, PartialEq)]
pub struct Expect {
    /// 1-based line number in the file.
    pub line: usize,
    /// `None` is `*` (any kind); only `absent` lines may use it.
    pub kind: Option<FactKind>,
    pub text: String,
    pub rule: Rule,
    /// A known gap (`todo` prefix): its reason, the line's comment. Reported, not failed, and
    /// failed when it unexpectedly passes, so it gets promoted.
    pub todo: Option<String>,
}

/// What a fact line asks for.
#[derive(Debug, PartialEq)]
pub enum Rule {
    /// A fact of that kind and exactly that text exists, with these fields.
    Present(Vec<(Field, Want)>),
    /// No fact of that kind has exactly that text.
    Absent,
    /// No fact of that kind overlaps any occurrence of the text.
    AbsentOverlapping,
}

/// A checked fact field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Value,
    Unit,
    Qualifier,
    Name,
    Role,
    Resolved,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Value => "value",
            Field::Unit => "unit",
            Field::Qualifier => "qualifier",
            Field::Name => "name",
            Field::Role => "role",
            Field::Resolved => "resolved",
        }
    }

    fn parse(key: &str) -> Option<Field> {
        [
            Field::Value,
            Field::Unit,
            Field::Qualifier,
            Field::Name,
            Field::Role,
            Field::Resolved,
        ]
        .into_iter()
        .find(|f| f.name() == key)
    }
}

/// The wanted value of a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Want {
    /// `field=null`: the field is empty (for `resolved`: present but `null`).
    Null,
    Number(f64),
    Text(String),
}

/// A lexical piece of a line.
#[derive(Debug, PartialEq)]
enum Piece {
    Bare(String),
    Quoted(String),
    /// `key=value`; the flag says whether the value was quoted (a quoted "null" is text).
    Field(String, String, bool),
}

/// Parses a whole file; the error names the first malformed line.
pub fn parse(text: &str) -> Result<Expectations, String> {
    let mut out = Expectations::default();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let pieces = lex(raw).map_err(|e| format!("line {n}: {e}"))?;
        let todo = matches!(pieces.first(), Some(Piece::Bare(w)) if w == "todo");
        let pieces = if todo { &pieces[1..] } else { &pieces[..] };
        if todo && !matches!(pieces.first(), Some(Piece::Bare(_))) {
            return Err(format!("line {n}: `todo` is followed by a fact line"));
        }
        let before = out.lines.len();
        parse_line(n, pieces, &mut out).map_err(|e| format!("line {n}: {e}"))?;
        if todo {
            let reason = comment(raw).filter(|c| !c.is_empty());
            let reason = reason
                .ok_or_else(|| format!("line {n}: a `todo` line gives its reason in a comment"))?;
            match out.lines.get_mut(before) {
                Some(e) => e.todo = Some(reason),
                None => return Err(format!("line {n}: `todo` is followed by a fact line")),
            }
        }
    }
    Ok(out)
}

fn parse_line(n: usize, pieces: &[Piece], out: &mut Expectations) -> Result<(), String> {
    let Some(first) = pieces.first() else {
        return Ok(());
    };
    let Piece::Bare(head) = first else {
        return Err("a line starts with a kind, `absent` or a `key:` header".into());
    };
    if let Some(key) = head.strip_suffix(':') {
        let [_, Piece::Bare(value)] = pieces else {
            return Err(format!("`{key}:` takes exactly one unquoted value"));
        };
        return header(key, value, out);
    }
    if head == "absent" {
        let (kind, rest) = match pieces.get(1) {
            Some(Piece::Bare(k)) => (kind_or_any(k)?, &pieces[2..]),
            _ => return Err("`absent` is followed by a kind or `*`".into()),
        };
        let (rule, rest) = match rest.first() {
            Some(Piece::Bare(w)) if w == "overlapping" => (Rule::AbsentOverlapping, &rest[1..]),
            _ => (Rule::Absent, rest),
        };
        let [Piece::Quoted(text)] = rest else {
            return Err("`absent KIND [overlapping] \"TEXT\"` takes one quoted text".into());
        };
        out.lines.push(expect(n, kind, text, rule)?);
        return Ok(());
    }
    let kind = Some(kind_or_any(head)?)
        .flatten()
        .ok_or("`*` is only allowed after `absent`")?;
    let Some(Piece::Quoted(text)) = pieces.get(1) else {
        return Err(format!(
            "`{head}` is followed by the fact's text in double quotes"
        ));
    };
    let mut fields = Vec::new();
    for piece in &pieces[2..] {
        let Piece::Field(key, value, quoted) = piece else {
            return Err(format!(
                "expected `field=value` after the text, found {piece:?}"
            ));
        };
        let field = Field::parse(key).ok_or_else(|| {
            format!("unknown field `{key}` (value, unit, qualifier, name, role, resolved)")
        })?;
        if fields.iter().any(|(f, _)| *f == field) {
            return Err(format!("field `{key}` given twice"));
        }
        fields.push((field, want(field, value, *quoted)?));
    }
    out.lines
        .push(expect(n, Some(kind), text, Rule::Present(fields))?);
    Ok(())
}

fn expect(line: usize, kind: Option<FactKind>, text: &str, rule: Rule) -> Result<Expect, String> {
    if text.is_empty() {
        return Err("the fact text is empty".into());
    }
    Ok(Expect {
        line,
        kind,
        text: text.to_string(),
        rule,
        todo: None,
    })
}

/// The comment of a line (after a `#` outside quotes), trimmed.
fn comment(line: &str) -> Option<String> {
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            '#' if !quoted => return Some(line[i + 1..].trim().to_string()),
            _ => {}
        }
    }
    None
}

fn header(key: &str, value: &str, out: &mut Expectations) -> Result<(), String> {
    let date = |v: &str| {
        v.parse::<Date>()
            .map_err(|e| format!("`{key}:` wants YYYY-MM-DD, got `{v}`: {e}"))
    };
    match key {
        "date" => out.date = Some(date(value)?),
        "source" => out.source = Some(value.to_string()),
        "reference" if value == "null" => out.reference = Some(None),
        "reference" => out.reference = Some(Some(date(value)?)),
        _ => return Err(format!("unknown header `{key}:` (date, source, reference)")),
    }
    Ok(())
}

fn kind_or_any(word: &str) -> Result<Option<FactKind>, String> {
    if word == "*" {
        return Ok(None);
    }
    FactKind::ALL
        .into_iter()
        .find(|k| k.name() == word)
        .map(Some)
        .ok_or_else(|| format!("unknown fact kind `{word}`"))
}

fn want(field: Field, value: &str, quoted: bool) -> Result<Want, String> {
    if value == "null" && !quoted {
        return Ok(Want::Null);
    }
    if field == Field::Value {
        return value
            .parse::<f64>()
            .map(Want::Number)
            .map_err(|_| format!("value=`{value}` is not a number"));
    }
    if field == Field::Qualifier && !["at_most", "approx", "at_least", "under"].contains(&value) {
        return Err(format!(
            "qualifier=`{value}` is not one of at_most, approx, at_least, under"
        ));
    }
    Ok(Want::Text(value.to_string()))
}

/// Splits a line into pieces; `#` outside quotes starts a comment.
fn lex(line: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '#' {
            break;
        } else if c == '"' {
            chars.next();
            pieces.push(Piece::Quoted(quoted(&mut chars)?));
        } else {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '"' {
                    break;
                }
                word.push(c);
                chars.next();
            }
            if let Some((key, value)) = word.split_once('=') {
                if key.is_empty() {
                    return Err(format!("`{word}` has no field name before `=`"));
                }
                if value.is_empty() && chars.peek() == Some(&'"') {
                    chars.next();
                    pieces.push(Piece::Field(key.into(), quoted(&mut chars)?, true));
                } else if value.is_empty() {
                    return Err(format!("field `{key}=` has no value"));
                } else {
                    pieces.push(Piece::Field(key.into(), value.into(), false));
                }
            } else if chars.peek() == Some(&'"') {
                return Err(format!(
                    "`{word}` runs into a quote; separate them with a space"
                ));
            } else {
                pieces.push(Piece::Bare(word));
            }
        }
    }
    Ok(pieces)
}

/// Reads a quoted string after its opening quote: `\"`, `\\`, `\n`, `\t` are escapes.
fn quoted(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Result<String, String> {
    let mut s = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Ok(s),
            '\\' => match chars.next() {
                Some('"') => s.push('"'),
                Some('\\') => s.push('\\'),
                Some('n') => s.push('\n'),
                Some('t') => s.push('\t'),
                other => return Err(format!("unknown escape `\\{}`", other.unwrap_or(' '))),
            },
            c => s.push(c),
        }
    }
    Err("unterminated quoted string".into())
}

#[cfg(test)]
#[path = "expect_tests.rs"]
mod tests;
