//! Every style the UI uses, in one place: the [`Theme`]'s colours (defaults, or the config
//! file's `[theme]`) and the modifiers that carry each distinction without colour (bold,
//! reverse, underline or a label), so NO_COLOR and monochrome terminals lose nothing.

use crate::story::FactKind;
use ratatui::style::{Color, Modifier, Style};

mod colour;
pub use colour::{colour_name, parse_colour};

/// The colours; `None` is the terminal's own colour (and what NO_COLOR makes of all of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub money: Option<Color>,
    pub percent: Option<Color>,
    pub count: Option<Color>,
    pub ordinal: Option<Color>,
    pub date: Option<Color>,
    pub org: Option<Color>,
    pub person: Option<Color>,
    pub place: Option<Color>,
    pub group: Option<Color>,
    pub border: Option<Color>,
    pub selection: Option<Color>,
    pub highlight: Option<Color>,
    pub search_match: Option<Color>,
    pub current_match: Option<Color>,
    pub dim: Option<Color>,
    pub warning: Option<Color>,
}

/// The config file's names for the colours, with what each colours, in `--print-config` order.
pub const COLOURS: &[(&str, &str)] = &[
    (
        "money",
        "money facts: their mentions in the article and their label",
    ),
    ("percent", "percentages"),
    ("count", "counts"),
    ("ordinal", "ordinals (first, 3rd…)"),
    ("date", "dates"),
    ("org", "organisations"),
    ("person", "people"),
    ("place", "places"),
    ("group", "groups (nationalities, parties…)"),
    ("border", "the focused pane's border"),
    (
        "selection",
        "the selected row and mention (shown in reverse video, so the colour is its background)",
    ),
    (
        "highlight",
        "the sentence of the selected fact or event (bold either way)",
    ),
    (
        "match",
        "the background of search matches (underlined either way; reversed when none)",
    ),
    ("current-match", "the match n/N is on"),
    ("dim", "borders of other panes, boilerplate, secondary text"),
    ("warning", "warnings and failed checks"),
];

impl Default for Theme {
    fn default() -> Theme {
        Theme {
            money: Some(Color::Green),
            percent: Some(Color::LightYellow),
            count: Some(Color::Yellow),
            ordinal: Some(Color::Gray),
            date: Some(Color::LightRed),
            org: Some(Color::Cyan),
            person: Some(Color::Magenta),
            place: Some(Color::LightBlue),
            group: Some(Color::LightCyan),
            border: Some(Color::Cyan),
            selection: None,
            highlight: None,
            search_match: Some(Color::Yellow),
            current_match: Some(Color::LightRed),
            dim: Some(Color::DarkGray),
            warning: Some(Color::Yellow),
        }
    }
}

/// A style with this foreground, if any.
fn fg(style: Style, colour: Option<Color>) -> Style {
    colour.map_or(style, |c| style.fg(c))
}

impl Theme {
    /// No colour at all (NO_COLOR): the modifiers alone mark everything.
    pub fn monochrome() -> Theme {
        Theme {
            money: None,
            percent: None,
            count: None,
            ordinal: None,
            date: None,
            org: None,
            person: None,
            place: None,
            group: None,
            border: None,
            selection: None,
            highlight: None,
            search_match: None,
            current_match: None,
            dim: None,
            warning: None,
        }
    }

    /// The colour a config name (see [`COLOURS`]) stands for.
    pub fn slot(&mut self, name: &str) -> Option<&mut Option<Color>> {
        Some(match name {
            "money" => &mut self.money,
            "percent" => &mut self.percent,
            "count" => &mut self.count,
            "ordinal" => &mut self.ordinal,
            "date" => &mut self.date,
            "org" => &mut self.org,
            "person" => &mut self.person,
            "place" => &mut self.place,
            "group" => &mut self.group,
            "border" => &mut self.border,
            "selection" => &mut self.selection,
            "highlight" => &mut self.highlight,
            "match" => &mut self.search_match,
            "current-match" => &mut self.current_match,
            "dim" => &mut self.dim,
            "warning" => &mut self.warning,
            _ => return None,
        })
    }

