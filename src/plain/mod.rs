//! Plain mode (`--plain`, and whenever `TERM=dumb`): the story as a linear conversation of
//! whole lines, for screen readers, braille displays and terminals that cannot place a
//! cursor. No screen drawing, no box drawing, no colour and no escape sequence at all; every
//! answer is a sentence that reads well aloud ("Fact 3 of 23, money, up to $100 billion,
//! sentence 4: …").
//!
//! It drives the same `Model` through the same `update` as the TUI (moving through the facts
//! and events, searching), and describes the selection with `describe`.

use crate::model::{Model, SearchMode};
use crate::msg::Msg;
use crate::output::prose;
use crate::pane::Pane;
use crate::plural::count;
use crate::update::update;
use std::io::{self, BufRead, Write};

/// What Enter, `n` and `p` move through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Article,
    Facts,
    Events,
    Checks,
}

/// The plain-mode session: the shared model plus where the reader is in each list.
pub struct Session {
    pub model: Model,
    list: List,
    /// The paragraph last read in the article.
    paragraph: Option<usize>,
    check: Option<usize>,
}

const HELP: &str = "\
Commands (type one and press Enter):
  a            read the article, one paragraph at a time
  f            the facts        t   the timeline of events        c   the checks
  Enter or n   the next item    p   the previous item             number   that item
  l            list every item of the current list
  /words       search the facts (the query language of the TUI); / alone clears the search
  s            the paragraph the current fact or event comes from
  m            every sentence that tells the current event, with the figure each gives
  i            what this story holds        h   this help        q   quit";

impl Session {
    pub fn new(mut model: Model) -> Session {
        // The lists hold what a search finds, as the TUI's filter mode does.
        model.search.mode = SearchMode::Filter;
        // A conversation answers once the search is done: no search thread, whatever the size.
        model.search.in_update_up_to = usize::MAX;
        // Facts are read one by one in text order: line n is the n-th listed fact.
        model.fact_order = crate::model::FactOrder::Text;
        model.refresh_rows();
        model.facts.selected = (model.facts.len > 0).then_some(0);
        Session {
            model,
            list: List::Article,
            paragraph: None,
            check: None,
        }
    }

    /// The opening lines: what was opened and how to go on.
    pub fn greeting(&self) -> Vec<String> {
        vec![
            format!("dateline: {}.", self.summary()),
            "Type a to read the article, f for the facts, t for the timeline, h for help, q to quit."
                .to_string(),
        ]
    }

    fn summary(&self) -> String {
        let s = &self.model.story;
        let mut out = format!(
            "{}, {}, {}, {}, {}, {}",
            self.model.source,
            count(s.document.paragraphs.len(), "paragraph", "paragraphs"),
            count(s.document.sentences.len(), "sentence", "sentences"),
            count(s.facts.len(), "fact", "facts"),
            count(s.events.len(), "event", "events"),
            count(s.checks.len(), "check", "checks")
        );
        if let Some(d) = s.reference_date {
            out.push_str(&format!(", dates read against {d}"));
            if let Some(from) = s.origin.reference_date_label() {
                out.push_str(&format!(" (from {})", crate::sanitize::line(from)));
            }
        }
        for w in &self.model.warnings {
            out.push_str(&format!(". Note: {w}"));
        }
        out
    }

    /// Answers one command line; `None` means quit.
    pub fn command(&mut self, line: &str) -> Option<Vec<String>> {
        let line = line.trim();
        if let Some(query) = line.strip_prefix('/') {
            return Some(self.search(query));
        }
        let lines = match line {
            "q" | "quit" | "exit" => return None,
            "h" | "?" | "help" => HELP.lines().map(str::to_string).collect(),
            "i" | "info" => vec![format!("{}.", self.summary())],
            "a" | "article" => self.switch(List::Article),
            "f" | "facts" => self.switch(List::Facts),
            "t" | "timeline" | "events" => self.switch(List::Events),
            "c" | "checks" => self.switch(List::Checks),
            "" | "n" | "next" => self.step(1),
            "p" | "prev" | "previous" => self.step(-1),
            "l" | "list" => self.list_all(),
            "s" | "source" => self.source(),
            "m" | "mentions" => self.mentions(),
            other => match other.parse::<usize>() {
                Ok(n) if n >= 1 => self.go_to(n - 1),
                _ => vec![format!("Unknown command {other:?}. Type h for help.")],
            },
        };
        Some(lines)
    }

