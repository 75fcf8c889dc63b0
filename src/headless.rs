//! `dateline extract`: the same extraction as the TUI, for scripts and pipelines.

use crate::cli::{ExtractArgs, Format};
use crate::extract::{self, Options};
use crate::story::{Document, json::StoryJson, load};
use crate::{export, sanitize};
use serde::Deserialize;
use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

/// Exit code for input dateline refuses (missing, binary, …).
pub const EXIT_BAD_INPUT: u8 = 2;

/// Runs `dateline extract`.
pub fn run(args: &ExtractArgs) -> ExitCode {
    let result = if args.jsonl {
        batch(io::stdin().lock(), &mut io::stdout().lock())
    } else {
        single(args)
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline: {}", sanitize::line(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

fn single(args: &ExtractArgs) -> io::Result<ExitCode> {
    let loaded = match args.file.as_deref() {
        Some(p) if p.as_os_str() != "-" => load::load_path(p),
        _ if args.file.is_none() && io::stdin().is_terminal() => Ok(load::Loaded {
            text: crate::BUNDLED_STORY.to_string(),
            warnings: Vec::new(),
        }),
        _ => load::load_reader(io::stdin().lock(), "stdin"),
    };
    let loaded = match loaded {
        Ok(l) => l,
        Err(e) => {
            eprintln!("dateline: {}", sanitize::line(&e.to_string()));
            return Ok(ExitCode::from(EXIT_BAD_INPUT));
        }
    };
    for w in &loaded.warnings {
        eprintln!("dateline: warning: {}", sanitize::line(w));
    }
    let options = Options {
        reference_date: args.date,
    };
    let story = extract::extract(Document::new(loaded.text), &options);
    let mut out = io::stdout().lock();
    match args.format {
        Format::Json if args.pretty => {
            serde_json::to_writer_pretty(&mut out, &StoryJson::new(&story))?;
            writeln!(out)?;
        }
        Format::Json => {
            serde_json::to_writer(&mut out, &StoryJson::new(&story))?;
            writeln!(out)?;
        }
        Format::Md => out.write_all(export::markdown(&story).as_bytes())?,
        Format::Csv => out.write_all(export::csv(&story).as_bytes())?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// One line of `--jsonl` input.
#[derive(Deserialize)]
struct Request {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

/// Reads JSON lines, writes one result (or error record) per non-blank line. One bad line
/// never stops the batch; exit code 2 says some lines were bad.
pub fn batch(input: impl BufRead, out: &mut impl Write) -> io::Result<ExitCode> {
    let mut bad = 0usize;
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        let record = match answer(&line) {
            Ok(value) => value,
            Err((id, message)) => {
                bad += 1;
                serde_json::json!({
                    "id": id,
                    "error": format!("line {}: {}", n + 1, sanitize::line(&message)),
                })
            }
        };
        serde_json::to_writer(&mut *out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if bad > 0 {
        ExitCode::from(EXIT_BAD_INPUT)
    } else {
        ExitCode::SUCCESS
    })
}

fn answer(line: &str) -> Result<serde_json::Value, (serde_json::Value, String)> {
    let request: Request = serde_json::from_str(line).map_err(|e| {
        // Salvage the id when the line is JSON but the record is malformed.
        let id = serde_json::from_str::<serde_json::Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(serde_json::Value::Null);
        (id, e.to_string())
    })?;
    let reference_date = match request.date.as_deref() {
        None | Some("") => None,
        Some(d) => Some(
            d.get(..10)
                .unwrap_or(d)
                .parse()
                .map_err(|e| (request.id.clone(), format!("bad date {d:?}: {e}")))?,
        ),
    };
    let story = extract::extract(
        Document::new(request.text.replace("\r\n", "\n")),
        &Options { reference_date },
    );
    let mut value = serde_json::to_value(StoryJson::new(&story))
        .map_err(|e| (request.id.clone(), e.to_string()))?;
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("id".to_string(), request.id);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_gives_an_error_record_and_the_batch_goes_on() {
        let input = b"{\"id\": 1, \"text\": \"Hello.\"}\nnot json\n{\"id\": \"x\", \"text\": 5}\n\n{\"id\": 2, \"text\": \"Bye.\", \"date\": \"2026-01-29\"}\n";
        let mut out = Vec::new();
        let code = batch(&input[..], &mut out).unwrap();
        assert_eq!(code, ExitCode::from(EXIT_BAD_INPUT));
        let lines: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["id"], 1);
        assert_eq!(lines[0]["schema"], "dateline/1");
        assert!(lines[1]["error"].as_str().unwrap().starts_with("line 2:"));
        assert_eq!(lines[2]["id"], "x");
        assert!(lines[2]["error"].is_string());
        assert_eq!(lines[3]["reference_date"], "2026-01-29");
    }
}
