//! Event kinds and statuses on sentences of our own (issue 13, items 1 and 4): each rule of
//! `assets/event_kinds.toml` that tells a kind, and each that rules one out, with the English
//! that needs it. A case is one short story (a dateline sentence gives the company a name) and
//! what a careful reader lists: the events of a kind, with their figure, or none.

use dateline::extract::{self, Options};
use dateline::story::{EventKind, Status, Story};

fn story(t: &str) -> Story {
    extract::extract_text(
        t,
        &Options {
            reference_date: "2025-03-10".parse().ok(),
        },
    )
}

/// (kind, figure) of every event, in the story's order.
fn events(t: &str) -> Vec<(EventKind, Option<f64>)> {
    story(t).events.iter().map(|e| (e.kind, e.value)).collect()
}

fn of_kind(t: &str, kind: EventKind) -> Vec<Option<f64>> {
    events(t)
        .into_iter()
        .filter(|e| e.0 == kind)
        .map(|e| e.1)
        .collect()
}

/// Sentences that tell an event of the kind, with its figure.
#[test]
fn each_kind_is_told_by_its_triggers() {
    use EventKind::*;
    let cases: &[(&str, EventKind, Option<f64>)] = &[
        (
            "Harwick Corp said on Monday it would cut 400 jobs at its Leeds depot.",
            Layoffs,
            Some(400.0),
        ),
        (
            "Harwick Corp has laid off 120 workers at its plant in Ohio.",
            Layoffs,
            Some(120.0),
        ),
        (
            "Harwick Corp said it would hire 300 engineers in Austin next year.",
            Hiring,
            Some(300.0),
        ),
        (
            "Harwick Corp will close 12 stores across Scotland by June.",
            Closure,
            Some(12.0),
        ),
        (
            "Harwick Corp agreed to buy Pellow Ltd for $450 million in cash.",
            Acquisition,
            Some(450e6),
        ),
        (
            "Harwick Corp said it sold its 10 pct stake in Omni Ltd to Brierley Investments \
             Ltd, (BIL), for 207.7 mln dlrs.",
            Acquisition,
            Some(207.7e6),
        ),
        (
            "Harwick Corp raised $85 million in a Series B round led by Quarry Ridge.",
            Fundraising,
            Some(85e6),
        ),
        (
            "Harwick Corp said it signed a 100 mln dlr revolving credit agreement with six banks.",
            Fundraising,
            Some(100e6),
        ),
        (
            "Harwick Corp reported a net profit of 43.9 mln dlrs for 2024.",
            Earnings,
            Some(43.9e6),
        ),
        (
            "Harwick Corp will invest $120 million in a new bottling plant in Nampa.",
            Investment,
            Some(120e6),
        ),
        (
            "Harwick Corp was sued by a rival for $6.5 million in damages.",
            Lawsuit,
            Some(6.5e6),
        ),
        (
            "Harwick Corp said it has signed a definitive agreement to acquire Pellow Ltd, and \
             that the offer gives the transaction an indicated value of 102 mln dlrs.",
            Acquisition,
            Some(102e6),
        ),
        (
            "Harwick Corp said 1,450 jobs are at risk at its Sunderland bakery.",
            Layoffs,
            Some(1450.0),
        ),
        (
            "Harwick Corp will close its Sunderland bakery by the end of August.",
            Closure,
            None,
        ),
        (
            "Income in the first three months fell to 28.60 mln dlrs from 30.43 mln, Harwick \
             Bank said.",
            Earnings,
            Some(28.6e6),
        ),
        (
            "Harwick Retail lost $11.2 million in the first half, compared with a profit of \
             $3.4 million a year earlier.",
            Earnings,
            Some(11.2e6),
        ),
        (
            "Harwick Construction Co Ltd has signed a 48.3 mln dlr financing package to fund \
             the construction of a hotel in Jakarta.",
            Fundraising,
            Some(48.3e6),
        ),
        (
            "Harwick Corp said it would take a fourth quarter loss of 33.9 mln dlrs from the \
             sale of its leasing unit to Itel Corp for about 215 mln dlrs.",
            Acquisition,
            Some(215e6),
        ),
        (
            "Harwick Corp said it spent 15.2 mln dlrs on its 1,197,700 Pellow common shares.",
            Acquisition,
            Some(15.2e6),
        ),
        (
            "Harwick Corp said it had agreed to buy the group of companies comprising Pellow \
             Plc's Metropole Casino Division, together with a freehold in central London, for \
             121.55 mln stg.",
            Acquisition,
            Some(121.55e6),
        ),
        // Money raised in an initial public offering is the offering's figure.
        (
            "Harwick Health is seeking to raise as much as $840 million in its initial public \
             offering on the Nasdaq, according to a filing on Monday.",
            Ipo,
            Some(840e6),
        ),
        // A deal's value is the deal's price.
        (
            "Harwick Corp agreed to the takeover, valued at 102 mln dlrs, on Friday.",
            Acquisition,
            Some(102e6),
        ),
    ];
    let failed: Vec<String> = cases
        .iter()
        .filter(|(t, kind, value)| !of_kind(t, *kind).contains(value))
        .map(|(t, kind, value)| format!("{t}\n  want {kind:?} {value:?} in {:?}", events(t)))
        .collect();
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

/// Words that look like a trigger but say something else: no event of the kind.
#[test]
fn look_alikes_tell_no_event_of_the_kind() {
    use EventKind::*;
    let cases: &[(&str, EventKind)] = &[
        // A word of a name the name finder did not mark.
        (
            "Harwick Corp sold the unit to Brierley Investments Ltd last year.",
            Investment,
        ),
        // A verb form after a preposition or a determiner is a noun.
        (
            "The union said the 1.07 dlr cut in pay workers took in 2022 still hurts.",
            Acquisition,
        ),
        (
            "The note has a face value of eight dlrs, Harwick Corp said.",
            Valuation,
        ),
        // The second half of a compound.
        (
            "The surcharge, created in July last year, was meant to curb a car-buying boom.",
            Acquisition,
        ),
        // Goods bought or sold, also behind "a total of".
        (
            "Harwick Motors said it sold a total of 1,167 cars in March.",
            Acquisition,
        ),
        (
            "Distributors, which since June 16 had halted all car purchases, resumed buying.",
            Acquisition,
        ),
        // A strike is no job cut.
        (
            "About 2,500 members of the union voted on Sunday to go on strike at Harwick Corp.",
            Layoffs,
        ),
        // A charge against earnings, net assets, loan losses: not an earnings report.
        (
            "Harwick Corp said the restructuring means a 20 mln dlr charge against earnings \
             in its first quarter.",
            Earnings,
        ),
        (
            "At the end of 2024 Harwick Corp had net assets of 88 mln dlrs.",
            Earnings,
        ),
        (
            "Harwick Corp said its provision for loan losses was 21.8 mln dlrs.",
            Earnings,
        ),
        (
            "Harwick Corp said the bad loans would reduce first-quarter net income by 4.4 mln \
             dlrs.",
            Earnings,
        ),
        // An apposition that describes a company, dated by its report verb.
        (
            "Jan Ekdahl, a director of Autovia, a merger of two carmakers, said last week the \
             year would be hard.",
            Acquisition,
        ),
        // Issue 13's wrong kinds: a fund or a deal closes, damages are claimed, jets are
        // ordered.
        (
            "Quarry Ridge Capital said on Monday it had closed its third fund at $400 million.",
            Closure,
        ),
        (
            "Harwick Corp said the deal is expected to close in the second quarter.",
            Closure,
        ),
        (
            "Pellow Ltd is seeking $45 million in damages from Harwick Corp.",
            Fundraising,
        ),
        (
            "Cascadia Air ordered 40 jets valued at $4.9 billion at list prices.",
            Valuation,
        ),
        (
            "Cascadia Air agreed to buy 40 jets for $4.9 billion from Boeing.",
            Acquisition,
        ),
        // Per-share figures are no deal's price.
        (
            "Harwick Corp said it holds a 28 pct stake in Pellow Ltd, bought at 22.20 dlrs to \
             26.79 dlrs a share.",
            Valuation,
        ),
        (
            "Harwick Corp said it paid 3.1 mln dlrs for its Pellow stake, buying 83,916 shares \
             on March 11 at 11.25 dlrs.",
            Valuation,
        ),
        (
            "Harwick Corp agreed to buy Pellow Ltd by exchanging Harwick common valued at 63 \
             dlrs for each Pellow share.",
            Valuation,
        ),
        // A loss taken on a sale, a raise net of costs, a comparison: no period's result.
        (
            "Harwick Corp said it would take a fourth quarter after-tax loss of 33.9 mln dlrs \
             from the sale of its leasing unit.",
            Earnings,
        ),
        (
            "Harwick Corp said it planned to raise a net 71.7 mln stg with a rights issue.",
            Earnings,
        ),
        (
            "This compares with an operating profit of two mln dlrs in 2023's fourth quarter.",
            Earnings,
        ),
        (
            "Harwick Corp said it would arrange for the repayment of 6.45 mln stg in \
             inter-company debt.",
            Fundraising,
        ),
        (
            "Harwick Corp will use the offering's proceeds to redeem about 60 mln dlrs of \
             debentures due 2030.",
            Fundraising,
        ),
        (
            "Harwick Motors said the Westmoreland plant will be closed temporarily to adjust \
             inventories.",
            Closure,
        ),
        // A verb form inside a count's noun phrase.
        (
            "Harwick Health had 2.7 million paying members at the end of March.",
            Acquisition,
        ),
        // A generic plural, dated only by a relative clause.
        (
            "Acquisitions will continue to be sought in retailing, which Harwick Corp first \
             entered in 2019.",
            Acquisition,
        ),
    ];
    let failed: Vec<String> = cases
        .iter()
        .filter(|(t, kind)| !of_kind(t, *kind).is_empty())
        .map(|(t, kind)| format!("{t}\n  want no {kind:?} in {:?}", events(t)))
        .collect();
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}

/// The status a clause gives its event (issue 13: tense, modality, cues).
#[test]
fn statuses_from_tense_modality_and_cues() {
    let cases: &[(&str, Status)] = &[
        ("Harwick Corp has cut 300 jobs in Leeds.", Status::Completed),
        (
            "Harwick Corp cut 300 jobs in Leeds in January.",
            Status::Completed,
        ),
        (
            "Harwick Corp said it would cut 300 jobs in Leeds.",
            Status::Planned,
        ),
        (
            "Harwick Corp plans to cut 300 jobs in Leeds.",
            Status::Planned,
        ),
        (
            "Harwick Corp is set to cut 300 jobs in Leeds.",
            Status::Planned,
        ),
        (
            "Harwick Corp could cut 300 jobs in Leeds.",
            Status::Possible,
        ),
        ("Harwick Corp may cut 300 jobs in Leeds.", Status::Possible),
        (
            "The plan puts 300 jobs at risk at Harwick Corp.",
            Status::Possible,
        ),
        (
            "Harwick Corp will cut 300 jobs in Leeds, it was reported on Monday.",
            Status::Reported,
        ),
        (
            "Harwick Corp is in talks to buy Pellow Ltd for $450 million.",
            Status::InTalks,
        ),
    ];
    let mut failed = Vec::new();
    for &(t, want) in cases {
        let s = story(t);
        let got: Vec<_> = s.events.iter().map(|e| (e.kind, e.status)).collect();
        if !got.iter().any(|e| e.1 == Some(want)) {
            failed.push(format!("{t}\n  want {want:?} in {got:?}"));
        }
    }
    assert!(failed.is_empty(), "\n{}", failed.join("\n"));
}
