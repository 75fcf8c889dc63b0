//! Paragraph and sentence boundaries, and boilerplate detection.
//!
//! Sentences come from UAX #29 (unicode-segmentation), which splits after every "Mr." and
//! "U.S." followed by a capital; a second pass re-joins those splits after titles, initials and
//! common abbreviations.

mod long;

use super::document::Span;
use unicode_segmentation::UnicodeSegmentation;

pub use long::MAX_SENTENCE_BYTES;

/// Paragraph spans (trimmed, never empty). Text whose paragraphs are separated by blank lines
/// and whose lines are short (wrapped at a fixed column, as in e-mail and wire copy) is
/// treated as hard-wrapped: a block of lines is one paragraph. Otherwise every line is one.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines: Vec<Span> = line_spans(text).collect();
    let blocks = blocks(text, &lines);
    let multi_line = blocks.iter().filter(|b| b.len() > 1).count();
    let mut lengths: Vec<usize> = lines.iter().map(|l| l.len()).filter(|&n| n > 0).collect();
    lengths.sort_unstable();
    let median = lengths.get(lengths.len() / 2).copied().unwrap_or(0);
    let hard_wrapped = blocks.len() > 1 && multi_line * 2 > blocks.len() && median <= 100;
    let mut out = Vec::new();
    if hard_wrapped {
        for block in blocks {
            if let (Some(first), Some(last)) = (block.first(), block.last()) {
                out.push(trim(text, Span::new(first.start, last.end)));
            }
        }
    } else {
        for line in lines {
            let t = trim(text, line);
            if !t.is_empty() {
                out.push(t);
            }
        }
    }
    out
}

/// Byte spans of the lines of `text`, without their terminating `\n`.
fn line_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let span = Span::new(start, start + line.trim_end_matches('\n').len());
        start += line.len();
        span
    })
}

/// Runs of non-blank lines.
fn blocks(text: &str, lines: &[Span]) -> Vec<Vec<Span>> {
    let mut out: Vec<Vec<Span>> = Vec::new();
    let mut current = Vec::new();
    for &line in lines {
        if text[line.start..line.end].trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// Sentence spans relative to `paragraph` (trimmed, never empty, at most
/// [`MAX_SENTENCE_BYTES`] long: see `long.rs`).
pub fn sentences(paragraph: &str) -> Vec<Span> {
    long::split_long(paragraph, uax29_sentences(paragraph))
}

/// Sentence spans by UAX #29, re-joined after abbreviations.
fn uax29_sentences(paragraph: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut join_next = false;
    let bounds = uax29_bounds(paragraph);
    for w in bounds.windows(2) {
        let (start, end) = (w[0], w[1]);
        let span = trim(paragraph, Span::new(start, end));
        if span.is_empty() {
            continue;
        }
        let text = &paragraph[span.start..span.end];
        match out.last_mut() {
            Some(last) if join_next && continues(text) => last.end = span.end,
            _ => out.push(span),
        }
        join_next = ends_in_abbreviation(text);
    }
    out
}

/// UAX #29 sentence boundaries of `text`: 0, each boundary, `text.len()`.
///
/// A boundary can only follow a sentence terminator, so for text whose only terminators are
/// ASCII `. ! ?` (all English news), UAX #29 runs on a small window around each of them
/// instead of over every character — the same boundaries, several times faster. Other text
/// takes the full pass.
fn uax29_bounds(text: &str) -> Vec<usize> {
    // Inside a paragraph a line break is only wrapping (hard-wrapped text), never a sentence
    // end, which UAX #29 would make it.
    let unwrapped;
    let text = if text.contains('\n') {
        unwrapped = text.replace('\n', " ");
        unwrapped.as_str()
    } else {
        text
    };
    let mut bounds = vec![0];
    if !only_ascii_terminators(text) {
        // A plain loop: the iterator's size_hint underflows on empty input
        // (unicode-segmentation 1.13), so no adapter that asks for it.
        for (i, _) in text.split_sentence_bound_indices() {
            if i > 0 {
                bounds.push(i);
            }
        }
    } else {
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if !matches!(b, b'.' | b'!' | b'?') {
                continue;
            }
            // The boundary for this terminator lies before the next letter or digit after it;
            // the rules look one character behind the terminator and a little past that.
            let stop = bytes[i + 1..]
                .iter()
                .position(u8::is_ascii_alphanumeric)
                .map_or(text.len(), |p| i + 1 + p);
            // Rule SB8 looks past digits and punctuation for a lower-case letter: the window
            // runs to the first letter after the terminator, inclusive.
            let letter = text[i + 1..]
                .char_indices()
                .take(256)
                .find(|(_, c)| c.is_alphabetic())
                .map_or(text.len(), |(p, _)| i + 1 + p);
            let from = floor_boundary(text, i.saturating_sub(8));
            let to = ceil_boundary(text, (letter + 1).min(i + 256).min(text.len()));
            let window = &text[from..to];
            let found = window
                .split_sentence_bound_indices()
                .map(|(j, _)| from + j)
                .find(|&j| j > i && j <= stop && (j < to || to == text.len()));
            if let Some(j) = found
                && bounds.last().is_some_and(|&l| l < j)
            {
                bounds.push(j);
            }
        }
    }
    if bounds.last() != Some(&text.len()) {
        bounds.push(text.len());
    }
    bounds
}

/// Whether every sentence terminator in `text` is ASCII: the text is ASCII, Latin letters,
/// general punctuation (quotes, dashes, ellipsis) and currency signs — none of which are
/// terminators in UAX #29.
fn only_ascii_terminators(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_ascii()
            || matches!(c,
                '\u{A0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2010}'..='\u{2023}'
                | '\u{2025}'..='\u{203B}' | '\u{20A0}'..='\u{20CF}' | '\u{300}'..='\u{36F}')
    })
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Titles and abbreviations after which a capitalised word rarely starts a new sentence.
const ALWAYS_JOIN: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st",
    "jr", "sr", "rev", "hon", "pres", "supt", "messrs", "mt", "ft", "no", "vs", "v", "approx",
    "est", "dept", "univ", "fig", "ave", "blvd", "rs",
];
/// Abbreviations that may also end a sentence ("… of Acme Inc. The company …").
const MAYBE_JOIN: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "cos", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs",
    "fri", "sat", "sun", "etc", "al", "a.m", "p.m",
];
/// Words that usually open a sentence: after a MAYBE_JOIN abbreviation they mean a real break.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "in",
    "on",
    "but",
    "and",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "our",
    "as",
    "at",
    "for",
    "if",
    "when",
    "while",
    "after",
    "before",
    "meanwhile",
    "however",
    "shares",
    "there",
    "some",
    "analysts",
    "officials",
    "last",
    "earlier",
    "later",
    "since",
    "still",
    "yet",
    "so",
];

