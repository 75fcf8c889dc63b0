//! Colours as the config file writes them: names ("red", "light-blue"), "#rrggbb", an index
//! 0-255, or "default" (the terminal's own colour).

use ratatui::style::Color;
use std::str::FromStr;

/// Reads a colour as the config file writes it: a name ("red", "light-blue", "dark-gray"),
/// "#rrggbb", an index 0–255, or "default" (the terminal's own colour).
pub fn parse_colour(s: &str) -> Result<Option<Color>, String> {
    if ["default", "none", "reset"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(s.trim()))
    {
        return Ok(None);
    }
    Color::from_str(s.trim()).map(Some).map_err(|_| {
        format!(
            "unknown colour `{s}`: write a name (black, red, green, yellow, blue, magenta, cyan, \
             gray, dark-gray, light-red, light-green, light-yellow, light-blue, light-magenta, \
             light-cyan, white), \"#rrggbb\", a number 0-255 or \"default\""
        )
    })
}

/// The config file's spelling of a colour, which [`parse_colour`] reads back.
pub fn colour_name(colour: Option<Color>) -> String {
    let name = match colour {
        None | Some(Color::Reset) => "default",
        Some(Color::Black) => "black",
        Some(Color::Red) => "red",
        Some(Color::Green) => "green",
        Some(Color::Yellow) => "yellow",
        Some(Color::Blue) => "blue",
        Some(Color::Magenta) => "magenta",
        Some(Color::Cyan) => "cyan",
        Some(Color::Gray) => "gray",
        Some(Color::DarkGray) => "dark-gray",
        Some(Color::LightRed) => "light-red",
        Some(Color::LightGreen) => "light-green",
        Some(Color::LightYellow) => "light-yellow",
        Some(Color::LightBlue) => "light-blue",
        Some(Color::LightMagenta) => "light-magenta",
        Some(Color::LightCyan) => "light-cyan",
        Some(Color::White) => "white",
        Some(Color::Rgb(r, g, b)) => return format!("#{r:02x}{g:02x}{b:02x}"),
        Some(Color::Indexed(n)) => return n.to_string(),
    };
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_read_names_hex_indices_and_default() {
        assert_eq!(parse_colour("red"), Ok(Some(Color::Red)));
        assert_eq!(parse_colour("light-blue"), Ok(Some(Color::LightBlue)));
        assert_eq!(parse_colour("Light Blue"), Ok(Some(Color::LightBlue)));
        assert_eq!(parse_colour("#ff8000"), Ok(Some(Color::Rgb(255, 128, 0))));
        assert_eq!(parse_colour("208"), Ok(Some(Color::Indexed(208))));
        assert_eq!(parse_colour("default"), Ok(None));
        for bad in ["redish", "#ff80", "256", ""] {
            assert!(parse_colour(bad).is_err(), "{bad:?} accepted");
        }
    }
}
