//! Mentions → entities. Mentions are linked when they are the same name, a parenthesised alias
//! of a name ("Amazon Web Services (AWS)", then "AWS"), a surname of a person named in the
//! story ("Andy Jassy" … "Jassy said"), or a company name without its legal suffix ("Acme
//! Corp" … "Acme"). Each mention then carries its entity's canonical name, index and role.

use super::lexicon::{FnvBuild, LEX, with_lower};
use crate::story::{Document, Entity, Fact, FactKind, Label, Labels, offset};
use std::collections::HashMap;

type Map<'a, V> = HashMap<&'a str, V, FnvBuild>;

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
                | "cos"
                | "company"
                | "ltd"
                | "limited"
                | "llc"
                | "plc"
                | "lp"
                | "llp"
                | "ag"
                | "sa"
                | "s.a"
                | "n.v"
                | "a.g"
                | "b.v"
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
pub(super) fn short_form(name: &str) -> Option<&str> {
    let mut short = name.trim_end_matches([',', ' ']);
    // "Sunbeam Corp (Canada)": the place in parentheses after the legal form.
    if short.ends_with(')')
        && let Some((head, _)) = short.rsplit_once(" (")
    {
        short = head;
    }
    while let Some((head, last)) = short.rsplit_once(' ') {
        if !is_legal_suffix(last) {
            break;
        }
        short = head.trim_end_matches([',', ' ']);
    }
    (short.len() < name.len() && !short.is_empty()).then_some(short)
}

/// Words that lead a company name and are dropped in its short form ("Groupe Valmont" →
/// "Valmont").
fn is_leading_generic(word: &str) -> bool {
    matches!(word, "Grupa" | "The") || super::known::is_org_head(word) && word != "Bank"
}

/// Whether `short` is how news repeats the company `full` after naming it in full: its first
/// words ("Tessel Labs" → "Tessel", "Sao Mai Electronics" → "Sao Mai"), or what follows a
/// leading generic word ("Groupe Valmont" → "Valmont"). Only whole words count.
fn is_short_form_of(short: &str, full: &str) -> bool {
    let starts = |f: &str| {
        f.strip_prefix(short).is_some_and(|rest| {
            rest.starts_with(' ') || rest.starts_with(", ") || rest.starts_with("'s ")
        })
    };
    if starts(full) {
        return true;
    }
    // The last word before the legal form, when the words before it are initials or generic
    // ("B.F. Goodrich Co" → "Goodrich", "Eastman Kodak Co" → "Kodak", "J. Sainsbury Plc").
    if !short.contains(' ')
        && let Some(core) = short_form(full)
        && let Some((head, last)) = core.rsplit_once(' ')
        && last == short
        && !head.split(' ').any(|w| w.ends_with("'s"))
    {
        return true;
    }
    if full
        .split_once(' ')
        .is_some_and(|(head, rest)| is_leading_generic(head) && (rest == short || starts(rest)))
    {
        return true;
    }
    // "Regie Nationale des Usines Renault" → "Renault": the last word of a name that a
    // foreign head opens.
    if !short.contains(' ')
        && full
            .split_once(' ')
            .is_some_and(|(head, _)| super::known::is_org_head(head))
        && full.rsplit_once(' ').is_some_and(|(_, last)| last == short)
    {
        return true;
    }
    // "U.S. Air Force" → "Air Force": a public body without its country.
    full.split_once(' ').is_some_and(|(head, rest)| {
        rest == short && short.contains(' ') && LEX.canonical(head).is_some_and(|(place, _)| place)
    })
}

/// Whether `alias` looks like an abbreviation: one token of capitals, digits, dots or "&".
fn abbreviation_like(alias: &str) -> bool {
    alias.chars().any(char::is_uppercase)
        && alias
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
}

/// The name a mention was written with (whitespace normalised by `find` when needed).
fn written<'a>(f: &'a Fact, text: &'a str) -> &'a str {
    f.name().unwrap_or_else(|| f.text(text))
}

/// Whether a name is written without lower-case letters ("SEARS", "PAINE WEBBER", "GM").
fn in_capitals(name: &str) -> bool {
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase)
}

