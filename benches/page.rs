//! Opening a saved web page against opening its text: a 1 MB news page (the bundled story
//! repeated, one `<p>` a paragraph, with navigation, ads every tenth paragraph, related links
//! and a footer) read to its article and extracted, beside that article's text decoded and
//! extracted. The budget: the page costs at most 50 ms more. Run: `cargo bench --bench page`.

mod common;
use common::repeated;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::extract::{self, Options};
use dateline::story::{Document, load};
use dateline::web;
use std::hint::black_box;

/// Size of the saved page.
const PAGE_BYTES: usize = 1 << 20;

/// Every how many paragraphs an ad slot sits.
const AD_EVERY: usize = 10;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A news page of about `bytes` around the bundled story repeated.
fn page(bytes: usize) -> String {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=utf-8><title>Story | The Ledger</title>\
         <meta property=\"og:site_name\" content=\"The Ledger\">\
         <meta property=\"article:published_time\" content=\"2026-01-29T10:00:00Z\">\
         <script>var tracking = {id: 1};</script><style>p{margin:0}</style></head><body>\
         <header><nav><ul>",
    );
    for section in 0..40 {
        html.push_str(&format!(
            "<li><a href=\"/s/{section}\">Section {section}</a></li>"
        ));
    }
    html.push_str("</ul></nav></header><main><article><h1>Story</h1><div class=\"story-body\">");
    let text = repeated(bytes);
    for (i, paragraph) in text.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        html.push_str(&format!("<p>{}</p>\n", escape(paragraph)));
        if i % AD_EVERY == AD_EVERY - 1 {
            html.push_str("<div class=\"ad-slot\"><span>Advertisement</span><a href=\"/ad\"><img src=\"/ad.png\" alt=\"ad\"></a></div>\n");
        }
        if html.len() >= bytes - 4096 {
            break;
        }
    }
    html.push_str("</div></article><aside class=\"related\"><ul>");
    for story in 0..20 {
        html.push_str(&format!(
            "<li><a href=\"/r/{story}\">Related story {story}</a></li>"
        ));
    }
    html.push_str("</ul></aside></main><footer><p>All rights reserved.</p></footer></body></html>");
    html
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let html = page(PAGE_BYTES).into_bytes();
    let text = web::read_bytes(&html, None, None)
        .expect("the bench page reads")
        .text
        .into_bytes();
    let mut group = c.benchmark_group("open");
    group.sample_size(20);
    group.bench_function("text_1MB", |b| {
        b.iter(|| {
            let loaded = load::decode(black_box(&text)).expect("text");
            extract::extract(Document::new(loaded.text), &options)
        })
    });
    group.bench_function("page_1MB", |b| {
        b.iter(|| {
            let page = web::read_bytes(black_box(&html), None, None).expect("page");
            extract::extract(Document::new(page.text), &options)
        })
    });
    group.bench_function("read_page_1MB", |b| {
        b.iter(|| web::read_bytes(black_box(&html), None, None).expect("page"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
