//! What the benches share: the bundled story repeated to a size, the large input every
//! budget of issue 7 is measured on.

/// The bundled story repeated (each copy followed by a line break) until `bytes` is reached.
pub fn repeated(bytes: usize) -> String {
    let story = dateline::BUNDLED_STORY;
    let mut text = String::with_capacity(bytes + story.len());
    while text.len() < bytes {
        text.push_str(story);
        text.push('\n');
    }
    text
}
