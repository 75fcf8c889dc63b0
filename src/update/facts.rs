//! The Facts pane's own keys: unfold an entity's group to its mentions (Enter, →), fold it
//! (←), and switch between grouped lines and text order (`s`).

use super::sync_layout;
use crate::model::{FactOrder, Model, Shape};
use crate::pane::Pane;
use crate::story::Fact;

/// The entity of the selected line when it is a group or one of its mentions.
fn selected_entity(model: &Model) -> Option<(usize, Shape)> {
    let line = model.facts.selected.and_then(|i| model.fact_lines.get(i))?;
    let entity = model
        .story
        .facts
        .get(line.fact)
        .and_then(Fact::entity_index)?;
    matches!(line.shape, Shape::Group { .. } | Shape::Member).then_some((entity, line.shape))
}

/// Whether the selected Facts line is a group (Enter unfolds or folds it rather than going
/// to a sentence).
pub fn on_group(model: &Model) -> bool {
    model.focus == Pane::Facts && matches!(selected_entity(model), Some((_, Shape::Group { .. })))
}

/// Unfolds (`open`) or folds the selected entity's group. Folding from a mention selects the
/// group's line.
pub fn fold(model: &mut Model, open: bool) {
    if model.focus != Pane::Facts {
        return;
    }
    let Some((entity, shape)) = selected_entity(model) else {
        if model.fact_order == FactOrder::Grouped {
            model.message = Some("only a name mentioned more than once unfolds".to_string());
        }
        return;
    };
    let at = model.expanded.binary_search(&entity);
    match (open, at) {
        (true, Err(i)) => model.expanded.insert(i, entity),
        (false, Ok(i)) => {
            model.expanded.remove(i);
            if shape == Shape::Member {
                // Up to the group's line, which the refresh keeps selected.
                let head = model.facts.selected.and_then(|s| {
                    model.fact_lines[..s]
                        .iter()
                        .rposition(|l| matches!(l.shape, Shape::Group { .. }))
                });
                model.facts.selected = head.or(model.facts.selected);
            }
        }
        _ => return,
    }
    model.refresh_rows();
    sync_layout(model);
}

/// Enter on a group: unfold it, or fold it when open.
pub fn toggle(model: &mut Model) {
    if let Some((entity, _)) = selected_entity(model) {
        fold(model, !model.is_expanded(entity));
    }
}

/// `s`: grouped ⇄ text order.
pub fn toggle_order(model: &mut Model) {
    model.fact_order = match model.fact_order {
        FactOrder::Grouped => FactOrder::Text,
        FactOrder::Text => FactOrder::Grouped,
    };
    model.refresh_rows();
    sync_layout(model);
    model.message = Some(
        match model.fact_order {
            FactOrder::Grouped => "facts grouped: figures by kind, names with their mentions",
            FactOrder::Text => "facts in text order, one line per mention",
        }
        .to_string(),
    );
}
