//! HTML elements laid out as the plain text dateline reads: one paragraph a line with a blank
//! line between blocks, `<br>` as a line break, list items as `• ` or `1. ` lines, quotations as
//! `> ` lines, table rows as cells joined by ` | `. Scripts, styles, forms and other things
//! that are not prose never become text. The walk keeps its own stack, so no depth of nesting
//! can overflow the thread's.

use dom_query::NodeRef;

/// Elements whose content is never article text.
const SKIPPED: [&str; 20] = [
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object",
    "embed", "canvas", "button", "select", "input", "textarea", "audio", "video", "map", "dialog",
];

/// Page furniture, skipped when the whole page is laid out (reader-mode detection removes it
/// otherwise).
const FURNITURE: [&str; 5] = ["nav", "header", "footer", "aside", "form"];

/// Elements that start and end a block of text.
const BLOCKS: [&str; 30] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "table",
    "tr",
    "address",
    "details",
    "summary",
    "hr",
];

/// Which elements a layout leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Reader-mode content: everything that is prose.
    Article,
    /// A whole page: also its navigation, header, footer, asides and forms.
    Page,
}

/// The text of `root` and everything under it.
pub fn layout(root: &NodeRef, scope: Scope) -> String {
    let mut w = Writer::default();
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Enter(node) => enter(node, scope, &mut w, &mut stack),
            Step::Leave(name) => leave(&name, &mut w),
        }
    }
    w.out
}

enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(String),
}

fn enter<'a>(node: NodeRef<'a>, scope: Scope, w: &mut Writer, stack: &mut Vec<Step<'a>>) {
    if node.is_text() {
        w.text(&node.text(), w.pre > 0);
        return;
    }
    if !node.is_element() && !node.is_document() && !node.is_fragment() {
        return; // comments, doctypes, processing instructions
    }
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if SKIPPED.contains(&name.as_str())
        || (scope == Scope::Page && FURNITURE.contains(&name.as_str()))
        || node.has_attr("hidden")
    {
        return;
    }
    match name.as_str() {
        "br" => w.line(),
        "hr" => w.block(),
        "ul" => w.lists.push(None),
        "ol" => w.lists.push(Some(1)),
        "li" => w.start_item(),
        "blockquote" => w.quote += 1,
        "pre" => w.pre += 1,
        "td" | "th" => w.start_cell(),
        "tr" => w.cells = 0,
        _ => {}
    }
    if BLOCKS.contains(&name.as_str()) {
        w.block();
    }
    stack.push(Step::Leave(name));
    let children: Vec<NodeRef<'a>> = node.children_it(true).collect();
    stack.extend(children.into_iter().map(Step::Enter));
}

fn leave(name: &str, w: &mut Writer) {
    match name {
        "ul" | "ol" => {
            w.lists.pop();
        }
        "li" => w.marker = None,
        "blockquote" => w.quote = w.quote.saturating_sub(1),
        "pre" => w.pre = w.pre.saturating_sub(1),
        _ => {}
    }
    if BLOCKS.contains(&name) {
        w.block();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Break {
    #[default]
    None,
    Line,
    Paragraph,
}

/// Text written so far and what the next word needs before it.
#[derive(Default)]
struct Writer {
    out: String,
    pending: Break,
    space: bool,
    /// Inside this many `<blockquote>`s.
    quote: usize,
    /// Inside this many `<pre>`s.
    pre: usize,
    /// The open lists: `None` bulleted, `Some(n)` numbered with `n` next.
    lists: Vec<Option<u32>>,
    /// The marker the next word of a list item starts with.
    marker: Option<String>,
    /// Cells written in the current table row.
    cells: usize,
    cell_pending: bool,
}

impl Writer {
    fn block(&mut self) {
        self.pending = self.pending.max(Break::Paragraph);
    }

    fn line(&mut self) {
        self.pending = self.pending.max(Break::Line);
    }

    fn start_item(&mut self) {
        self.marker = Some(match self.lists.last_mut() {
            Some(Some(n)) => {
                let marker = format!("{n}. ");
                *n += 1;
                marker
            }
            _ => "• ".to_string(),
        });
    }

    fn start_cell(&mut self) {
        self.cell_pending = self.cells > 0;
        self.cells += 1;
    }

    fn text(&mut self, text: &str, pre: bool) {
        if pre {
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.line();
                }
                if !line.is_empty() {
                    self.word(line);
                }
            }
            return;
        }
        let text = text.replace('\u{A0}', " ");
        if text.starts_with(|c: char| c.is_ascii_whitespace()) {
            self.space = true;
        }
        for word in text.split_ascii_whitespace() {
            self.word(word);
            self.space = true;
        }
        self.space = text.ends_with(|c: char| c.is_ascii_whitespace());
    }

    fn word(&mut self, word: &str) {
        if self.out.is_empty() {
            self.pending = Break::None;
        }
        let new_line = match std::mem::take(&mut self.pending) {
            Break::None => {
                if self.cell_pending {
                    self.out.push_str(" | ");
                } else if self.space {
                    self.out.push(' ');
                }
                false
            }
            Break::Line => {
                self.out.push('\n');
                true
            }
            Break::Paragraph => {
                self.out.push_str("\n\n");
                true
            }
        };
        if new_line || self.out.is_empty() {
            for _ in 0..self.quote {
                self.out.push_str("> ");
            }
        }
        if let Some(marker) = self.marker.take() {
            self.out.push_str(&marker);
        }
        self.cell_pending = false;
        self.space = false;
        self.out.push_str(word);
    }
}