/// The words of a name lowercased, without possessives or commas ("Wieboldt's Department
/// Stores" → wieboldt department stores).
fn folded_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split([' ', '-', '/'])
        .map(|w| {
            let w = w.trim_matches([',', '.']);
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            w.to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// The initials of a name's capitalised words ("Securities and Exchange Commission" → SEC),
/// with and without its legal suffixes ("General Motors Corp" → GMC, GM).
fn initials(name: &str) -> [String; 2] {
    let of = |n: &str| -> String {
        n.split([' ', '-'])
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect()
    };
    [of(name), short_form(name).map(of).unwrap_or_default()]
}

/// Whether two names are one firm's: the same, or one is the other's short form ("General
/// Motors" for "General Motors Corp").
fn same_firm(a: &str, b: &str) -> bool {
    a == b || is_short_form_of(a, b) || is_short_form_of(b, a)
}

/// Names that stand in for a name written out elsewhere in the story: an abbreviation of its
/// initials ("GM" for "General Motors Corp", "SEC" for "Securities and Exchange Commission",
/// before or after it), and a headline's capitals ("SEARS", "PAINE WEBBER") for the name whose
/// words they are ("Sears, Roebuck and Co", "Paine Webber Group Inc"). Each maps to the fact
/// of the first mention written out, whose name and type it takes; an abbreviation two
/// names share stands for neither.
fn stand_ins<'a>(text: &'a str, facts: &'a [Fact]) -> Map<'a, &'a Fact> {
    let mut by_initials: HashMap<String, Option<&Fact>, FnvBuild> = HashMap::default();
    let mut by_word: HashMap<String, Vec<&Fact>, FnvBuild> = HashMap::default();
    let mut seen: Map<()> = Map::default();
    // One-word names by their lower-case word: what capitals stand for when no longer name
    // holds them ("CONRAIL" … "Conrail").
    let mut single: HashMap<String, &Fact, FnvBuild> = HashMap::default();
    let mut caps: Vec<&Fact> = Vec::new();
    for f in facts.iter().filter(|f| is_named(f.kind)) {
        let name = written(f, text);
        if seen.insert(name, ()).is_some() {
            continue;
        }
        if in_capitals(name) {
            caps.push(f);
            continue;
        }
        if !name.contains(' ') {
            // A one-word name stands for itself in capitals ("CONRAIL" … "Conrail").
            if let Some(word) = folded_words(name).next() {
                single.entry(word).or_insert(f);
            }
            continue;
        }
        for key in initials(name) {
            if key.chars().count() >= 2 {
                let slot = by_initials.entry(key).or_insert(Some(f));
                // "General Motors Corp" and "General Motors" are one firm: "GM" stands for it.
                if slot.is_some_and(|g| !same_firm(written(g, text), name)) {
                    *slot = None;
                }
            }
        }
        if let Some(first) = folded_words(name).next() {
            let list = by_word.entry(first).or_default();
            if list.len() < 8 {
                list.push(f);
            }
        }
        for w in folded_words(name).skip(1) {
            let list = by_word.entry(w).or_default();
            if list.len() < 8 && !list.iter().any(|g| written(g, text) == name) {
                list.push(f);
            }
        }
    }
    let mut out: Map<&Fact> = Map::default();
    for f in caps {
        let name = written(f, text);
        let bare: String = name.chars().filter(|c| c.is_alphanumeric()).collect();
        if let Some(&Some(full)) = by_initials.get(bare.as_str()) {
            out.insert(name, full);
            continue;
        }
        // Capitals for a name's words: three letters at least, and the words are not written
        // the same way in the name (an acronym inside a name, "UAW Local 594", is its own).
        let words: Vec<String> = folded_words(name).collect();
        if bare.len() < 3 || words.is_empty() {
            continue;
        }
        let Some(list) = by_word.get(&words[0]) else {
            if let [word] = words.as_slice()
                && let Some(&g) = single.get(word)
                && (f.kind != FactKind::Place || g.kind == FactKind::Place)
            {
                out.insert(name, g);
            }
            continue;
        };
        let words_of = |g: &Fact| folded_words(written(g, text)).collect::<Vec<String>>();
        // The same words written out first ("LEICESTERSHIRE" … "Leicestershire"); else a
        // name that holds them, but a place in capitals (a dateline) only stands for a place.
        let found = list
            .iter()
            .copied()
            .find(|g| words_of(g) == words)
            .or_else(|| {
                list.iter().copied().find(|g| {
                    (f.kind != FactKind::Place || g.kind == FactKind::Place)
                        && !written(g, text).contains(name)
                        && words_of(g)
                            .windows(words.len())
                            .any(|win| win == words.as_slice())
                })
            });
        if let Some(full) = found {
            out.insert(name, full);
        }
    }
    out
}

fn is_named(kind: FactKind) -> bool {
    matches!(kind, FactKind::Org | FactKind::Person | FactKind::Place)
}

/// Merges mentions into entities (canonical names, aliases, roles) and links each mention.
pub fn merge(document: &Document, facts: &mut [Fact]) -> Vec<Entity> {
    let (entities, links) = link(&document.text, facts);
    // One shared name (and role) per entity, however many mentions it has.
    let labels: Vec<(Label, Option<Label>)> = entities
        .iter()
        .map(|e| {
            (
                Label::from(e.name.as_str()),
                e.role.as_deref().map(Label::from),
            )
        })
        .collect();
    let mut joined = Labels::default();
    for (fact, link) in facts.iter_mut().zip(links) {
        if link == UNLINKED {
            continue;
        }
        let id = link as usize;
        let entity = &entities[id];
        let (name, role) = &labels[id];
        fact.kind = entity.kind;
        fact.set_name(Some(name.clone()));
        fact.set_entity(Some(offset(id)));
        if entity.kind == FactKind::Person && fact.role().is_none() {
            fact.set_role(role.clone());
        }
        // A person's name and role are one string: one copy per pair, not per mention.
        if fact.role().is_some() {
            joined.intern_fact(fact);
        }
    }
    entities
}

/// A fact that mentions no entity, in the links [`link`] returns.
const UNLINKED: u32 = u32::MAX;

/// Builds the entities and, for each fact, the entity it mentions ([`UNLINKED`] if none):
/// `u32`s, as a 50 MB file has 800,000 facts (`Option<usize>` took 13 MB).
fn link(text: &str, facts: &[Fact]) -> (Vec<Entity>, Vec<u32>) {
    // Aliases: an entity mention directly followed by "(ALIAS)".
    let mut alias_of: Map<&str> = Map::default();
    let mut prev: Option<&Fact> = None;
    for f in facts.iter().filter(|f| f.kind.is_entity()) {
        if let Some(p) = prev {
            let between = text
                .get(p.end as usize..f.start as usize)
                .unwrap_or_default();
            let closes = text
                .get(f.end as usize..)
                .is_some_and(|t| t.starts_with(')'));
            // Of one type: "Mark Crear (U.S.)" is a person and his country.
            if between.trim() == "("
                && closes
                && p.kind == f.kind
                && abbreviation_like(written(f, text))
            {
                alias_of.entry(written(f, text)).or_insert(written(p, text));
            }
        }
        prev = Some(f);
    }
    // Short forms of company names.
    let mut full_of: Map<&str> = Map::default();
    for f in facts.iter().filter(|f| f.kind == FactKind::Org) {
        if let Some(short) = short_form(written(f, text)) {
            full_of.entry(short).or_insert(written(f, text));
        }
    }

    let stand_in = stand_ins(text, facts);

    let mut entities: Vec<Entity> = Vec::new();
    let mut links = vec![UNLINKED; facts.len()];
    let mut by_name: Map<usize> = Map::default();
    for (i, fact) in facts.iter().enumerate() {
        let mut kind = fact.kind;
        if !kind.is_entity() {
            continue;
        }
        let as_written = written(fact, text);
        let mut name = as_written;
        if let Some(full) = stand_in.get(name) {
            name = written(full, text);
            kind = full.kind;
        }
        if let Some(&full) = alias_of.get(name) {
            name = full;
        }
        if let Some(&full) = full_of.get(name) {
            name = full;
        }
        let found = by_name.get(name).copied().or_else(|| {
            // A surname alone: the latest person named with it.
            (kind != FactKind::Group && !name.contains(' '))
                .then(|| {
                    entities.iter().rposition(|e| {
                        e.kind == FactKind::Person
                            && e.name
                                .rsplit_once(' ')
                                .is_some_and(|(_, last)| last == name)
                    })
                })
                .flatten()
        });
        let found = found.or_else(|| {
            // A company's short form: the latest organisation named in full before it.
            (kind == FactKind::Org)
                .then(|| {
                    entities
                        .iter()
                        .rposition(|e| e.kind == FactKind::Org && is_short_form_of(name, &e.name))
                })
                .flatten()
        });
        let id = found.unwrap_or_else(|| {
            entities.push(Entity {
                id: entities.len(),
                kind,
                name: name.to_string(),
                aliases: Vec::new(),
                role: None,
                mentions: Vec::new(),
            });
            by_name.insert(name, entities.len() - 1);
            entities.len() - 1
        });
        links[i] = offset(id);
        let entity = &mut entities[id];
        // A name placed by the list or by context ("Dayton, Ohio") outweighs the default that
        // makes an unknown capitalised word an organisation.
        if kind == FactKind::Place && entity.kind == FactKind::Org {
            entity.kind = FactKind::Place;
        }
        // A legal form ("Flexi-Van Corp") outweighs a person's shape in a short mention.
        if kind == FactKind::Org
            && entity.kind == FactKind::Person
            && short_form(as_written).is_some()
        {
            entity.kind = FactKind::Org;
        }
        if alias_of.contains_key(as_written) && !entity.aliases.iter().any(|a| a == as_written) {
            entity.aliases.push(as_written.to_string());
        }
        by_name.entry(as_written).or_insert(id);
        if entity.role.is_none() {
            entity.role = fact.role().map(str::to_string);
        }
    }
    // Mention lists are sized first: grown by doubling, the lists of a large file's main
    // entities leave their outgrown blocks behind on the heap.
    let mut counts = vec![0usize; entities.len()];
    for &l in links.iter().filter(|&&l| l != UNLINKED) {
        counts[l as usize] += 1;
    }
    for (entity, count) in entities.iter_mut().zip(counts) {
        entity.mentions.reserve_exact(count);
    }
    for (fact, &l) in facts.iter().zip(&links) {
        if l != UNLINKED {
            entities[l as usize].mentions.push(fact.index());
        }
    }
    (entities, links)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_drop_legal_suffixes_only() {
        assert_eq!(short_form("Acme Corp."), Some("Acme"));
        assert_eq!(
            short_form("Goldman Sachs Group Inc."),
            Some("Goldman Sachs")
        );
        assert_eq!(short_form("Amazon Web Services"), None);
        assert_eq!(short_form("Group"), None);
    }

    #[test]
    fn short_forms_are_leading_words_of_an_earlier_name() {
        assert!(is_short_form_of("Tessel", "Tessel Labs"));
        assert!(is_short_form_of("Sao Mai", "Sao Mai Electronics"));
        assert!(is_short_form_of("Valmont", "Groupe Valmont"));
        assert!(is_short_form_of("Northfield", "Northfield Logistics Inc."));
        assert!(!is_short_form_of("Tess", "Tessel Labs"));
        assert!(!is_short_form_of("Labs", "Tessel Labs"));
        assert!(!is_short_form_of("Tessel Labs", "Tessel Labs"));
    }

    fn names(text: &str) -> Vec<(String, String, FactKind)> {
        let story = crate::extract::extract_text(text, &crate::extract::Options::default());
        story
            .facts
            .iter()
            .filter(|f| f.kind.is_entity())
            .map(|f| {
                let name = f.name().unwrap_or_default().to_string();
                (f.text(text).to_string(), name, f.kind)
            })
            .collect()
    }

    #[test]
    fn a_short_form_after_the_full_name_is_the_same_company() {
        let got =
            names("Shares of Calder Semiconductor rose. Analysts said Calder beat estimates.");
        assert_eq!(got[1].1, "Calder Semiconductor", "{got:?}");
        // Named alone first, it is its own entity ("Amazon" … "Amazon Web Services").
        let got = names("Analysts like Amazon. It owns Amazon Web Services. Again, Amazon rose.");
        assert!(
            got.iter().all(|g| g.0 != "Amazon" || g.1 == "Amazon"),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_mention_makes_the_entity_a_place() {
        let got = names("It runs a plant in Kelby, Ohio. The Kelby site opened in 1987.");
        let dayton: Vec<_> = got.iter().filter(|g| g.0 == "Kelby").collect();
        assert!(
            !dayton.is_empty() && dayton.iter().all(|g| g.2 == FactKind::Place),
            "{got:?}"
        );
    }

    #[test]
    fn aliases_look_like_abbreviations() {
        assert!(abbreviation_like("AWS") && abbreviation_like("U.S.") && abbreviation_like("S&P"));
        assert!(!abbreviation_like("Amazon") && !abbreviation_like("2025"));
    }
}
