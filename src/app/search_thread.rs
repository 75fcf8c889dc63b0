//! The search thread. On a large story `update` does not search at each keystroke: it leaves
//! an `Effect::Search`, the loop hands the query here with the model's index, and the results
//! come back to the loop (and so to `update::search::arrived`) as soon as they are ready. Only
//! the latest query matters: those queued behind it while a search ran are skipped.

use super::thread;
use crate::search::{Index, Results, parse};
use std::sync::{Arc, mpsc};

/// The thread's name.
const THREAD_NAME: &str = "dateline-search";

/// What a search came to: its results, or why there are none (a bug: a panic).
pub type Found = Result<Results, String>;

/// The way to the search thread; it stops when this is dropped.
pub struct Searcher {
    jobs: mpsc::Sender<Job>,
}

struct Job {
    generation: u64,
    query: String,
    index: Arc<Index>,
}

impl Searcher {
    /// Starts the thread; it calls `send` with each search's generation and what it found, and
    /// stops if `send` returns false (the TUI has quit).
    pub fn start(send: impl Fn(u64, Found) -> bool + Send + 'static) -> std::io::Result<Searcher> {
        let (jobs, rx) = mpsc::channel::<Job>();
        thread::spawn(THREAD_NAME, move || {
            while let Ok(mut job) = rx.recv() {
                // Typing outran the searches: only the last query is still wanted.
                while let Ok(later) = rx.try_recv() {
                    job = later;
                }
                let found = thread::catch(|| search(&job)).and_then(|found| found);
                if !send(job.generation, found) {
                    return;
                }
            }
        })?;
        Ok(Searcher { jobs })
    }

    /// Asks for search `generation` of `query` over `index`.
    pub fn search(&self, generation: u64, query: String, index: Arc<Index>) {
        // The thread only stops once `send` fails, when the loop has gone: nothing to tell.
        let _ = self.jobs.send(Job {
            generation,
            query,
            index,
        });
    }
}

fn search(job: &Job) -> Found {
    super::terminal::fault_point("search");
    let query = parse(&job.query).map_err(|e| e.to_string())?;
    Ok(job.index.search(&query))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Options, extract};
    use crate::story::Document;

    fn index(text: &str) -> Arc<Index> {
        let story = extract(Document::new(text.to_string()), &Options::default());
        Arc::new(Index::new(&story))
    }

    #[test]
    fn searches_and_answers_with_the_generation() {
        let (tx, rx) = mpsc::channel();
        let searcher = Searcher::start(move |g, found| tx.send((g, found)).is_ok()).unwrap();
        let index = index("Acme cut 300 jobs. Globex raised $5 million.");
        searcher.search(7, "%money".into(), Arc::clone(&index));
        let (generation, found) = rx.recv().unwrap();
        assert_eq!(generation, 7);
        let expected = index.search(&parse("%money").unwrap());
        assert_eq!(found.unwrap(), expected);
        assert_eq!(expected.facts.len(), 1);
    }

    #[test]
    fn a_query_that_does_not_parse_is_an_error_not_a_panic() {
        let (tx, rx) = mpsc::channel();
        let searcher = Searcher::start(move |g, found| tx.send((g, found)).is_ok()).unwrap();
        searcher.search(1, "\"unclosed".into(), index("Acme cut 300 jobs."));
        let (generation, found) = rx.recv().unwrap();
        assert_eq!(generation, 1);
        assert!(found.is_err());
    }

    #[test]
    fn queries_queued_behind_a_search_are_skipped_but_the_last() {
        let (tx, rx) = mpsc::channel();
        // The first answer holds the thread until the test has queued the rest.
        let (busy_tx, busy_rx) = mpsc::channel::<()>();
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let held = std::sync::Mutex::new((busy_tx, go_rx));
        let searcher = Searcher::start(move |g, found| {
            if g == 1
                && let Ok(held) = held.lock()
            {
                let _ = held.0.send(());
                let _ = held.1.recv();
            }
            tx.send((g, found.is_ok())).is_ok()
        })
        .unwrap();
        let index = index("Acme cut 300 jobs.");
        searcher.search(1, "acme".into(), Arc::clone(&index));
        busy_rx.recv().unwrap();
        for g in 2..=5 {
            searcher.search(g, "acme".into(), Arc::clone(&index));
        }
        go_tx.send(()).unwrap();
        drop(searcher);
        let answered: Vec<u64> = rx.iter().map(|(g, _)| g).collect();
        assert_eq!(answered, [1, 5]);
    }
}
