//! Word cues for events: which words trigger which kind of event, which set its status, which
//! name a round. Small closed lists of English function and business words — general news
//! vocabulary, nothing specific to one article.

use crate::story::{EventKind, Status};
use std::collections::HashMap;

/// The kind of event a word announces, given the next word (for "lay off", "go public").
/// Layoff verbs that need a workforce figure ("cut", "eliminate") are `LayoffVerb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Kind(EventKind),
    /// cut, eliminate, slash, shed: layoffs only when a workforce count follows.
    LayoffVerb,
}

pub fn trigger(word: &str, next: &str) -> Option<Trigger> {
    use EventKind::*;
    let kind = match word {
        "layoff" | "layoffs" | "redundancies" | "furloughs" | "furlough" | "downsizing" => Layoffs,
        "lay" | "laid" | "laying" | "lays" if next == "off" => Layoffs,
        "cut" | "cuts" | "cutting" | "eliminate" | "eliminates" | "eliminated" | "eliminating"
        | "slash" | "slashed" | "slashing" | "shed" | "sheds" | "shedding" | "axe" | "axed"
        | "axing" | "trim" | "trimmed" | "reduce" | "reduced" | "reducing" | "remove"
        | "removed" | "removes" | "removing" => {
            return Some(Trigger::LayoffVerb);
        }
        "invest" | "invests" | "invested" | "investing" | "investment" | "investments"
        | "stake" | "backing" => Investment,
        "raise" | "raises" | "raised" | "raising" | "fundraising" | "funding" | "financing"
        | "seeking" | "seeks" | "sought" => Fundraising,
        "value" | "values" | "valued" | "valuing" | "valuation" => Valuation,
        "earnings" | "results" | "revenue" | "revenues" | "profit" | "profits" | "sales" => {
            Earnings
        }
        "build" | "builds" | "built" | "building" | "construct" | "constructed"
        | "construction" | "campus" | "factory" | "plant" | "facility" => Construction,
        "acquire" | "acquires" | "acquired" | "acquiring" | "acquisition" | "buy" | "buys"
        | "bought" | "buying" | "purchase" | "purchased" | "takeover" | "merger" => Acquisition,
        "ipo" | "listing" => Ipo,
        "go" | "going" | "went" if next == "public" => Ipo,
        "sue" | "sued" | "sues" | "suing" | "lawsuit" | "lawsuits" | "fined" | "fine"
        | "settlement" | "settle" | "settled" => Lawsuit,
        "hire" | "hires" | "hired" | "hiring" | "recruit" | "recruiting" => Hiring,
        "close" | "closes" | "closed" | "closing" | "closure" | "closures" | "shut"
        | "shutting" | "shutter" | "shuttered" => Closure,
        _ => return None,
    };
    Some(Trigger::Kind(kind))
}

/// Nouns of a workforce count: layoffs and hiring are measured in these.
pub fn is_workforce(noun: &str) -> bool {
    matches!(
        noun,
        "employees"
            | "employee"
            | "workers"
            | "worker"
            | "jobs"
            | "job"
            | "positions"
            | "position"
            | "roles"
            | "role"
            | "staff"
            | "staffers"
            | "people"
            | "layoffs"
            | "redundancies"
            | "posts"
            | "personnel"
            | "engineers"
            | "managers"
            | "workforce"
            | "contractors"
            | "members"
            | "headcount"
            | "cuts"
            | "layoff"
            | "staffers'"
    )
}

/// Nouns of things closed: stores, plants…
pub fn is_site(noun: &str) -> bool {
    matches!(
        noun,
        "stores"
            | "store"
            | "branches"
            | "branch"
            | "plants"
            | "plant"
            | "offices"
            | "office"
            | "factories"
            | "factory"
            | "locations"
            | "sites"
            | "outlets"
            | "restaurants"
            | "warehouses"
            | "mines"
            | "hospitals"
            | "schools"
    )
}

