//! Events from hand-placed facts, so these tests exercise event building alone.

use super::events_of;
use crate::story::{
    CheckKind, Document, EventKind, Fact, FactKind, Qualifier, Status, Story, Timex,
};

/// A TIMEX3 value written as a test expects it.
fn t(s: &str) -> Timex {
    s.parse().unwrap()
}

/// Places facts on a text by quoting them: `(kind, quote, value, unit, qualifier, resolved)`.
struct Builder {
    doc: Document,
    facts: Vec<Fact>,
}

impl Builder {
    fn new(text: &str) -> Builder {
        Builder {
            doc: Document::new(text.to_string()),
            facts: Vec::new(),
        }
    }

    /// The `nth` occurrence of `quote`.
    fn at(&mut self, kind: FactKind, quote: &str, nth: usize) -> &mut Fact {
        let start = self
            .doc
            .text
            .match_indices(quote)
            .nth(nth)
            .unwrap_or_else(|| panic!("{quote:?} not in text"))
            .0;
        let mut f = Fact::new(kind, start, start + quote.len());
        f.sentence = self.doc.sentence_at(start).unwrap() as u32;
        self.facts.push(f);
        self.facts.last_mut().unwrap()
    }

    fn org(&mut self, name: &str, nth: usize) -> &mut Self {
        let f = self.at(FactKind::Org, name, nth);
        f.set_name(Some(name.into()));
        self
    }

    fn qty(
        &mut self,
        kind: FactKind,
        quote: &str,
        value: f64,
        unit: &str,
        q: Option<Qualifier>,
    ) -> &mut Self {
        let f = self.at(kind, quote, 0);
        f.set_value(Some(value));
        f.set_unit(Some(unit.into()));
        f.qualifier = q;
        self
    }

    fn date(&mut self, quote: &str, nth: usize, resolved: &str) -> &mut Self {
        let f = self.at(FactKind::Date, quote, nth);
        f.set_resolved(Some(Some(t(resolved))));
        self
    }

    fn build(&mut self) -> Story {
        let mut facts = std::mem::take(&mut self.facts);
        facts.sort_by_key(|f| f.start);
        for (i, f) in facts.iter_mut().enumerate() {
            f.id = i as u32;
        }
        events_of(self.doc.clone(), facts)
    }
}

#[test]
fn seed_like_layoff_rounds_plan_and_conflict() {
    use FactKind::*;
    let text = "The discussions come as Amazon continues to cut costs elsewhere in the business. \
The company announced another round of corporate layoffs this week, affecting roughly 16,000 employees.\n\
Last week, it was reported that Amazon was set to separately start laying off about 14,000 corporate workers as part of a second round of a broader plan to eliminate 30,000 corporate jobs. \
The second round follows the first round in October, which involved 14,000 layoffs.\n\
Amazon is scheduled to report fourth-quarter earnings next week.\n";
    let story = Builder::new(text)
        .org("Amazon", 0)
        .date("this week", 0, "2026-W05")
        .qty(
            Count,
            "roughly 16,000 employees",
            16000.0,
            "employees",
            Some(Qualifier::Approx),
        )
        .date("Last week", 0, "2026-W04")
        .org("Amazon", 1)
        .qty(
            Count,
            "about 14,000 corporate workers",
            14000.0,
            "corporate workers",
            Some(Qualifier::Approx),
        )
        .qty(
            Count,
            "30,000 corporate jobs",
            30000.0,
            "corporate jobs",
            None,
        )
        .date("October", 0, "2025-10")
        .qty(Count, "14,000 layoffs", 14000.0, "layoffs", None)
        .org("Amazon", 2)
        .date("fourth-quarter", 0, "2025-Q4")
        .date("next week", 0, "2026-W06")
        .build();
    let layoffs: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Layoffs)
        .map(|e| {
            (
                e.resolved.unwrap(),
                e.value.unwrap(),
                e.status.unwrap(),
                e.round,
            )
        })
        .collect();
    assert_eq!(
        layoffs,
        [
            (t("2025-10"), 14000.0, Status::Completed, Some(1)),
            (t("2026-W04"), 14000.0, Status::Reported, Some(2)),
            (t("2026-W05"), 16000.0, Status::Announced, Some(2)),
        ]
    );
    assert!(
        story
            .events
            .iter()
            .all(|e| e.actor.as_deref() == Some("Amazon"))
    );
    let earnings = story
        .events
        .iter()
        .find(|e| e.kind == EventKind::Earnings)
        .unwrap();
    assert_eq!(earnings.resolved, Some(t("2026-W06")));
    assert_eq!(earnings.status, Some(Status::Scheduled));
    assert_eq!(earnings.label.as_deref(), Some("fourth-quarter"));
    assert_eq!(
        story.events.last().unwrap().kind,
        EventKind::Earnings,
        "next week comes last"
    );

    let series = &story.series[0];
    assert_eq!(series.rounds.len(), 2);
    assert_eq!(series.rounds[1].value, Some(16000.0));
    assert!(series.plan.is_some());
    let sum = story
        .checks
        .iter()
        .find(|c| c.kind == CheckKind::Sum)
        .unwrap();
    assert!(sum.ok, "{}", sum.message);
    assert!(
        sum.message
            .contains("14,000 + ~16,000 = 30,000, matching the 30,000 plan"),
        "{}",
        sum.message
    );
    let conflict = story
        .checks
        .iter()
        .find(|c| c.kind == CheckKind::Conflict)
        .unwrap();
    assert!(!conflict.ok);
    assert!(
        conflict.message.contains("~14,000 reported Last week"),
        "{}",
        conflict.message
    );
    assert!(
        conflict.message.contains("~16,000 announced this week"),
        "{}",
        conflict.message
    );
}

