//! Ordering events in time: resolved TIMEX values where known, otherwise the relative order the
//! text gives (October < last week < this week < next week), around the reference date.

use crate::story::{Event, Status, Timex};
use jiff::civil::Date;

/// Days relative to "now" that an unresolved time expression suggests.
fn relative_days(when: &str) -> Option<i64> {
    let w = when.to_ascii_lowercase();
    let unit = if w.contains("year") {
        365
    } else if w.contains("quarter") {
        91
    } else if w.contains("month") {
        30
    } else if w.contains("week") {
        7
    } else {
        1
    };
    if w.starts_with("last") || w.starts_with("past") || w.contains("ago") || w == "yesterday" {
        Some(-unit)
    } else if w.starts_with("next") || w.starts_with("coming") || w == "tomorrow" {
        Some(unit)
    } else if w.starts_with("this") || w == "today" || w.starts_with("earlier this") {
        Some(0)
    } else {
        None
    }
}

/// A sort key in days: resolved dates as they are; unresolved relative ones around the
/// reference (or a nominal "now"); undated events at "now", completed ones just before it and
/// planned or scheduled ones just after.
pub fn sort_key(event: &Event, reference: Option<Date>) -> i64 {
    let now = reference.map_or(0, days);
    if let Some(d) = event.resolved.and_then(Timex::start) {
        return days(d) * 4;
    }
    if let Some(rel) = event.when.as_deref().and_then(relative_days) {
        return (now + rel) * 4;
    }
    if event.when.is_some() {
        // A month or quarter named without a year, unresolved: in the past, before last week.
        return (now - 60) * 4;
    }
    let nudge = match event.status {
        Some(Status::Completed) => -1,
        Some(Status::Planned | Status::Scheduled) => 1,
        _ => 0,
    };
    now * 4 + nudge
}

fn days(d: Date) -> i64 {
    // Days since 1970-01-01; `since` cannot fail between two civil dates in range.
    d.since(Date::constant(1970, 1, 1))
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_order_without_a_reference() {
        let ev = |when: &str| Event {
            id: 0,
            kind: crate::story::EventKind::Layoffs,
            actor: None,
            value: None,
            unit: None,
            qualifier: None,
            when: Some(when.into()),
            resolved: None,
            status: None,
            round: None,
            label: None,
            sentence: 0,
            facts: crate::story::EventFacts::new(),
            target: None,
            dated: None,
            also: Vec::new(),
        };
        let keys: Vec<i64> = ["October", "last week", "this week", "next week"]
            .iter()
            .map(|w| sort_key(&ev(w), None))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    }
}