/// Whether `sentence` ends with an abbreviation or an initial that UAX #29 wrongly split after.
fn ends_in_abbreviation(sentence: &str) -> bool {
    // "Sony (U.K.) Ltd said": a dotted acronym in parentheses inside a name.
    let closed = sentence.strip_suffix(".)").map(|b| format!("{b}."));
    let sentence = closed.as_deref().unwrap_or(sentence);
    let Some(body) = sentence.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or_default();
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    // Initials and dotted acronyms: "J.", "J.P", "U.S", "U.K".
    let dotted = word
        .split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
    if dotted || ALWAYS_JOIN.contains(&lower.as_str()) {
        return true;
    }
    MAYBE_JOIN.contains(&lower.as_str())
}

/// Whether the piece after an abbreviation continues the sentence.
fn continues(next: &str) -> bool {
    let first: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    !SENTENCE_OPENERS.contains(&first.as_str())
}

/// Boilerplate phrases: page furniture that is not part of the story.
const BOILERPLATE: &[&str] = &[
    "advertisement",
    "scroll to continue",
    "subscribe to",
    "sign up for",
    "read more",
    "share this article",
    "share this story",
    "click here",
    "related articles",
    "related:",
    "recommended for you",
    "follow us on",
    "all rights reserved",
    "story continues below",
    "continue reading",
];

