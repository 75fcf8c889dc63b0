//! Facts as CSV (`e`, `dateline extract --format csv`): one row per fact, RFC 4180 quoting,
//! every field sanitised as the screen shows it.

use crate::sanitize;
use crate::story::Story;

/// Facts as CSV (RFC 4180 quoting).
pub fn csv(story: &Story) -> String {
    let mut out =
        String::from("id,kind,text,value,unit,qualifier,name,role,resolved,start,end,sentence\n");
    for f in &story.facts {
        // Every field sanitised, not only those quoting the article: a unit is the noun as
        // written ("corporate\u{b}jobs").
        let fields = [
            // A person reads ids and sentence numbers from 1, as on the screen; `start` and
            // `end` are byte offsets, from 0.
            (f.id + 1).to_string(),
            f.kind.name().to_string(),
            f.text(&story.document.text).to_string(),
            // Only finite numbers: `inf` and `NaN` are not numbers to a spreadsheet.
            f.value()
                .filter(|v| v.is_finite())
                .map(|v| v.to_string())
                .unwrap_or_default(),
            f.unit().unwrap_or_default().to_string(),
            f.qualifier
                .map(|q| q.name().to_string())
                .unwrap_or_default(),
            f.name().unwrap_or_default().to_string(),
            f.role().unwrap_or_default().to_string(),
            f.resolved()
                .flatten()
                .map(|t| t.to_string())
                .unwrap_or_default(),
            f.start.to_string(),
            f.end.to_string(),
            (f.sentence_index() + 1).to_string(),
        ];
        let row: Vec<String> = fields
            .iter()
            .map(|s| csv_field(&sanitize::line(s)))
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
