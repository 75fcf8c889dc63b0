//! The article's view state: its wrapped lines for the current width and the scroll position.

use super::wrap::{self, ScreenLine};
use crate::story::Document;

/// Wrapped lines are computed in `update` whenever the width or the boilerplate toggle
/// changes (never while drawing), and cached with the width they were made for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleView {
    pub lines: Vec<ScreenLine>,
    /// The text width the lines were wrapped to.
    pub width: usize,
    /// Whether boilerplate paragraphs were included.
    pub with_boilerplate: bool,
    /// In filter mode: the only sentences shown (each as its own block).
    pub only: Option<Vec<usize>>,
    /// In filter mode: the whole article's lines, kept for when it ends, so that leaving it
    /// costs nothing however long the article (re-wrapping 50 MB takes a second).
    pub whole: Option<Box<ArticleView>>,
    /// First visible line.
    pub scroll: usize,
    /// Rows the pane shows (from the layout).
    pub height: usize,
}

impl ArticleView {
    /// Re-wraps if the width, the boilerplate setting or the filter changed, keeping the top
    /// line's text in view.
    pub fn rewrap(
        &mut self,
        doc: &Document,
        width: usize,
        with_boilerplate: bool,
        only: Option<&[usize]>,
    ) {
        if width == self.width
            && with_boilerplate == self.with_boilerplate
            && self.only.as_deref() == only
            && (!self.lines.is_empty() || only.is_some_and(<[usize]>::is_empty))
        {
            // The height may have changed even when the width did not.
            self.clamp();
            return;
        }
        let anchor = self.lines.get(self.scroll).map(|l| l.start);
        if only.is_none()
            && let Some(whole) = self.whole.take()
            && whole.width == width
            && whole.with_boilerplate == with_boilerplate
        {
            self.lines = whole.lines;
        } else {
            if self.only.is_none() && only.is_some() {
                self.whole = Some(Box::new(ArticleView {
                    lines: std::mem::take(&mut self.lines),
                    width: self.width,
                    with_boilerplate: self.with_boilerplate,
                    ..ArticleView::default()
                }));
            }
            self.wrap(doc, width, with_boilerplate, only);
        }
        self.width = width;
        self.with_boilerplate = with_boilerplate;
        self.only = only.map(<[usize]>::to_vec);
        self.scroll = anchor.map_or(0, |a| self.line_at(a));
        self.clamp();
    }

    fn wrap(
        &mut self,
        doc: &Document,
        width: usize,
        with_boilerplate: bool,
        only: Option<&[usize]>,
    ) {
        self.lines = match only {
            // Filter mode: each matching sentence on its own, in text order.
            Some(sentences) => {
                let blocks = sentences.iter().filter_map(|&s| {
                    let sentence = doc.sentences.get(s)?;
                    let paragraph = doc.paragraph_of(s);
                    let boilerplate = doc.paragraphs.get(paragraph).is_some_and(|p| p.boilerplate);
                    (with_boilerplate || !boilerplate).then_some((
                        paragraph,
                        sentence.span.start,
                        sentence.span.end,
                    ))
                });
                wrap::wrap_all(&doc.text, blocks, width)
            }
            None => {
                let paragraphs = doc
                    .paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| with_boilerplate || !p.boilerplate)
                    .map(|(i, p)| (i, p.span.start, p.span.end));
                wrap::wrap_all(&doc.text, paragraphs, width)
            }
        };
    }

    /// The first line that shows byte `offset` (or the nearest after it).
    pub fn line_at(&self, offset: usize) -> usize {
        let i = self.lines.partition_point(|l| l.end() <= offset);
        i.min(self.lines.len().saturating_sub(1))
    }

    pub fn max_scroll(&self) -> usize {
        self.lines.len().saturating_sub(self.height.max(1))
    }

    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.clamp();
    }

    pub fn clamp(&mut self) {
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// Scrolls so that the line showing `offset` is in view, a third of the way down.
    pub fn reveal(&mut self, offset: usize) {
        let line = self.line_at(offset);
        if line < self.scroll || line >= self.scroll + self.height.max(1) {
            self.scroll = line.saturating_sub(self.height / 3);
            self.clamp();
        }
    }

    /// How far through the article the view is, in percent.
    pub fn percent(&self) -> usize {
        (self.scroll * 100)
            .checked_div(self.max_scroll())
            .unwrap_or(100)
    }
}
