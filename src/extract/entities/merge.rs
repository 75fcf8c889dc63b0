//! Mentions → entities. Mentions are linked when they are the same name, a parenthesised alias
//! of a name ("Amazon Web Services (AWS)", then "AWS"), a surname of a person named in the
//! story ("Andy Jassy" … "Jassy said"), or a company name without its legal suffix ("Acme
//! Corp" … "Acme"). Each mention then carries its entity's canonical name, index and role.

use super::lexicon::with_lower;
use crate::story::{Document, Entity, Fact, FactKind};
use std::collections::HashMap;

/// Legal-form suffixes a company name is often repeated without.
fn is_legal_suffix(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "inc"
                | "incorporated"
                | "corp"
                | "corporation"
                | "co"
                | "company"
                | "ltd"
                | "limited"
                | "llc"
                | "plc"
                | "lp"
                | "llp"
                | "ag"
                | "sa"
                | "se"
                | "nv"
                | "bv"
                | "gmbh"
                | "spa"
                | "ab"
                | "group"
                | "holdings"
                | "holding"
        )
    })
}

/// The name without trailing legal suffixes, when it had any and something is left.
fn short_form(name: &str) -> Option<&str> {
    let mut short = name.trim_end_matches([',', ' ']);
    while let Some((head, last)) = short.rsplit_once(' ') {
        if !is_legal_suffix(last) {
            break;
        }
        short = head.trim_end_matches([',', ' ']);
    }
    (short.len() < name.len() && !short.is_empty()).then_some(short)
}

/// Whether `alias` looks like an abbreviation: one token of capitals, digits, dots or "&".
fn abbreviation_like(alias: &str) -> bool {
    alias.chars().any(char::is_uppercase)
        && alias
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
}

/// Merges mentions into entities (canonical names, aliases, roles) and links each mention.
pub fn merge(document: &Document, facts: &mut [Fact]) -> Vec<Entity> {
    let text = document.text.as_str();
    let name_of = |f: &Fact| f.name.clone().unwrap_or_else(|| f.text.clone());

    // Aliases: an entity mention directly followed by "(ALIAS)".
    let mut alias_of: HashMap<String, String> = HashMap::new();
    let mut prev: Option<usize> = None;
    for i in 0..facts.len() {
        if !facts[i].kind.is_entity() {
            continue;
        }
        if let Some(p) = prev {
            let between = text.get(facts[p].end..facts[i].start).unwrap_or_default();
            let closes = text.get(facts[i].end..).is_some_and(|t| t.starts_with(')'));
            let alias = name_of(&facts[i]);
            if between.trim() == "(" && closes && abbreviation_like(&alias) {
                alias_of.entry(alias).or_insert_with(|| name_of(&facts[p]));
            }
        }
        prev = Some(i);
    }
    // Short forms of company names.
    let mut full_of: HashMap<String, String> = HashMap::new();
    for f in facts.iter().filter(|f| f.kind == FactKind::Org) {
        let name = name_of(f);
        if let Some(short) = short_form(&name) {
            full_of.entry(short.to_string()).or_insert(name);
        }
    }

    let mut entities: Vec<Entity> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for fact in facts.iter() {
        let kind = fact.kind;
        if !kind.is_entity() {
            continue;
        }
        let mut name = name_of(fact);
        if let Some(full) = alias_of.get(&name) {
            name = full.clone();
        }
        if let Some(full) = full_of.get(&name) {
            name = full.clone();
        }
        let single = !name.contains(' ');
        let found = by_name.get(&name).copied().or_else(|| {
            // A surname alone: the latest person named with it.
            (single && kind != FactKind::Group)
                .then(|| {
                    entities.iter().rposition(|e| {
                        e.kind == FactKind::Person
                            && e.name.contains(' ')
                            && e.name.rsplit(' ').next() == Some(name.as_str())
                    })
                })
                .flatten()
        });
        let id = found.unwrap_or_else(|| {
            entities.push(Entity {
                id: entities.len(),
                kind,
                name: name.clone(),
                aliases: Vec::new(),
                role: None,
                mentions: Vec::new(),
            });
            by_name.insert(name.clone(), entities.len() - 1);
            entities.len() - 1
        });
        let entity = &mut entities[id];
        entity.mentions.push(fact.id);
        let written = name_of(fact);
        if alias_of.contains_key(&written) && !entity.aliases.contains(&written) {
            entity.aliases.push(written.clone());
        }
        by_name.entry(written).or_insert(id);
        if entity.role.is_none() {
            entity.role.clone_from(&fact.role);
        }
    }
    for entity in &entities {
        for &m in &entity.mentions {
            if let Some(f) = facts.get_mut(m).filter(|f| f.id == m) {
                f.kind = entity.kind;
                f.name = Some(entity.name.clone());
                f.entity = Some(entity.id);
                if entity.kind == FactKind::Person && f.role.is_none() {
                    f.role.clone_from(&entity.role);
                }
            }
        }
    }
    entities
}
