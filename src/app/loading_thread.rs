//! Large articles are read on a thread of their own so the first frame comes at once: the TUI starts
//! on a preview (the article's beginning), while the loading thread splits the whole text into
//! sentences and wraps it for the pane, then extracts the facts and builds the search index,
//! counting its progress for the status bar's gauge. Small articles skip all this.

use super::thread;
use crate::extract::{self, Options};
use crate::model::wrap::ScreenLine;
use crate::model::{ArticleView, Loading, Model, Stage};
use crate::search::Index;
use crate::story::{Document, Story};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Articles at least this long are read on the loading thread. Below it everything together takes
/// well under the 50 ms first-frame budget on the project machine.
pub const LOADING_THREAD_FROM: usize = 512 * 1024;

/// How much of a large article the first frame shows (cut at a paragraph break): many screens
/// of text, and splitting it into sentences takes a few milliseconds.
const PREVIEW_BYTES: usize = 128 * 1024;

/// The thread's name.
const THREAD_NAME: &str = "dateline-loading";

/// What the loading thread sends, in this order.
pub enum Done {
    /// The whole document, wrapped for `width` columns.
    Document {
        document: Arc<Document>,
        width: usize,
        lines: Vec<ScreenLine>,
    },
    /// The facts, events and checks, with the search index.
    Story(Box<(Story, Index)>),
    /// A bug: the loading thread panicked. The article stays readable.
    Failed(String),
}

/// Shared with the loading thread while it runs.
#[derive(Debug, Clone, Default)]
pub struct Shared {
    /// Sentences extracted so far.
    pub progress: Arc<AtomicUsize>,
    /// The article pane's text width, which the loop keeps current, so the loading thread wraps for it.
    pub width: Arc<AtomicUsize>,
}

/// Whether an article of `len` bytes is read on the loading thread. Test builds can lower the
/// threshold with `DATELINE_TEST_LOADING_BYTES`, to drive this path with small files.
pub fn needs_thread(len: usize) -> bool {
    let threshold = if cfg!(debug_assertions) {
        std::env::var("DATELINE_TEST_LOADING_BYTES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(LOADING_THREAD_FROM)
    } else {
        LOADING_THREAD_FROM
    };
    len >= threshold
}

/// The beginning of `text` the first frame shows: at most `PREVIEW_BYTES`, ending at a
/// paragraph break if there is one in the second half, else a line break, else a character.
pub fn preview(text: &str) -> &str {
    if text.len() <= PREVIEW_BYTES {
        return text;
    }
    let mut end = PREVIEW_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let half = end / 2;
    let cut = head
        .rfind("\n\n")
        .filter(|&i| i >= half)
        .or_else(|| head.rfind('\n').filter(|&i| i >= half))
        .unwrap_or(end);
    &text[..cut]
}

/// The model of the first frame of a large article: its beginning ([`preview`]), no facts
/// yet, and the gauge at "reading".
pub fn preview_model(text: &str, name: String, warnings: Vec<String>) -> Model {
    let story = Story {
        document: Document::new(preview(text).to_string()).into(),
        ..Story::default()
    };
    let mut model = Model::new(story, name, warnings);
    model.loading = Some(Loading {
        stage: Stage::Reading,
        done: 0,
        total: 0,
    });
    model
}

/// Starts the loading thread on `text`; it calls `send` with each [`Done`] and stops early if `send`
/// returns false (the TUI has quit).
pub fn start(
    text: String,
    options: Options,
    shared: Shared,
    send: impl Fn(Done) -> bool + Send + 'static,
) -> std::io::Result<()> {
    start_finishing(text, options, |_| {}, shared, send)
}

/// [`start`], with `finish` applied to the story before it is sent (a web page's origin).
pub fn start_finishing(
    text: String,
    options: Options,
    finish: impl FnOnce(&mut Story) + Send + 'static,
    shared: Shared,
    send: impl Fn(Done) -> bool + Send + 'static,
) -> std::io::Result<()> {
    thread::spawn(THREAD_NAME, move || {
        let work = || run(text, &options, finish, &shared, &send);
        if let Err(message) = thread::catch(work) {
            send(Done::Failed(message));
        }
    })
}

fn run(
    text: String,
    options: &Options,
    finish: impl FnOnce(&mut Story),
    shared: &Shared,
    send: &dyn Fn(Done) -> bool,
) {
    super::terminal::fault_point("loading");
    let document = Arc::new(Document::new(text));
    let width = shared.width.load(Ordering::Relaxed);
    let mut view = ArticleView::default();
    view.rewrap(&document, width, true, None);
    let ready = Done::Document {
        document: Arc::clone(&document),
        width,
        lines: view.lines,
    };
    if !send(ready) {
        return;
    }
    test_pause();
    let mut story = extract::extract_observed(document, options, &shared.progress);
    finish(&mut story);
    let index = Index::new(&story);
    send(Done::Story(Box::new((story, index))));
}

/// Test builds: `DATELINE_TEST_LOADING_PAUSE_MS` holds the loading thread between its two stages, so a
/// test can see the article shown while the facts are still missing.
fn test_pause() {
    if cfg!(debug_assertions)
        && let Some(ms) = std::env::var("DATELINE_TEST_LOADING_PAUSE_MS")
            .ok()
            .and_then(|v| v.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previews_end_at_a_paragraph_break() {
        let para = "word ".repeat(1000) + "\n\n";
        let text = para.repeat(100);
        let p = preview(&text);
        assert!(p.len() <= PREVIEW_BYTES && p.len() > PREVIEW_BYTES / 2);
        assert!(text[p.len()..].starts_with("\n\n"));
        // No paragraph break: a line break; none at all: a character boundary.
        let lines = "é line\n".repeat(40_000);
        assert!(lines[preview(&lines).len()..].starts_with('\n'));
        let one = "é".repeat(100_000);
        let p = preview(&one);
        assert!(p.len() == PREVIEW_BYTES || p.len() == PREVIEW_BYTES - 1);
        assert_eq!(preview("short"), "short");
    }

    #[test]
    fn the_loading_thread_sends_the_document_then_the_story() {
        let text = crate::BUNDLED_STORY.repeat(3);
        let shared = Shared::default();
        shared.width.store(60, Ordering::Relaxed);
        let (tx, rx) = std::sync::mpsc::channel();
        start(text.clone(), Options::default(), shared.clone(), move |d| {
            tx.send(d).is_ok()
        })
        .unwrap();
        let Ok(Done::Document {
            document,
            width,
            lines,
        }) = rx.recv()
        else {
            panic!("the document comes first");
        };
        assert_eq!((document.text.as_str(), width), (text.as_str(), 60));
        let mut view = ArticleView::default();
        view.rewrap(&document, 60, true, None);
        assert_eq!(lines, view.lines);
        let Ok(Done::Story(story)) = rx.recv() else {
            panic!("then the story");
        };
        assert!(
            Arc::ptr_eq(&story.0.document, &document),
            "shared, not copied"
        );
        assert_eq!(
            story.0.facts,
            extract::extract_text(&text, &Options::default()).facts
        );
        assert_eq!(
            shared.progress.load(Ordering::Relaxed),
            document.sentences.len()
        );
    }
}
