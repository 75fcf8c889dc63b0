//! The lines of the Facts pane. By default grouped: the figures first, by kind (money,
//! counts, percentages, dates, ordinals) in text order, then each named entity once with its
//! mention count, the most mentioned first, expandable to its mentions (as lazygit and gitui
//! expand trees). `s` switches to one line per fact in text order, as the facts were found.
//!
//! ```text
//! money  ≤ $100B   up to $100 billion        Shape::Fact
//! count  ~16,000   roughly 16,000 employees  Shape::Fact
//! org    ▼ Amazon                      ×10   Shape::Group (expanded)
//!          │ s3 Amazon is in talks to …      Shape::Member
//! person   Andy Jassy · Amazon CEO           Shape::Fact (one mention)
//! ```
//!
//! `fact_rows` (the facts listed, in text order) stays what search, narrowing, copy and plain
//! mode read; these lines are how the pane shows them, and `facts.selected` indexes them.

use super::Model;
use crate::story::{Fact, FactKind};

/// How the Facts pane orders its lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FactOrder {
    /// Figures by kind, then each entity once with its mention count.
    #[default]
    Grouped,
    /// One line per fact, in text order.
    Text,
}

/// What a line of the Facts pane is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One fact.
    Fact,
    /// An entity mentioned more than once among the listed facts; `fact` is its first listed
    /// mention.
    Group { mentions: u32, expanded: bool },
    /// One mention of the expanded entity above it.
    Member,
}

/// One line of the Facts pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactLine {
    pub fact: usize,
    pub shape: Shape,
}

/// The order figures are listed in, before the names.
const FIGURES: [FactKind; 5] = [
    FactKind::Money,
    FactKind::Count,
    FactKind::Percent,
    FactKind::Date,
    FactKind::Ordinal,
];

impl Model {
    /// The line showing fact `fact`: its own, or its entity's group line when collapsed.
    pub fn fact_line(&self, fact: usize) -> Option<usize> {
        self.fact_line_of
            .get(fact)
            .copied()
            .filter(|&l| l != u32::MAX)
            .map(|l| l as usize)
    }

    /// Whether entity `entity` is shown with its mentions.
    pub fn is_expanded(&self, entity: usize) -> bool {
        self.expanded.binary_search(&entity).is_ok()
    }

    /// Rebuilds the lines from `fact_rows`, keeping the selection on the same line where it is
    /// still shown. Costs what is listed.
    pub(super) fn refresh_fact_lines(&mut self) {
        let keep = self
            .facts
            .selected
            .and_then(|i| self.fact_lines.get(i))
            .copied();
        let facts = &self.story.facts;
        let mut lines = Vec::with_capacity(self.fact_rows.len());
        match self.fact_order {
            FactOrder::Text => lines.extend(self.fact_rows.iter().map(|&fact| FactLine {
                fact,
                shape: Shape::Fact,
            })),
            FactOrder::Grouped => group(facts, &self.fact_rows, &self.expanded, &mut lines),
        }
        self.fact_line_of.clear();
        self.fact_line_of.resize(facts.len(), u32::MAX);
        for (i, l) in lines.iter().enumerate() {
            if let Some(at) = self.fact_line_of.get_mut(l.fact)
                && *at == u32::MAX
            {
                *at = i as u32;
            }
            if let Shape::Group {
                expanded: false, ..
            } = l.shape
                && let Some(e) = facts.get(l.fact).and_then(Fact::entity_index)
            {
                // The collapsed mentions are shown by their group's line.
                for &m in self.story.entities.get(e).map_or(&[][..], |e| &e.mentions) {
                    if self.fact_rows.binary_search(&m).is_ok()
                        && let Some(at) = self.fact_line_of.get_mut(m)
                        && *at == u32::MAX
                    {
                        *at = i as u32;
                    }
                }
            }
        }
        self.fact_lines = lines;
        self.facts.len = self.fact_lines.len();
        let line = keep.and_then(|k| {
            let at = self.fact_line(k.fact)?;
            if self.fact_lines[at] == k {
                Some(at)
            } else if k.shape == Shape::Member || matches!(k.shape, Shape::Group { .. }) {
                // The same fact on another line (its group folded or unfolded): the line
                // that shows it now.
                self.fact_lines
                    .iter()
                    .position(|l| l.fact == k.fact && l.shape != k.shape)
                    .or(Some(at))
            } else {
                Some(at)
            }
        });
        self.facts.selected = match line {
            Some(i) => Some(i),
            None if self.fact_lines.is_empty() => None,
            None => Some(
                self.facts
                    .selected
                    .unwrap_or(0)
                    .min(self.fact_lines.len() - 1),
            ),
        };
        self.facts.offset = self
            .facts
            .offset
            .min(self.fact_lines.len().saturating_sub(1));
    }
}

/// Figures by kind, then entities by how often they are mentioned.
fn group(facts: &[Fact], rows: &[usize], expanded: &[usize], out: &mut Vec<FactLine>) {
    for kind in FIGURES {
        out.extend(
            rows.iter()
                .filter(|&&f| facts.get(f).is_some_and(|f| f.kind == kind))
                .map(|&fact| FactLine {
                    fact,
                    shape: Shape::Fact,
                }),
        );
    }
    // Entities: their listed mentions, in text order, grouped by entity.
    let mut named: Vec<(usize, usize)> = rows
        .iter()
        .filter_map(|&f| {
            let fact = facts.get(f)?;
            (!FIGURES.contains(&fact.kind)).then(|| (fact.entity_index().unwrap_or(usize::MAX), f))
        })
        .collect();
    named.sort_by_key(|&(e, f)| (e, f));
    let mut groups: Vec<&[(usize, usize)]> = Vec::new();
    for chunk in named.chunk_by(|a, b| a.0 == b.0 && a.0 != usize::MAX) {
        groups.push(chunk);
    }
    // The most mentioned first; ties in the order they are first named.
    groups.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0].1));
    for g in groups {
        let (entity, first) = g[0];
        if g.len() == 1 || entity == usize::MAX {
            out.push(FactLine {
                fact: first,
                shape: Shape::Fact,
            });
            continue;
        }
        let open = expanded.binary_search(&entity).is_ok();
        out.push(FactLine {
            fact: first,
            shape: Shape::Group {
                mentions: g.len() as u32,
                expanded: open,
            },
        });
        if open {
            out.extend(g.iter().map(|&(_, fact)| FactLine {
                fact,
                shape: Shape::Member,
            }));
        }
    }
}
