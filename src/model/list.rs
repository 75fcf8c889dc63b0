//! Selection and scroll offset of a list pane (Facts, Timeline).

/// Rows kept in view above and below a list's selection when there is room.
pub const SCROLLOFF: usize = 2;

/// A list's cursor. `offset` is the first visible row; `update` keeps the selection inside the
/// visible rows using the pane height it knows from the layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    pub len: usize,
    pub selected: Option<usize>,
    pub offset: usize,
}

impl ListView {
    /// Moves the selection by `delta` rows, clamped to the list.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        if self.len == 0 {
            self.selected = None;
            return;
        }
        let current = self.selected.unwrap_or(0) as isize;
        let next = (current + delta).clamp(0, self.len as isize - 1) as usize;
        self.select(next, height);
    }

    pub fn select(&mut self, index: usize, height: usize) {
        if self.len == 0 {
            self.selected = None;
            self.offset = 0;
            return;
        }
        let index = index.min(self.len - 1);
        self.selected = Some(index);
        self.scroll_into_view(height);
    }

    /// Scrolls so that row `index` is visible, without moving the selection.
    pub fn show(&mut self, index: usize, height: usize) {
        let height = height.max(1);
        if index < self.offset {
            self.offset = index;
        } else if index >= self.offset + height {
            self.offset = index + 1 - height;
        }
        self.offset = self.offset.min(self.len.saturating_sub(height));
    }

    /// Keeps the selected row visible in a pane `height` rows tall, with `SCROLLOFF` rows
    /// of context above and below it where the list has them (as less and vim do).
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        if let Some(s) = self.selected {
            let margin = SCROLLOFF.min((height - 1) / 2);
            if s < self.offset + margin {
                self.offset = s.saturating_sub(margin);
            } else if s + margin >= self.offset + height {
                self.offset = s + margin + 1 - height;
            }
        }
        self.offset = self.offset.min(self.len.saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_stays_in_range_and_in_view() {
        let mut l = ListView {
            len: 10,
            selected: Some(0),
            offset: 0,
        };
        l.move_by(-3, 4);
        assert_eq!((l.selected, l.offset), (Some(0), 0));
        l.move_by(5, 4);
        // A margin of one row below in a pane of four.
        assert_eq!((l.selected, l.offset), (Some(5), 3));
        l.move_by(100, 4);
        assert_eq!((l.selected, l.offset), (Some(9), 6));
        // Two rows of context each side in a taller pane, none past the ends.
        let mut l = ListView {
            len: 30,
            selected: Some(0),
            offset: 0,
        };
        l.move_by(7, 10);
        assert_eq!(l.offset, 0);
        l.move_by(1, 10);
        assert_eq!((l.selected, l.offset), (Some(8), 1));
        l.move_by(100, 10);
        assert_eq!((l.selected, l.offset), (Some(29), 20));
        l.move_by(-19, 10);
        assert_eq!((l.selected, l.offset), (Some(10), 8));
        let mut empty = ListView::default();
        empty.move_by(1, 4);
        assert_eq!(empty.selected, None);
    }
}
