//! A single-pass tokenizer shared by every recogniser: words, numbers, symbols and punctuation
//! with byte offsets, so recognisers match on tokens instead of re-scanning text.
//!
//! ```text
//! "OpenAI’s $11bn, U.S. fourth-quarter"
//!  Word(OpenAI) Word(’s) Symbol($) Number(11) Word(bn) Punct(,) Word(U.S.) Word(fourth) Punct(-) Word(quarter)
//! ```

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (any script), with internal apostrophes ("don't", "O'Brien") and dotted
    /// acronyms ("U.S.", "J.P."); a possessive "'s"/"’s" is its own `Word`.
    Word,
    /// Digits with thousands separators and a decimal part: "16,000", "1.5", "2025".
    Number,
    /// Currency and other symbols: $ € £ ¥ ₹ % & and the like.
    Symbol,
    /// Punctuation: . , ; : ! ? - – — ( ) " ' / and the like.
    Punct,
}

/// One token: byte range into the text given to [`tokenize`] (plus its `base`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Whether whitespace separates it from the previous token.
    pub space_before: bool,
}

impl Token {
    /// The token's text, given the same text (and base) it was made from.
    pub fn text<'a>(&self, text: &'a str, base: usize) -> &'a str {
        text.get(self.start - base..self.end - base)
            .unwrap_or_default()
    }
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₩'
            | '₽'
            | '₺'
            | '₪'
            | '¢'
            | '%'
            | '&'
            | '+'
            | '#'
            | '@'
            | '฿'
            | '₿'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `text`; offsets are `base + position in text`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, base, &mut tokens);
    tokens
}

