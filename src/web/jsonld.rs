//! A page's JSON-LD (schema.org in `<script type="application/ld+json">`): the article's
//! `datePublished`, its authors and its publisher, from objects at the top, in arrays and in
//! `@graph`. A block that is not valid JSON, or nests deeper than serde_json's limit, is
//! skipped.

use super::meta::parse_date;
use dom_query::Document;
use jiff::civil::Date;
use serde_json::Value;

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default)]
pub struct JsonLd {
    pub date: Option<Date>,
    /// The authors' names, joined with ", ".
    pub byline: Option<String>,
    /// The publisher's name.
    pub site_name: Option<String>,
}

/// The first JSON-LD object with a `datePublished`, preferring article types (`NewsArticle`,
/// `BlogPosting`, …) over pages and sites, with its authors and publisher. Objects are found
/// at the top, in arrays and in `@graph`.
pub fn read(doc: &Document) -> JsonLd {
    let mut fallback = None;
    for script in doc.select("script").nodes() {
        let is_ld = script
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        // serde_json refuses nesting deeper than 128: a hostile block is skipped.
        let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        let mut pending = vec![&value];
        while let Some(v) = pending.pop() {
            match v {
                Value::Array(items) => pending.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(date) = map
                        .get("datePublished")
                        .and_then(Value::as_str)
                        .and_then(parse_date)
                    {
                        let found = JsonLd {
                            date: Some(date),
                            byline: map.get("author").and_then(names),
                            site_name: map.get("publisher").and_then(names),
                        };
                        if map.get("@type").is_some_and(is_article_type) {
                            return found;
                        }
                        fallback = fallback.or(Some(found));
                    }
                    if let Some(graph) = map.get("@graph") {
                        pending.push(graph);
                    }
                }
                _ => {}
            }
        }
    }
    fallback.unwrap_or_default()
}

/// `"Jane Doe"`, `{"name": "Jane Doe"}` or a list of them, as one line.
fn names(value: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(m) => m
            .get("name")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string()),
        _ => None,
    };
    let list: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    };
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty()).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

fn is_article_type(value: &Value) -> bool {
    let article = |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
    match value {
        Value::String(t) => article(t),
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).any(article),
        _ => false,
    }
}