/// A paragraph is boilerplate when it is short and made of page furniture.
pub fn is_boilerplate(paragraph: &str) -> bool {
    if paragraph.len() > 240 {
        return false;
    }
    let lower = paragraph.to_lowercase();
    let lower = lower.trim();
    if lower == "advertisement" || lower.starts_with("advertisement:") {
        return true;
    }
    BOILERPLATE.iter().any(|p| lower.contains(p)) && paragraph.split_whitespace().count() <= 25
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_dotted_acronym_in_parentheses_ends_no_sentence() {
        assert_eq!(
            split("Sony (U.K.) Ltd said it would expand. It has 1,200 staff."),
            [
                "Sony (U.K.) Ltd said it would expand.",
                "It has 1,200 staff."
            ]
        );
    }

    #[test]
    fn rejoins_after_titles_initials_and_acronyms() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones in the U.S. Capitol. They talked."),
            [
                "Mr. Smith met Dr. Jones in the U.S. Capitol.",
                "They talked."
            ]
        );
        assert_eq!(
            split("J.P. Morgan and Acme Corp. Chief Executive Ann Lee spoke on Jan. 15 in Paris."),
            ["J.P. Morgan and Acme Corp. Chief Executive Ann Lee spoke on Jan. 15 in Paris."]
        );
    }

    #[test]
    fn windowed_boundaries_equal_the_full_pass() {
        let samples = [
            "Mr. Smith went. He said \"Stop!\" Then left... OK? (Yes.) 3.5 million. U.S. Army.",
            "Prices rose 2.5%. The end.\tNext one!  «Quoted.» Café owners said so. 'Fine.' Done",
            "He asked \"why?\" she replied. Wait!!! What?! e.g. this. 1. Item. A.B.C. Done.",
            dateline_seed(),
        ];
        for text in samples {
            let text = &text.replace('\n', " ");
            let mut full = vec![0];
            for (i, _) in text.split_sentence_bound_indices() {
                full.push(i);
            }
            full.push(text.len());
            full.dedup();
            assert_eq!(uax29_bounds(text), full, "{text}");
        }
    }

    #[test]
    fn line_breaks_inside_a_paragraph_are_not_sentence_ends() {
        let text = "Acme said it would cut up to 1,400\njobs this year. Shares\nfell.";
        let shares = text.find("Shares").unwrap();
        assert_eq!(
            sentences(text),
            [Span::new(0, shares - 1), Span::new(shares, text.len())]
        );
    }

    proptest::proptest! {
        #[test]
        fn windowed_equals_full_on_random_text(text in "([A-Za-z]{1,8}|[0-9]{1,4}|[ .!?,;:'\"()\\[\\]]|\\.\\.\\.|\u{201C}|\u{201D}|é|\u{2019}){0,80}") {
            let mut full = vec![0];
            for (i, _) in text.split_sentence_bound_indices() {
                full.push(i);
            }
            full.push(text.len());
            full.dedup();
            proptest::prop_assert_eq!(uax29_bounds(&text), full);
        }
    }

    fn dateline_seed() -> &'static str {
        include_str!("../../../seeds/000_4645c990ff64489e.txt")
    }

    #[test]
    fn times_and_rupees_do_not_end_sentences() {
        assert_eq!(
            split("The vote closes at 9 a.m. Mountain Time on Friday. It costs Rs. 20 today."),
            [
                "The vote closes at 9 a.m. Mountain Time on Friday.",
                "It costs Rs. 20 today."
            ]
        );
        assert_eq!(
            split("It ended at 5 p.m. The company said nothing."),
            ["It ended at 5 p.m.", "The company said nothing."]
        );
    }

    #[test]
    fn corporate_suffix_can_still_end_a_sentence() {
        assert_eq!(
            split("Shares fell at Acme Inc. The company declined to comment."),
            [
                "Shares fell at Acme Inc.",
                "The company declined to comment."
            ]
        );
    }

    #[test]
    fn paragraphs_by_line_or_by_block() {
        let text = "One line.\nTwo line.\n\nThree.";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3);
        let wrapped = "A hard\nwrapped para.\n\nAnother hard\nwrapped one.\n";
        let p = paragraphs(wrapped);
        assert_eq!(p.len(), 2);
        assert_eq!(&wrapped[p[0].start..p[0].end], "A hard\nwrapped para.");
        // One line per paragraph, no blank lines, long lines: each line is a paragraph.
        let long = format!(
            "{}\n{}\n{}",
            "a ".repeat(80),
            "b ".repeat(80),
            "c ".repeat(80)
        );
        assert_eq!(paragraphs(&long).len(), 3);
    }

    #[test]
    fn boilerplate_lines() {
        assert!(is_boilerplate("Advertisement: Scroll to Continue"));
        assert!(is_boilerplate(
            "For all PYMNTS AI coverage, subscribe to the daily AI Newsletter."
        ));
        assert!(is_boilerplate("Read more: Acme beats estimates"));
        assert!(!is_boilerplate("Acme said it would cut 300 jobs."));
    }
}