    fn switch(&mut self, list: List) -> Vec<String> {
        self.list = list;
        match list {
            List::Facts => update(&mut self.model, Msg::Focus(Pane::Facts)),
            List::Events => update(&mut self.model, Msg::Focus(Pane::Timeline)),
            List::Article | List::Checks => {}
        }
        if self.len() == 0 {
            return vec![format!("There are no {}.", self.noun())];
        }
        if self.current().is_none() {
            return self.go_to(0);
        }
        vec![self.describe_current()]
    }

    fn noun(&self) -> &'static str {
        match self.list {
            List::Article => "paragraphs",
            List::Facts if self.model.search.active() => "matching facts",
            List::Facts => "facts",
            List::Events if self.model.search.active() => "matching events",
            List::Events => "events",
            List::Checks => "checks",
        }
    }

    /// [`noun`](Self::noun) for one.
    fn singular(&self) -> &'static str {
        match self.list {
            List::Article => "paragraph",
            List::Facts if self.model.search.active() => "matching fact",
            List::Facts => "fact",
            List::Events if self.model.search.active() => "matching event",
            List::Events => "event",
            List::Checks => "check",
        }
    }

    fn len(&self) -> usize {
        match self.list {
            List::Article => self.model.story.document.paragraphs.len(),
            List::Facts => self.model.fact_rows.len(),
            List::Events => self.model.event_rows.len(),
            List::Checks => self.model.story.checks.len(),
        }
    }

    fn current(&self) -> Option<usize> {
        match self.list {
            List::Article => self.paragraph,
            List::Facts => self.model.facts.selected,
            List::Events => self.model.timeline.selected,
            List::Checks => self.check,
        }
    }

    fn step(&mut self, delta: isize) -> Vec<String> {
        let len = self.len();
        if len == 0 {
            return vec![format!("There are no {}.", self.noun())];
        }
        let target = match self.current() {
            None => 0,
            Some(i) => i.saturating_add_signed(delta),
        };
        if target >= len {
            return vec![format!(
                "End of the {}; p goes back, 1 to the first.",
                self.noun()
            )];
        }
        if delta < 0 && self.current() == Some(0) {
            return vec![format!("Start of the {}.", self.noun())];
        }
        self.go_to(target)
    }

    fn go_to(&mut self, index: usize) -> Vec<String> {
        let len = self.len();
        if index >= len {
            return vec![if len == 1 {
                format!("There is 1 {}.", self.singular())
            } else {
                format!("There are {len} {}.", self.noun())
            }];
        }
        match self.list {
            List::Article => self.paragraph = Some(index),
            List::Checks => self.check = Some(index),
            List::Facts => update(&mut self.model, Msg::Select(Pane::Facts, index)),
            List::Events => update(&mut self.model, Msg::Select(Pane::Timeline, index)),
        }
        vec![self.describe_current()]
    }

    fn describe_current(&self) -> String {
        let index = self.current().unwrap_or(0);
        self.describe(index)
    }

    fn describe(&self, index: usize) -> String {
        let story = &self.model.story;
        let total = self.len();
        match self.list {
            List::Article => format!(
                "Paragraph {} of {total}: {}",
                index + 1,
                paragraph_text(&self.model, index)
            ),
            List::Facts => self
                .model
                .fact_rows
                .get(index)
                .and_then(|&id| story.facts.get(id))
                .map(|f| prose::fact_line(story, index + 1, total, f))
                .unwrap_or_default(),
            List::Events => self
                .model
                .event_rows
                .get(index)
                .and_then(|&id| story.events.get(id))
                .map(|e| prose::event_line(story, index + 1, total, e))
                .unwrap_or_default(),
            List::Checks => story
                .checks
                .get(index)
                .map(|c| prose::check_line(story, index + 1, total, c))
                .unwrap_or_default(),
        }
    }

    fn list_all(&self) -> Vec<String> {
        if self.len() == 0 {
            return vec![format!("There are no {}.", self.noun())];
        }
        (0..self.len()).map(|i| self.describe(i)).collect()
    }

    fn source(&self) -> Vec<String> {
        let story = &self.model.story;
        let sentence = match self.list {
            List::Facts => self
                .model
                .selected_fact()
                .and_then(|f| story.facts.get(f))
                .map(|f| f.sentence_index()),
            List::Events => self
                .model
                .selected_event()
                .and_then(|e| story.events.get(e))
                .map(|e| e.sentence),
            List::Article | List::Checks => None,
        };
        let paragraph = sentence
            .filter(|&s| s < story.document.sentences.len())
            .map(|s| story.document.paragraph_of(s));
        match paragraph {
            Some(p) => vec![format!(
                "From paragraph {}: {}",
                p + 1,
                paragraph_text(&self.model, p)
            )],
            None => vec!["Choose a fact (f) or an event (t) first.".to_string()],
        }
    }

    /// `m`: the tellings of the current event, one line each.
    fn mentions(&self) -> Vec<String> {
        let story = &self.model.story;
        let event = match self.list {
            List::Events => self
                .model
                .selected_event()
                .and_then(|e| story.events.get(e)),
            _ => None,
        };
        match event {
            Some(e) => prose::mentions(story, e),
            None => vec!["Choose an event (t) first.".to_string()],
        }
    }

    fn search(&mut self, query: &str) -> Vec<String> {
        let m = &mut self.model;
        update(m, Msg::SearchOpen);
        update(m, Msg::EditDeleteToStart);
        for c in query.trim().chars() {
            update(m, Msg::Input(c));
        }
        if let Some(e) = m.search.error.clone() {
            update(m, Msg::Cancel);
            return vec![format!("The search did not run: {e}.")];
        }
        update(m, Msg::Submit);
        if !m.search.active() {
            return vec![format!(
                "Search cleared: {}, {}.",
                count(m.fact_rows.len(), "fact", "facts"),
                count(m.event_rows.len(), "event", "events")
            )];
        }
        let (facts, events) = (m.fact_rows.len(), m.event_rows.len());
        let mut lines = vec![format!(
            "{} and {} match {:?}.",
            count(facts, "fact", "facts"),
            count(events, "event", "events"),
            crate::sanitize::line(query.trim())
        )];
        if facts > 0 {
            lines.extend(self.switch(List::Facts));
        } else if events > 0 {
            lines.extend(self.switch(List::Events));
        }
        lines
    }
}

/// A paragraph on one line, its sentences joined.
fn paragraph_text(model: &Model, index: usize) -> String {
    model
        .story
        .document
        .sentences_of(index)
        .map(|s| prose::sentence(&model.story, s))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs a session: commands from `input`, answers to `output`; `prompt` is written before
/// each command when a person is typing.
pub fn run(
    mut session: Session,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
    prompt: bool,
) -> io::Result<()> {
    for line in session.greeting() {
        writeln!(output, "{line}")?;
    }
    let mut buf = Vec::new();
    loop {
        if prompt {
            write!(output, "> ")?;
        }
        output.flush()?;
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        match session.command(&line) {
            Some(lines) => {
                for l in lines {
                    writeln!(output, "{l}")?;
                }
            }
            None => break,
        }
    }
    output.flush()
}

#[cfg(test)]
mod tests;