#[test]
fn money_triggers_claim_the_nearest_figure() {
    use FactKind::*;
    let text = "Nimbus is seeking up to $2 billion in new capital, a financing effort that could value the company at as much as $20 billion. \
Orchard Bank is separately in discussions to invest up to $500 million more in Nimbus as part of the same round. \
An investment of that size would make Vega the largest contributor to Nimbus's current round.\n\
Vega has built a $3 billion plant in Ohio.";
    let story = Builder::new(text)
        .org("Nimbus", 0)
        .qty(
            Money,
            "up to $2 billion",
            2e9,
            "USD",
            Some(Qualifier::AtMost),
        )
        .qty(
            Money,
            "as much as $20 billion",
            2e10,
            "USD",
            Some(Qualifier::AtMost),
        )
        .org("Orchard Bank", 0)
        .qty(
            Money,
            "up to $500 million",
            5e8,
            "USD",
            Some(Qualifier::AtMost),
        )
        .org("Nimbus", 1)
        .org("Vega", 0)
        .org("Nimbus", 2)
        .org("Vega", 1)
        .qty(Money, "$3 billion", 3e9, "USD", None)
        .build();
    let got: Vec<_> = story
        .events
        .iter()
        .filter(|e| e.value.is_some())
        .map(|e| {
            (
                e.kind,
                e.actor.clone().unwrap(),
                e.value.unwrap(),
                e.status.unwrap(),
            )
        })
        .collect();
    // The largest contributor invests too: no figure, in talks like the round it joins.
    let vega = story
        .events
        .iter()
        .find(|e| e.kind == EventKind::Investment && e.actor.as_deref() == Some("Vega"))
        .unwrap();
    assert_eq!(
        (vega.value, vega.status, vega.target.as_deref()),
        (None, Some(Status::InTalks), Some("Nimbus"))
    );
    assert!(
        got.contains(&(
            EventKind::Fundraising,
            "Nimbus".into(),
            2e9,
            Status::InTalks
        )),
        "{got:?}"
    );
    assert!(
        // "could value": possible.
        got.contains(&(
            EventKind::Valuation,
            "Nimbus".into(),
            2e10,
            Status::Possible
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            EventKind::Investment,
            "Orchard Bank".into(),
            5e8,
            Status::InTalks
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            EventKind::Construction,
            "Vega".into(),
            3e9,
            Status::Completed
        )),
        "{got:?}"
    );
    assert_eq!(got.len(), 4);
    let implied = story
        .checks
        .iter()
        .find(|c| c.kind == CheckKind::Implied)
        .unwrap();
    assert_eq!(
        implied.message,
        "Vega would be the largest contributor: more than Orchard Bank's up to $500 million"
    );
}

#[test]
fn three_rounds_with_a_running_total_that_does_not_add_up() {
    use FactKind::*;
    let text = "Helix Systems laid off 200 workers in its first round in March. \
A second round in June cut 350 jobs. \
The company said on Monday a third round would eliminate 400 positions, bringing total cuts to 1,100.";
    let story = Builder::new(text)
        .org("Helix Systems", 0)
        .qty(Count, "200 workers", 200.0, "workers", None)
        .date("March", 0, "2025-03")
        .date("June", 0, "2025-06")
        .qty(Count, "350 jobs", 350.0, "jobs", None)
        .date("Monday", 0, "2025-09-08")
        .qty(Count, "400 positions", 400.0, "positions", None)
        .qty(Count, "1,100", 1100.0, "cuts", None)
        .build();
    let rounds: Vec<_> = story.events.iter().map(|e| (e.round, e.value)).collect();
    assert_eq!(
        rounds,
        [
            (Some(1), Some(200.0)),
            (Some(2), Some(350.0)),
            (Some(3), Some(400.0))
        ]
    );
    assert!(
        story
            .events
            .iter()
            .all(|e| e.actor.as_deref() == Some("Helix Systems"))
    );
    let sum = story
        .checks
        .iter()
        .find(|c| c.kind == CheckKind::Sum)
        .unwrap();
    assert!(!sum.ok);
    assert!(
        sum.message
            .contains("200 + 350 + 400 = 950, 150 short of the 1,100 stated total"),
        "{}",
        sum.message
    );
}

#[test]
fn funding_series_seed_a_b() {
    use FactKind::*;
    let text = "Lumen raised $2 million in a seed round in 2021. \
It raised $15 million in a Series A in 2022 and $60 million in a Series B in 2024.";
    let story = Builder::new(text)
        .org("Lumen", 0)
        .qty(Money, "$2 million", 2e6, "USD", None)
        .date("2021", 0, "2021")
        .qty(Money, "$15 million", 1.5e7, "USD", None)
        .date("2022", 0, "2022")
        .qty(Money, "$60 million", 6e7, "USD", None)
        .date("2024", 0, "2024")
        .build();
    let got: Vec<_> = story
        .events
        .iter()
        .map(|e| (e.kind, e.actor.as_deref(), e.value, e.resolved, e.status))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter()
            .all(|g| g.0 == EventKind::Fundraising && g.1 == Some("Lumen"))
    );
    assert_eq!(got[0].3, Some(t("2021")));
    assert_eq!(got[2].2, Some(6e7));
    assert_eq!(got[2].3, Some(t("2024")));
    assert_eq!(
        story.series[0]
            .rounds
            .iter()
            .map(|r| r.round)
            .collect::<Vec<_>>(),
        [0, 1, 2]
    );
    assert!(got.iter().all(|g| g.4 == Some(Status::Completed)));
}
