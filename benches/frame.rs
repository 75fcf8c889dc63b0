//! Frames: the first frame (extract + model + resize + draw) and key-to-frame (one `update`,
//! a draw at 200×60 and the diff against the previous frame, as `Terminal::draw` does; the
//! terminal's own writes are not included) for scrolling, focus changes and moving the facts
//! selection and a keystroke in the search line, on the bundled story and on the story
//! repeated to `DATELINE_BENCH_MB` MB (default 50; the document is built and extracted once,
//! outside the measured loop); and, on the large one, how long a search takes from the query
//! to the frame that shows its results (`search_answer`: the search thread's part).
//!
//! Besides criterion's estimates, each key-to-frame benchmark prints the p50/p99/max of every
//! timed frame, since the budget is a p99. Run: `cargo bench --bench frame`.

mod common;
use common::repeated;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::effect::Effect;
use dateline::extract::{self, Options};
use dateline::model::{Model, Running};
use dateline::msg::Msg;
use dateline::pane::Pane;
use dateline::search::parse;
use dateline::story::{Document, Story};
use dateline::{ui, update};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::hint::black_box;
use std::time::{Duration, Instant};

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn options() -> Options {
    Options {
        reference_date: "2026-01-29".parse().ok(),
    }
}

/// A model as the app has it after its first resize.
fn model(story: Story) -> Model {
    let mut model = Model::new(story, "bench".to_string(), Vec::new());
    update::update(
        &mut model,
        Msg::Resize {
            width: WIDTH,
            height: HEIGHT,
        },
    );
    model
}

/// Two buffers swapped each frame, as `Terminal` keeps them.
struct Screen {
    current: Buffer,
    previous: Buffer,
}

impl Screen {
    fn new() -> Screen {
        let area = Rect::new(0, 0, WIDTH, HEIGHT);
        Screen {
            current: Buffer::empty(area),
            previous: Buffer::empty(area),
        }
    }

