//! One `--jsonl` line to one output record: the request parsed, its text extracted with its
//! own `date` (else the batch's `--date`), and the story written as `dateline/1` with the
//! request's `id` first. Small records are answered into a string (they are written later, in
//! input order); a large one is answered straight into the output, so its memory is that of
//! `dateline extract FILE` on the same text: the line is dropped once parsed, and the JSON is
//! never held whole.

use crate::extract::{self, Options};
use crate::output::json::StoryJson;
use crate::output::safe_json;
use crate::sanitize;
use crate::story::{Document, Story};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

/// One line of `--jsonl` input: the article's `text`, or a `url` to fetch it from (a web
/// page is read to its article, and its own date is the reference date unless `date` or
/// `--date` gives one).
#[derive(Deserialize)]
struct Request {
    id: serde_json::Value,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// An answered record: the request's id, then the story as `extract FILE` writes it.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    story: StoryJson<'a>,
}

/// What a line gets: the record to print and whether it is an error record; `None` for a
/// blank line.
pub type Answer = Option<(String, bool)>;

/// The record for line `n`, or `None` when it is blank.
pub fn respond(n: usize, line: &[u8], date: Option<Date>) -> Answer {
    let line = String::from_utf8_lossy(line);
    if line.trim().is_empty() {
        return None;
    }
    let answered = parse(&line).and_then(|request| extract(request, date));
    Some(match answered {
        // Serialising plain data into a string cannot fail; an empty record keeps this total.
        Ok((id, story)) => (
            safe_json::to_string(&Record {
                id: &id,
                story: StoryJson::new(&story),
            }),
            false,
        ),
        Err((id, message)) => (error(n, id, &message), true),
    })
}

/// Answers line `n` straight into `out` (with its newline); true for an error record, `None`
/// for a blank line. The line is given up before the text is extracted.
pub fn respond_into(
    n: usize,
    line: Vec<u8>,
    date: Option<Date>,
    out: &mut impl Write,
) -> io::Result<Option<bool>> {
    let line = String::from_utf8(line)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if line.trim().is_empty() {
        return Ok(None);
    }
    let request = parse(&line);
    drop(line);
    match request.and_then(|request| extract(request, date)) {
        Ok((id, story)) => {
            safe_json::to_writer(
                &mut *out,
                &Record {
                    id: &id,
                    story: StoryJson::new(&story),
                },
            )?;
            out.write_all(b"\n")?;
            Ok(Some(false))
        }
        Err((id, message)) => {
            writeln!(out, "{}", error(n, id, &message))?;
            Ok(Some(true))
        }
    }
}

/// The error record for line `n` that was longer than a record may be.
pub fn too_long(n: usize, length: u64, max: usize) -> String {
    error(
        n,
        serde_json::Value::Null,
        &format!("{length} bytes, more than a record may have ({max} bytes)"),
    )
}

/// `{"error": "line N: …", "id": …}`, the message sanitised.
fn error(n: usize, id: serde_json::Value, message: &str) -> String {
    let record = serde_json::json!({
        "id": id,
        "error": format!("line {n}: {}", sanitize::line(message)),
    });
    safe_json::to_string(&record)
}

fn parse(line: &str) -> Result<Request, (serde_json::Value, String)> {
    serde_json::from_str(line).map_err(|e| {
        // Salvage the id when the line is JSON but the record is malformed.
        let id = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(serde_json::Value::Null);
        (id, e.to_string())
    })
}

/// Extracts the request's text against its own date, else `date` (the batch's `--date`).
fn extract(
    request: Request,
    date: Option<Date>,
) -> Result<(serde_json::Value, Story), (serde_json::Value, String)> {
    let reference_date = match request.date.as_deref() {
        None | Some("") => date,
        Some(d) => Some(
            d.get(..10)
                .unwrap_or(d)
                .parse()
                .map_err(|e| (request.id.clone(), format!("bad date {d:?}: {e}")))?,
        ),
    };
    let (mut text, opened) = match (request.text, request.url) {
        (Some(text), _) => (text, None),
        (None, Some(url)) => {
            let input = crate::web::open::Input::Url(&url);
            let no_stdin = || Ok(Vec::new());
            let mut opened = crate::web::open::open(input, no_stdin, crate::web::fetch)
                .map_err(|e| (request.id.clone(), e))?;
            (std::mem::take(&mut opened.text), Some(opened))
        }
        (None, None) => {
            return Err((request.id, "a record needs \"text\" or \"url\"".into()));
        }
    };
    if text.contains("\r\n") {
        text = text.replace("\r\n", "\n");
    }
    let options = Options {
        reference_date: match &opened {
            Some(o) => o.reference_date(reference_date),
            None => reference_date,
        },
    };
    let mut story = extract::extract(Document::new(text), &options);
    opened
        .unwrap_or_default()
        .finish(&mut story, reference_date);
    Ok((request.id, story))
}
