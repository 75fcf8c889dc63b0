//! Every style the UI uses, in one place. Each distinction also shows without colour (bold,
//! reverse, underline or a label), so NO_COLOR and monochrome terminals lose nothing.

use crate::story::FactKind;
use ratatui::style::{Color, Modifier, Style};

pub fn border(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}

pub fn title(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    }
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray).add_modifier(Modifier::DIM)
}

/// The selected row of a list.
pub fn selected(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}

/// A fact's mention in the article: its kind's colour, underlined.
pub fn mention(kind: FactKind) -> Style {
    Style::new()
        .fg(kind_color(kind))
        .add_modifier(Modifier::UNDERLINED)
}

/// The selected fact's mention: reversed, so it stands out without colour.
pub fn mention_selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

/// The sentence of the selected fact or event.
pub fn highlighted_sentence() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn kind_color(kind: FactKind) -> Color {
    match kind {
        FactKind::Money => Color::Green,
        FactKind::Count => Color::Yellow,
        FactKind::Percent => Color::LightYellow,
        FactKind::Ordinal => Color::Gray,
        FactKind::Org => Color::Cyan,
        FactKind::Person => Color::Magenta,
        FactKind::Place => Color::LightBlue,
        FactKind::Group => Color::LightCyan,
        FactKind::Date => Color::LightRed,
    }
}

/// The kind label in the Facts pane: a word, so kinds differ without colour.
pub fn kind_label(kind: FactKind) -> &'static str {
    match kind {
        FactKind::Money => "money",
        FactKind::Count => "count",
        FactKind::Percent => "pct",
        FactKind::Ordinal => "ord",
        FactKind::Org => "org",
        FactKind::Person => "person",
        FactKind::Place => "place",
        FactKind::Group => "group",
        FactKind::Date => "date",
    }
}

pub fn status_bar() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn warning() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// A search match in the article: yellow and underlined (underline alone without colour).
pub fn search_match() -> Style {
    Style::new()
        .bg(Color::Yellow)
        .fg(Color::Black)
        .add_modifier(Modifier::UNDERLINED)
}

/// The match `n`/`N` is on: reversed and bold, distinct without colour.
pub fn current_match() -> Style {
    Style::new()
        .bg(Color::LightRed)
        .fg(Color::Black)
        .add_modifier(Modifier::BOLD | Modifier::REVERSED | Modifier::UNDERLINED)
}
