//! `y` and `Y`: what is copied is built here and left in the outbox; the loop sends it to the
//! terminal's clipboard (OSC 52), since update does no I/O.

use crate::effect::Effect;
use crate::model::Model;
use crate::output::{markdown, prose};
use crate::pane::Pane;

/// More than this is refused rather than sent: terminals cap OSC 52 payloads (often at a few
/// hundred kilobytes) and drop what is larger without a word.
pub const MAX_COPY: usize = 256 * 1024;

/// `y`: the selected fact or event, or in the article the marked (else the top) sentence,
/// with its quoted sentence and position.
pub fn selection(model: &mut Model) {
    let story = &model.story;
    let (what, text) = match model.focus {
        Pane::Facts => match model.selected_fact().and_then(|i| story.facts.get(i)) {
            Some(f) => (
                format!("fact {}", f.id + 1),
                prose::cite_fact(story, source(model), f),
            ),
            None => return nothing(model),
        },
        Pane::Timeline => match model.selected_event().and_then(|i| story.events.get(i)) {
            Some(e) => (
                format!("event {}", e.id + 1),
                prose::cite_event(story, source(model), e),
            ),
            None => return nothing(model),
        },
        Pane::Article => {
            let top = model
                .article
                .lines
                .get(model.article.scroll)
                .and_then(|l| story.document.sentence_at(l.start));
            match model.highlight.or(top) {
                Some(s) => (
                    format!("sentence {}", s + 1),
                    prose::cite_sentence(story, source(model), s),
                ),
                None => return nothing(model),
            }
        }
    };
    send(model, text, format!("copied {what} with its source"));
}

/// `Y`: the facts listed (all, or those a search or narrowing leaves) as a Markdown table.
pub fn table(model: &mut Model) {
    if model.fact_rows.is_empty() {
        return nothing(model);
    }
    let text = markdown::facts_table(&model.story, &model.fact_rows);
    let n = crate::plural::count(model.fact_rows.len(), "fact", "facts");
    send(model, text, format!("copied {n} as a Markdown table"));
}

fn send(model: &mut Model, text: String, done: String) {
    if text.len() > MAX_COPY {
        model.message = Some(format!(
            "too much to copy ({} KB; terminals accept about {} KB): narrow the list with / first",
            text.len() / 1024,
            MAX_COPY / 1024
        ));
        return;
    }
    model.effect = Some(Effect::Copy(text));
    model.message = Some(done);
}

fn nothing(model: &mut Model) {
    model.message = Some("nothing selected to copy".to_string());
}

/// What a citation names: the page's URL when the story came from the web (or names its
/// canonical address), else the file.
fn source(model: &Model) -> &str {
    model.story.origin.citation_url().unwrap_or(&model.source)
}