/// Status cues, strongest first. Each is a word sequence matched on lowercase tokens.
pub const STATUS_CUES: &[(Status, &[&str])] = &[
    (Status::InTalks, &["in", "discussions"]),
    (Status::InTalks, &["in", "talks"]),
    (Status::InTalks, &["in", "negotiations"]),
    (Status::InTalks, &["is", "seeking"]),
    (Status::InTalks, &["are", "seeking"]),
    (Status::InTalks, &["negotiating"]),
    (Status::InTalks, &["exploring"]),
    (Status::InTalks, &["considering"]),
    (Status::InTalks, &["weighing"]),
    (Status::Reported, &["was", "reported"]),
    (Status::Reported, &["were", "reported"]),
    (Status::Reported, &["reportedly"]),
    (Status::Reported, &["reports", "said"]),
    (Status::Reported, &["people", "familiar"]),
    (Status::Reported, &["person", "familiar"]),
    (Status::Reported, &["reported", "that"]),
    (Status::Reported, &["reported", "on"]),
    (Status::Reported, &["sources", "said"]),
    (Status::Reported, &["has", "learned"]),
    (Status::Scheduled, &["scheduled", "to"]),
    (Status::Scheduled, &["due", "to"]),
    (Status::Scheduled, &["expected", "to", "report"]),
    (Status::Scheduled, &["set", "to", "report"]),
    (Status::Planned, &["set", "to"]),
    (Status::Planned, &["plans", "to"]),
    (Status::Planned, &["plan", "to"]),
    (Status::Planned, &["planning", "to"]),
    (Status::Planned, &["planned"]),
    (Status::Planned, &["intends", "to"]),
    (Status::Planned, &["aims", "to"]),
    (Status::Planned, &["expects", "to"]),
    (Status::Planned, &["will"]),
    (Status::Planned, &["would"]),
    (Status::Announced, &["announced"]),
    (Status::Announced, &["announces"]),
    (Status::Announced, &["unveiled"]),
    (Status::Announced, &["confirmed"]),
    (Status::Announced, &["disclosed"]),
    (Status::Announced, &["said", "it"]),
    (Status::Announced, &["said", "on"]),
    (Status::Announced, &["told", "employees"]),
    (Status::Announced, &["told", "staff"]),
];

/// Indices into [`STATUS_CUES`] of the cues whose first word is `word`.
pub fn cues_starting_with(word: &str) -> Option<&'static [usize]> {
    type Index = HashMap<&'static str, Vec<usize>, rustc_hash::FxBuildHasher>;
    static INDEX: std::sync::LazyLock<Index> = std::sync::LazyLock::new(|| {
        let mut index = Index::default();
        for (i, (_, words)) in STATUS_CUES.iter().enumerate() {
            if let Some(first) = words.first() {
                index.entry(first).or_default().push(i);
            }
        }
        index
    });
    INDEX.get(word).map(Vec::as_slice)
}

/// Past-tense verbs that say the event happened.
pub fn is_completed_verb(word: &str) -> bool {
    matches!(
        word,
        "laid"
            | "involved"
            | "built"
            | "raised"
            | "cut"
            | "eliminated"
            | "slashed"
            | "shed"
            | "axed"
            | "completed"
            | "closed"
            | "acquired"
            | "bought"
            | "purchased"
            | "invested"
            | "hired"
            | "sued"
            | "fined"
            | "settled"
            | "shuttered"
            | "constructed"
            | "opened"
            | "finished"
            | "affected"
            | "took"
            | "reduced"
            | "trimmed"
            | "valued"
    )
}

/// Words that make a round number: "first round", "third wave".
pub fn ordinal(word: &str) -> Option<u32> {
    if word == "initial" {
        return Some(1);
    }
    let n = match word.find(|c: char| !c.is_ascii_digit()) {
        // "3rd": digits and the suffix English gives that number.
        Some(at) if at > 0 => {
            let n: u32 = word[..at].parse().ok()?;
            let suffix = match n {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            };
            (&word[at..] == suffix).then_some(n)?
        }
        _ => crate::extract::number::words::ordinal(word)?,
    };
    (1..=10).contains(&n).then_some(n)
}

/// Nouns of a numbered round.
pub fn is_round_noun(word: &str) -> bool {
    matches!(
        word,
        "round" | "rounds" | "wave" | "waves" | "phase" | "tranche" | "batch" | "stage"
    )
}

/// "another round", "a new round": the next round after the last one known.
pub fn is_next_round_word(word: &str) -> bool {
    matches!(
        word,
        "another" | "new" | "latest" | "fresh" | "further" | "additional" | "next"
    )
}

/// Determiners and adjectives before the noun "plan" ("a broader plan to cut…"): the noun,
/// which states a total, not the verb "plans to", which states a status.
pub fn is_plan_determiner(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "broader"
            | "wider"
            | "larger"
            | "overall"
            | "bigger"
            | "restructuring"
            | "cost-cutting"
            | "previously"
            | "announced"
            | "existing"
            | "original"
    )
}

/// Words that mark a running total ("bringing total cuts to 3,000", "in total").
pub fn is_total_word(word: &str) -> bool {
    matches!(
        word,
        "total"
            | "totals"
            | "totaling"
            | "totalling"
            | "bringing"
            | "cumulative"
            | "overall"
            | "altogether"
            | "combined"
    )
}

/// Words that refer back to the organisation last named as subject.
pub fn is_company_anaphor(word: &str) -> bool {
    matches!(
        word,
        "company"
            | "firm"
            | "group"
            | "retailer"
            | "bank"
            | "lender"
            | "insurer"
            | "carmaker"
            | "automaker"
            | "startup"
            | "giant"
            | "conglomerate"
            | "chipmaker"
            | "manufacturer"
            | "airline"
            | "operator"
            | "business"
            | "platform"
            | "maker"
            | "brand"
            | "e-tailer"
    )
}
