//! The config file's shape as TOML: `[keys]` (action = key or list of keys) and `[theme]`
//! (name = colour), every name and value with the byte range it came from, so each problem
//! found later can say `line:column`. Only the shape is checked here; names and values are
//! checked entry by entry in `config::apply`.

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use toml::Spanned;

/// The whole file. Unknown sections are an error, like a TOML syntax error or a wrong type.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default)]
    pub keys: BTreeMap<Spanned<String>, Spanned<KeyList>>,
    #[serde(default)]
    pub theme: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// `down = "j"` or `down = ["j", "Down"]`.
#[derive(Debug)]
pub enum KeyList {
    /// One key; its place is that of the whole value.
    One(String),
    Many(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<KeyList, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = KeyList;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key such as \"j\" or a list of keys such as [\"j\", \"Down\"]")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyList, E> {
                Ok(KeyList::One(v.to_string()))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = seq.next_element::<Spanned<String>>()? {
                    keys.push(k);
                }
                Ok(KeyList::Many(keys))
            }
        }
        deserializer.deserialize_any(KeysVisitor)
    }
}

/// Parses the text; the error carries its byte range when the parser knows it.
pub fn parse(text: &str) -> Result<File, toml::de::Error> {
    toml::from_str(text)
}

/// 1-based line and column (in characters) of byte `offset` of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_where_every_name_and_value_is() {
        let text = "[keys]\ndown = [\"j\", \"Ctrl-n\"]\nquit = \"Q\"\n\n[theme]\nmoney = \"red\"\n";
        let file = parse(text).unwrap();
        let (name, value) = file.keys.iter().next().unwrap();
        assert_eq!(name.get_ref(), "down");
        assert_eq!(line_column(text, name.span().start), (2, 1));
        let KeyList::Many(keys) = value.get_ref() else {
            panic!("a list")
        };
        assert_eq!(keys[1].get_ref(), "Ctrl-n");
        assert_eq!(line_column(text, keys[1].span().start), (2, 14));
        let (_, quit) = file.keys.iter().nth(1).unwrap();
        assert!(matches!(quit.get_ref(), KeyList::One(k) if k == "Q"));
        let (colour, red) = file.theme.iter().next().unwrap();
        assert_eq!(colour.get_ref(), "money");
        assert_eq!(line_column(text, red.span().start), (6, 9));
    }

    #[test]
    fn shape_errors_say_where() {
        for (text, line_col, says) in [
            ("[keys]\ndown = 3\n", (2, 8), "a key such as"),
            ("[keys]\ndown = [\"j\", 3]\n", (2, 14), "string"),
            ("[them]\nmoney = \"red\"\n", (1, 2), "unknown field `them`"),
            ("[theme]\nmoney = red\n", (2, 9), ""),
            ("[theme]\nmoney = 1\n", (2, 9), "string"),
        ] {
            let e = parse(text).unwrap_err();
            let span = e.span().expect("a place");
            assert_eq!(line_column(text, span.start), line_col, "{text:?}: {e}");
            assert!(e.message().contains(says), "{text:?}: {}", e.message());
        }
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_column("é = 1\nab", 7), (2, 1));
        assert_eq!(line_column("é = 1", 4), (1, 4));
        assert_eq!(line_column("ab", 99), (1, 3));
    }
}
