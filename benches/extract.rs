//! Extraction throughput on one core: the bundled story, and the story repeated to 1 MB and
//! 10 MB (words/s and bytes/s); one "sentence" of 1 MB with no full stop
//! (`long_sentence/1MB`); and `extract --jsonl` batches by thread count (`batch/jobs/N`,
//! records/s). Run: `cargo bench --bench extract`.

mod common;
use common::repeated;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::{self, Options};
use dateline::story::Document;
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let options = Options {
        reference_date: "2026-01-29".parse().ok(),
    };
    let mut group = c.benchmark_group("extract");
    for (name, text) in [
        ("seed", dateline::BUNDLED_STORY.to_string()),
        ("1MB", repeated(1 << 20)),
        ("10MB", repeated(10 << 20)),
        ("long_sentence/1MB", one_sentence(1 << 20)),
    ] {
        let words = text.split_whitespace().count() as u64;
        if name == "10MB" {
            group.sample_size(10);
        }
        group.throughput(Throughput::Elements(words));
        group.bench_function(format!("{name}/words"), |b| {
            b.iter(|| extract::extract(Document::new(black_box(text.clone())), &options))
        });
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{name}/bytes"), |b| {
            b.iter(|| extract::extract(Document::new(black_box(text.clone())), &options))
        });
    }
    group.finish();
    let text = repeated(1 << 20);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Elements(text.split_whitespace().count() as u64));
    group.bench_function("segment/1MB", |b| {
        b.iter(|| Document::new(black_box(text.clone())))
    });
    group.finish();
}

/// The story repeated to `bytes` as one line without a full stop: its sentences run together
/// with commas, as a careless converter flattens a page. Segmentation cuts it into sentences
/// of bounded length (issue 16), so it extracts at about the speed of ordinary text; as one
/// sentence it never finished.
fn one_sentence(bytes: usize) -> String {
    repeated(bytes)
        .replace(['.', '!', '?'], ",")
        .replace('\n', " ")
}

/// `dateline extract --jsonl` on 400 copies of the bundled story, by thread count (issue 7:
/// the speed-up from one core to two). Records per second; the output goes nowhere.
fn batch(c: &mut Criterion) {
    let record =
        serde_json::json!({ "id": "x", "text": dateline::BUNDLED_STORY, "date": "2026-01-29" });
    let line = format!("{record}\n");
    let input = line.repeat(400);
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Elements(400));
    for jobs in [1, 2] {
        group.bench_function(format!("jobs/{jobs}"), |b| {
            b.iter(|| {
                let reader = std::io::Cursor::new(input.clone().into_bytes());
                dateline::headless::batch_with_jobs(reader, &mut std::io::sink(), jobs)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench, batch);
criterion_main!(benches);
