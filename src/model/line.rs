//! A one-line text editor for the search line and the help filter: moves and deletes by
//! grapheme, Ctrl-w deletes a word, Ctrl-u the line, and keeps a history of submitted lines.

use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    pub text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    pub cursor: usize,
    /// Submitted lines, oldest first.
    pub history: Vec<String>,
    /// Position while browsing history (`None`: editing a new line).
    history_pos: Option<usize>,
    /// The line being edited before browsing history began.
    draft: String,
}

/// How many lines the history keeps.
const HISTORY: usize = 100;

/// The longest history line restored, in characters (a query is a few words).
const MAX_LINE: usize = 1000;

impl LineEditor {
    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.len();
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
        self.history_pos = None;
    }

    pub fn insert(&mut self, c: char) {
        // Control characters never enter the line (they would reach the terminal).
        if c.is_control() {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
        // A combining mark joins the grapheme before it; keep the cursor on a boundary.
        self.cursor = self.boundary_at_or_after(self.cursor);
    }

    pub fn left(&mut self) {
        self.cursor = self.prev_boundary(self.cursor);
    }

    pub fn right(&mut self) {
        self.cursor = self.next_boundary(self.cursor);
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    pub fn backspace(&mut self) {
        let start = self.prev_boundary(self.cursor);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Ctrl-w: deletes back to the start of the previous word.
    pub fn delete_word(&mut self) {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Ctrl-u: deletes everything before the cursor.
    pub fn delete_to_start(&mut self) {
        self.text.replace_range(..self.cursor, "");
        self.cursor = 0;
    }

    /// Remembers the current line (not blank, not a repeat of the last one).
    pub fn commit(&mut self) {
        let line = self.text.trim();
        if !line.is_empty() && self.history.last().map(String::as_str) != Some(line) {
            self.history.push(line.to_string());
            if self.history.len() > HISTORY {
                self.history.remove(0);
            }
        }
        self.history_pos = None;
    }

    /// Replaces the history with `lines` (remembered from an earlier session): control
    /// characters dropped, blank lines and repeats skipped, the newest kept.
    pub fn set_history(&mut self, lines: &[String]) {
        self.history.clear();
        for line in lines {
            let clean: String = line
                .chars()
                .filter(|c| !c.is_control())
                .take(MAX_LINE)
                .collect();
            let clean = clean.trim();
            if !clean.is_empty() && self.history.last().map(String::as_str) != Some(clean) {
                self.history.push(clean.to_string());
            }
        }
        let excess = self.history.len().saturating_sub(HISTORY);
        self.history.drain(..excess);
        self.history_pos = None;
    }

    /// ↑: the previous history line.
    pub fn history_prev(&mut self) {
        let pos = match self.history_pos {
            None if self.history.is_empty() => return,
            None => {
                self.draft = self.text.clone();
                self.history.len() - 1
            }
            Some(p) => p.saturating_sub(1),
        };
        self.history_pos = Some(pos);
        let line = self.history[pos].clone();
        self.set(&line);
    }

    /// ↓: the next history line, then back to the draft.
    pub fn history_next(&mut self) {
        match self.history_pos {
            None => {}
            Some(p) if p + 1 < self.history.len() => {
                self.history_pos = Some(p + 1);
                let line = self.history[p + 1].clone();
                self.set(&line);
            }
            Some(_) => {
                self.history_pos = None;
                let draft = std::mem::take(&mut self.draft);
                self.set(&draft);
            }
        }
    }

    /// Display columns before the cursor (for placing the terminal cursor).
    pub fn cursor_column(&self) -> usize {
        unicode_width::UnicodeWidthStr::width(
            crate::sanitize::line(&self.text[..self.cursor]).as_str(),
        )
    }

    fn prev_boundary(&self, at: usize) -> usize {
        self.text[..at]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self, at: usize) -> usize {
        self.text[at..]
            .graphemes(true)
            .next()
            .map_or(at, |g| at + g.len())
    }

    fn boundary_at_or_after(&self, at: usize) -> usize {
        let mut pos = 0;
        for g in self.text.graphemes(true) {
            if pos >= at {
                return pos;
            }
            pos += g.len();
        }
        self.text.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineEditor {
        let mut e = LineEditor::default();
        for c in s.chars() {
            e.insert(c);
        }
        e
    }

    #[test]
    fn moves_and_deletes_by_grapheme() {
        let mut e = typed("ae\u{301}👩‍🔬b");
        e.backspace();
        assert_eq!(e.text, "ae\u{301}👩‍🔬");
        e.left();
        e.backspace();
        assert_eq!(e.text, "a👩‍🔬", "e + combining acute goes as one");
        e.home();
        e.right();
        e.insert('X');
        assert_eq!(e.text, "aX👩‍🔬");
        e.end();
        e.left();
        assert_eq!(e.cursor, 2);
    }

    #[test]
    fn word_and_line_deletion() {
        let mut e = typed("%money  openai >50b");
        e.delete_word();
        assert_eq!(e.text, "%money  openai ");
        e.delete_word();
        assert_eq!(e.text, "%money  ");
        e.delete_to_start();
        assert_eq!((e.text.as_str(), e.cursor), ("", 0));
    }

    #[test]
    fn history_browses_and_returns_to_the_draft() {
        let mut e = LineEditor::default();
        for q in ["one", "two", "two", " "] {
            e.set(q);
            e.commit();
        }
        assert_eq!(e.history, ["one", "two"]);
        e.set("dra");
        e.history_prev();
        assert_eq!(e.text, "two");
        e.history_prev();
        e.history_prev();
        assert_eq!(e.text, "one");
        e.history_next();
        assert_eq!(e.text, "two");
        e.history_next();
        assert_eq!(e.text, "dra");
    }

    #[test]
    fn a_remembered_history_is_cleaned_and_capped() {
        let mut e = LineEditor::default();
        let mut lines: Vec<String> = (0..150).map(|i| format!("q{i}")).collect();
        // Controls dropped (the same line twice is then kept once), blanks skipped.
        lines.extend(["a\x1b[2Jb".into(), "  ".into(), "a[2Jb".into()]);
        e.set_history(&lines);
        assert_eq!(e.history.len(), 100);
        assert_eq!(e.history.last().map(String::as_str), Some("a[2Jb"));
        assert_eq!(e.history[0], "q51");
        e.history_prev();
        assert_eq!(e.text, "a[2Jb");
    }

    #[test]
    fn control_characters_never_enter() {
        let e = typed("a\x1b[2Jb\x07");
        assert_eq!(e.text, "a[2Jb");
    }
}
