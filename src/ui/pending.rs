//! The pending-key popup: after `]` or `[`, what the next key may be (as helix shows after a
//! prefix key), read from the keys in effect, so it never names a key that does nothing. It
//! sits in the bottom-right corner, over the panes, above the status bar.
//!
//! ```text
//!                                  ┌ ] next ──────────┐
//!                                  │ m  money         │
//!                                  │ p  person        │
//!                                  │ …                │
//!                                  └──────── Esc ─────┘
//!  status
//! ```

use crate::keymap::{Context, Keymap};
use crate::msg::{Dir, Msg};
use crate::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

pub struct PendingKeys<'a> {
    pub dir: Dir,
    pub keymap: &'a Keymap,
    pub theme: &'a Theme,
}

impl Widget for PendingKeys<'_> {
    /// `area` is the screen above the status bar.
    fn render(self, area: Rect, buf: &mut Buffer) {
        let targets = self.keymap.jump_targets();
        let prefix = self
            .keymap
            .key_for(Context::Normal, Msg::JumpPrefix(self.dir))
            .unwrap_or_default();
        let title = match self.dir {
            Dir::Forward => format!(" {prefix} next "),
            Dir::Backward => format!(" {prefix} previous "),
        };
        let key_w = targets.iter().map(|(k, _)| k.width()).max().unwrap_or(1);
        let desc_w = targets.iter().map(|(_, d)| d.width()).max().unwrap_or(0);
        let width = (key_w + desc_w + 6)
            .max(title.width() + 3)
            .min(area.width as usize) as u16;
        let height = (targets.len() as u16 + 2).min(area.height);
        if width < 8 || height < 3 {
            return;
        }
        let popup = Rect::new(area.right() - width, area.bottom() - height, width, height);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(Span::styled(title, theme::title(true)))
            .title_bottom(Line::from(" Esc cancel ").right_aligned())
            .border_style(self.theme.border(true));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let lines: Vec<Line> = targets
            .iter()
            .map(|(key, what)| {
                Line::from(vec![
                    Span::styled(format!(" {key:<key_w$}  "), theme::key()),
                    Span::raw(*what),
                ])
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