    /// Draws a frame and returns how many cells changed.
    fn draw(&mut self, model: &Model) -> usize {
        self.current.reset();
        ui::render(model, self.current.area, &mut self.current);
        let changed = self.previous.diff(&self.current).len();
        std::mem::swap(&mut self.current, &mut self.previous);
        changed
    }
}

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("first_frame");
    group.bench_function("seed", |b| {
        b.iter(|| {
            let story = extract::extract(
                Document::new(black_box(dateline::BUNDLED_STORY).to_string()),
                &options(),
            );
            let model = model(story);
            Screen::new().draw(&model)
        })
    });
    group.bench_function("seed/without_extraction", |b| {
        let story = extract::extract(
            Document::new(dateline::BUNDLED_STORY.to_string()),
            &options(),
        );
        b.iter(|| Screen::new().draw(&model(black_box(story.clone()))))
    });
    // A 50 MB file as the TUI opens it: read from disk and decoded, its beginning shown while
    // the loading thread reads the rest (`app::loading_thread::preview_model`; the loading thread itself is not started here).
    let dir = std::env::temp_dir().join(format!("dateline-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("50mb.txt");
    if std::fs::write(&path, repeated(50 << 20)).is_ok() {
        group.sample_size(10);
        group.bench_function("50MB_file", |b| {
            b.iter(|| {
                let loaded = dateline::story::load::load_path(black_box(&path)).ok()?;
                let model = dateline::app::loading_thread::preview_model(
                    &loaded.text,
                    "bench".into(),
                    Vec::new(),
                );
                let mut m = model;
                update::update(
                    &mut m,
                    Msg::Resize {
                        width: WIDTH,
                        height: HEIGHT,
                    },
                );
                Some(Screen::new().draw(&m))
            })
        });
    }
    let _ = std::fs::remove_dir_all(&dir);
    // The article alone (segmented, wrapped, drawn; no facts yet): what the whole text costs
    // the loading thread before the panes can show all of it. Linear in the size, so 1 MB stands for 50.
    let text = repeated(1 << 20);
    group.sample_size(10);
    group.bench_function("1MB/text_only", |b| {
        b.iter(|| {
            let story = Story {
                document: Document::new(black_box(text.clone())).into(),
                ..Story::default()
            };
            Screen::new().draw(&model(story))
        })
    });
    group.finish();
}

/// One key, then a frame; `prepare` undoes what the previous key did when the view reached
/// an end (outside the timing), so that every timed key really moves something.
fn key_to_frame(
    c: &mut Criterion,
    doc: &str,
    story: &Story,
    name: &str,
    setup: impl Fn(&mut Model),
    prepare: impl Fn(&mut Model),
    msg: Msg,
) {
    let mut model = model(story.clone());
    setup(&mut model);
    let mut screen = Screen::new();
    screen.draw(&model);
    let mut times: Vec<Duration> = Vec::new();
    c.bench_function(&format!("key_to_frame/{doc}/{name}"), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                prepare(&mut model);
                let start = Instant::now();
                update::update(&mut model, black_box(msg));
                black_box(screen.draw(&model));
                let took = start.elapsed();
                total += took;
                times.push(took);
            }
            total
        })
    });
    if times.is_empty() {
        // Filtered out, or run with --profile-time (which does not time anything).
        return;
    }
    times.sort_unstable();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    eprintln!(
        "key_to_frame/{doc}/{name}: {} frames, p50 {:?}, p99 {:?}, max {:?}",
        times.len(),
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

fn keys(c: &mut Criterion, doc: &str, story: &Story) {
    // Start mid-document, so that scrolling has somewhere to go both ways.
    let middle = |m: &mut Model| {
        m.article.scroll = m.article.max_scroll() / 2;
        let h = m.article.height;
        let half = m.facts.len / 2;
        m.facts.select(half, h);
    };
    let rewind_article = |m: &mut Model| {
        if m.article.scroll >= m.article.max_scroll() {
            m.article.scroll = 0;
        }
    };
    key_to_frame(c, doc, story, "down", middle, rewind_article, Msg::Down);
    key_to_frame(
        c,
        doc,
        story,
        "page_down",
        middle,
        rewind_article,
        Msg::PageDown,
    );
    key_to_frame(c, doc, story, "focus_next", middle, |_| {}, Msg::FocusNext);
    let focus_facts = |m: &mut Model| {
        middle(m);
        update::update(m, Msg::Focus(Pane::Facts));
    };
    let rewind_facts = |m: &mut Model| {
        if m.facts.selected.is_some_and(|s| s + 1 >= m.facts.len) {
            m.facts.selected = Some(0);
            m.facts.offset = 0;
        }
    };
    key_to_frame(
        c,
        doc,
        story,
        "facts_down",
        focus_facts,
        rewind_facts,
        Msg::Down,
    );
    // A keystroke in the search line: the results for "amazo" are shown and the key types the
    // "n" of "amazon". A small story is searched in `update`; a large one is handed to the
    // search thread (the effect is dropped here: `search_answer` times the thread's part).
    let typing = |m: &mut Model| {
        middle(m);
        update::update(m, Msg::SearchOpen);
        for c in "amazo".chars() {
            update::update(m, Msg::Input(c));
        }
        answer(m);
    };
    let untype = |m: &mut Model| {
        m.effect = None;
        update::update(m, Msg::EditBackspace);
        m.effect = None;
    };
    key_to_frame(
        c,
        doc,
        story,
        "search_keystroke",
        typing,
        untype,
        Msg::Input('n'),
    );
    // With "amazon" in effect: `n`, the next match.
    let searched = |m: &mut Model| {
        typing(m);
        update::update(m, Msg::Input('n'));
        answer(m);
        update::update(m, Msg::Submit);
    };
    key_to_frame(
        c,
        doc,
        story,
        "next_match",
        searched,
        |_| {},
        Msg::NextMatch,
    );
}

/// Does what the search thread does with the search the model asked for, if any, and hands
/// the answer back.
fn answer(model: &mut Model) {
    if let Some(Effect::Search { generation, query }) = model.effect.take()
        && let Ok(query_parsed) = parse(&query)
    {
        let results = model.index.search(&query_parsed);
        update::search::arrived(model, generation, results);
    }
}

/// A large story's search from the query to the frame that shows its results: the search
/// thread's `Index::search`, then `update::search::arrived` (lists narrowed, first match
/// revealed) and a draw. Not a key-to-frame time: the keystroke's own frame came long before.
fn search_answer(c: &mut Criterion, doc: &str, story: &Story) {
    let mut group = c.benchmark_group(format!("search_answer/{doc}"));
    group.sample_size(10);
    for query in ["softbank", "amazon", "%money >10b"] {
        let mut model = model(story.clone());
        model.search.in_update_up_to = 0;
        update::update(&mut model, Msg::SearchOpen);
        let mut screen = Screen::new();
        group.bench_function(query, |b| {
            b.iter(|| {
                model.search.generation += 1;
                model.search.running = Some(Running {
                    generation: model.search.generation,
                    query: query.to_string(),
                });
                model.effect = Some(Effect::Search {
                    generation: model.search.generation,
                    query: query.to_string(),
                });
                answer(&mut model);
                screen.draw(&model)
            })
        });
    }
    group.finish();
}

fn frames(c: &mut Criterion) {
    first_frame(c);
    let seed = extract::extract(
        Document::new(dateline::BUNDLED_STORY.to_string()),
        &options(),
    );
    keys(c, "seed", &seed);
    drop(seed);
    let mb: usize = std::env::var("DATELINE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let started = Instant::now();
    let big = extract::extract(Document::new(repeated(mb << 20)), &options());
    eprintln!(
        "{mb} MB document: {} facts, {} events, extracted in {:?} (setup, not measured)",
        big.facts.len(),
        big.events.len(),
        started.elapsed()
    );
    keys(c, &format!("{mb}MB"), &big);
    search_answer(c, &format!("{mb}MB"), &big);
}

criterion_group!(benches, frames);
criterion_main!(benches);