    pub fn kind_color(&self, kind: FactKind) -> Option<Color> {
        match kind {
            FactKind::Money => self.money,
            FactKind::Count => self.count,
            FactKind::Percent => self.percent,
            FactKind::Ordinal => self.ordinal,
            FactKind::Org => self.org,
            FactKind::Person => self.person,
            FactKind::Place => self.place,
            FactKind::Group => self.group,
            FactKind::Date => self.date,
        }
    }

    /// The kind label in the Facts pane (the label itself tells kinds apart without colour).
    pub fn kind(&self, kind: FactKind) -> Style {
        fg(Style::new(), self.kind_color(kind))
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            fg(Style::new(), self.border).add_modifier(Modifier::BOLD)
        } else {
            fg(Style::new(), self.dim)
        }
    }

    pub fn dim(&self) -> Style {
        fg(Style::new(), self.dim).add_modifier(Modifier::DIM)
    }

    /// The selected row of a list: reversed, so the selection colour is its background.
    pub fn selected(&self, focused: bool) -> Style {
        let style = fg(Style::new(), self.selection).add_modifier(Modifier::REVERSED);
        if focused {
            style.add_modifier(Modifier::BOLD)
        } else {
            style
        }
    }

    /// A fact's mention in the article: its kind's colour, underlined.
    pub fn mention(&self, kind: FactKind) -> Style {
        self.kind(kind).add_modifier(Modifier::UNDERLINED)
    }

    /// The selected fact's mention: reversed, so it stands out without colour.
    pub fn mention_selected(&self) -> Style {
        fg(Style::new(), self.selection).add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The sentence of the selected fact or event.
    pub fn highlighted_sentence(&self) -> Style {
        fg(Style::new(), self.highlight).add_modifier(Modifier::BOLD)
    }

    pub fn warning(&self) -> Style {
        fg(Style::new(), self.warning).add_modifier(Modifier::BOLD)
    }

    /// A search match: on the match colour and underlined. Without a colour (NO_COLOR) it is
    /// reversed as well, since a fact's mention is underlined too (issue 15, item 7).
    pub fn search_match(&self) -> Style {
        let style = on(self.search_match).add_modifier(Modifier::UNDERLINED);
        if self.search_match.is_none() {
            style.add_modifier(Modifier::REVERSED)
        } else {
            style
        }
    }

    /// The match `n`/`N` is on: reversed and bold, distinct without colour.
    pub fn current_match(&self) -> Style {
        on(self.current_match)
            .add_modifier(Modifier::BOLD | Modifier::REVERSED | Modifier::UNDERLINED)
    }
}

/// A background colour with black text on it, or nothing.
fn on(colour: Option<Color>) -> Style {
    colour.map_or(Style::new(), |c| Style::new().bg(c).fg(Color::Black))
}

pub fn title(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
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

pub fn key() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_colour_name_reads_back_and_every_config_name_has_a_slot() {
        let mut theme = Theme::default();
        for (name, _) in COLOURS {
            let slot = theme.slot(name).expect("a slot for every name");
            let colour = *slot;
            assert_eq!(parse_colour(&colour_name(colour)), Ok(colour), "{name}");
        }
        assert!(theme.slot("monye").is_none());
        for c in [Color::Rgb(1, 2, 3), Color::Indexed(7), Color::White] {
            assert_eq!(parse_colour(&colour_name(Some(c))), Ok(Some(c)));
        }
    }

    #[test]
    fn without_colour_every_distinction_keeps_a_modifier() {
        let t = Theme::monochrome();
        let none = Style::new();
        assert!(t.selected(false).add_modifier.contains(Modifier::REVERSED));
        assert!(
            t.mention_selected()
                .add_modifier
                .contains(Modifier::REVERSED)
        );
        assert!(
            t.mention(FactKind::Money)
                .add_modifier
                .contains(Modifier::UNDERLINED)
        );
        assert!(t.search_match().add_modifier.contains(Modifier::UNDERLINED));
        assert_ne!(t.current_match(), t.search_match());
        // A match never looks like a fact's mention, nor like the selected one.
        for kind in FactKind::ALL {
            assert_ne!(t.search_match(), t.mention(kind), "{kind:?}");
        }
        assert_ne!(t.search_match(), t.mention_selected());
        assert_ne!(t.highlighted_sentence(), none);
        for style in [
            t.border(true),
            t.dim(),
            t.search_match(),
            t.mention(FactKind::Date),
        ] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
    }
}