/// [`tokenize`] into a buffer the caller reuses from sentence to sentence (cleared first), so
/// a pass over a document allocates once.
pub fn tokenize_into(text: &str, base: usize, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut space_before = false;
    while i < bytes.len() {
        // ASCII is read from the byte; anything else decodes one char (`i` is always on a
        // char boundary: every token ends on one).
        let c = match bytes[i] {
            b if b.is_ascii() => char::from(b),
            _ => match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        if c.is_whitespace() {
            space_before = true;
            i += c.len_utf8();
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            (Kind::Number, scan_number(bytes, i))
        } else if c.is_alphabetic() {
            (Kind::Word, scan_word(text, i))
        } else if is_apostrophe(c) && possessive_at(text, i) {
            (Kind::Word, i + c.len_utf8() + 1)
        } else if is_symbol(c) {
            (Kind::Symbol, i + c.len_utf8())
        } else {
            (Kind::Punct, i + c.len_utf8())
        };
        tokens.push(Token {
            kind,
            start: base + i,
            end: base + end,
            space_before,
        });
        space_before = false;
        i = end;
    }
}

/// A "'s" that follows a word and is not followed by a letter.
fn possessive_at(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let mut after = text[i..].chars().skip(1);
    before.is_some_and(char::is_alphanumeric)
        && matches!(after.next(), Some('s' | 'S'))
        && !after.next().is_some_and(char::is_alphanumeric)
}

fn scan_number(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    // Thousands groups: ",ddd" not followed by another digit.
    loop {
        if i + 3 < bytes.len()
            && bytes[i] == b','
            && bytes[i + 1..=i + 3].iter().all(u8::is_ascii_digit)
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            i += 4;
        } else {
            break;
        }
    }
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    loop {
        // Runs of ASCII letters need no decoding.
        while end < bytes.len() && bytes[end].is_ascii_alphabetic() {
            end += 1;
        }
        let Some(c) = text[end..].chars().next() else {
            break;
        };
        if c.is_alphabetic() || is_mark(c) {
            end += c.len_utf8();
        } else if c == '.' && dotted_acronym(text, start, end) {
            // "U.S." — single letters joined by dots, taking the final dot too.
            end += 1;
        } else if is_apostrophe(c)
            && !possessive_at(text, end)
            && text[end + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Combining marks that belong to the word ("Nguyễn" in decomposed form).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
}

/// Whether the '.' at `dot` continues a dotted acronym that began at `start`: the word so far
/// is single letters separated by dots, and a letter (then '.' or end) follows, or it is the
/// closing dot of one.
fn dotted_acronym(text: &str, start: usize, dot: usize) -> bool {
    let so_far = &text[start..dot];
    let singles = so_far
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    if !singles {
        return false;
    }
    let mut rest = text[dot + 1..].chars();
    match rest.next() {
        Some(c) if c.is_uppercase() => !rest.next().is_some_and(char::is_alphabetic),
        // The closing dot of an acronym of two or more letters.
        _ => so_far.contains('.'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, Kind)> {
        tokenize(text, 0)
            .iter()
            .map(|t| (t.text(text, 0), t.kind))
            .collect()
    }

    #[test]
    fn numbers_symbols_possessives_acronyms() {
        use Kind::*;
        assert_eq!(
            words("OpenAI’s $11bn, U.S. fourth-quarter 1,000.5 2025."),
            [
                ("OpenAI", Word),
                ("’s", Word),
                ("$", Symbol),
                ("11", Number),
                ("bn", Word),
                (",", Punct),
                ("U.S.", Word),
                ("fourth", Word),
                ("-", Punct),
                ("quarter", Word),
                ("1,000.5", Number),
                ("2025", Number),
                (".", Punct),
            ]
        );
    }

    #[test]
    fn apostrophes_inside_words_and_non_ascii() {
        assert_eq!(
            words("O'Brien don't Zoë Müller Nguyễn")
                .iter()
                .map(|w| w.0)
                .collect::<Vec<_>>(),
            ["O'Brien", "don't", "Zoë", "Müller", "Nguyễn"]
        );
    }

    /// The tokenizer as first written, one `char` at a time: the byte fast paths must agree.
    fn tokenize_by_char(text: &str, base: usize) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut chars = text.char_indices().peekable();
        let mut space_before = false;
        while let Some((i, c)) = chars.next() {
            if c.is_whitespace() {
                space_before = true;
                continue;
            }
            let (kind, end) = if c.is_ascii_digit() {
                (Kind::Number, scan_number(text.as_bytes(), i))
            } else if c.is_alphabetic() {
                let mut end = i;
                let mut iter = text[i..].char_indices().peekable();
                while let Some((off, c)) = iter.next() {
                    let at = i + off;
                    if c.is_alphabetic() || is_mark(c) {
                        end = at + c.len_utf8();
                    } else if c == '.' && dotted_acronym(text, i, at) {
                        end = at + 1;
                    } else if is_apostrophe(c)
                        && !possessive_at(text, at)
                        && iter.peek().is_some_and(|&(_, n)| n.is_alphabetic())
                    {
                        end = at + c.len_utf8();
                    } else {
                        break;
                    }
                }
                (Kind::Word, end)
            } else if is_apostrophe(c) && possessive_at(text, i) {
                (Kind::Word, i + c.len_utf8() + 1)
            } else if is_symbol(c) {
                (Kind::Symbol, i + c.len_utf8())
            } else {
                (Kind::Punct, i + c.len_utf8())
            };
            tokens.push(Token {
                kind,
                start: base + i,
                end: base + end,
                space_before,
            });
            space_before = false;
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
        }
        tokens
    }

    proptest::proptest! {
        #[test]
        fn byte_fast_paths_agree_with_the_char_tokenizer(
            text in "([a-zA-Z0-9 .,'’$€%\\-]|é|ß|Ü|ễ|\u{301}|\u{a0}|\n|\t|U\\.S\\.|’s|'s|1,000|\u{3000}|日本){0,40}"
        ) {
            proptest::prop_assert_eq!(tokenize(&text, 7), tokenize_by_char(&text, 7));
        }
    }

    #[test]
    fn offsets_carry_the_base_and_space_flags() {
        let t = tokenize("a $5", 10);
        assert_eq!((t[1].start, t[1].space_before), (12, true));
        assert_eq!((t[2].start, t[2].space_before), (13, false));
        // A comma not followed by three digits ends the number.
        assert_eq!(words("1,50")[0].0, "1");
        assert_eq!(words("12,345,678")[0].0, "12,345,678");
    }
}
