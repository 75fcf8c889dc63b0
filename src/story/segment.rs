//! Paragraph and sentence boundaries, and boilerplate detection.
//!
//! Sentences come from UAX #29 (unicode-segmentation), which splits after every "Mr." and
//! "U.S." followed by a capital; a second pass re-joins those splits after titles, initials and
//! common abbreviations.

use super::document::Span;
use unicode_segmentation::UnicodeSegmentation;

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

/// Sentence spans relative to `paragraph` (trimmed, never empty).
pub fn sentences(paragraph: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut join_next = false;
    for (start, piece) in paragraph.split_sentence_bound_indices() {
        let span = trim(paragraph, Span::new(start, start + piece.len()));
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
    // A join may have depended on what followed; keep spans non-overlapping and ordered.
    out
}

/// Titles and abbreviations after which a capitalised word rarely starts a new sentence.
const ALWAYS_JOIN: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st",
    "jr", "sr", "rev", "hon", "pres", "supt", "messrs", "mt", "ft", "no", "vs", "v", "approx",
    "est", "dept", "univ", "fig", "ave", "blvd",
];
/// Abbreviations that may also end a sentence ("… of Acme Inc. The company …").
const MAYBE_JOIN: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "cos", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs",
    "fri", "sat", "sun", "etc", "al",
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
