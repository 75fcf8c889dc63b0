//! Ordering events in time: resolved TIMEX values where known, otherwise the relative order the
//! text gives (October < last week < this week < next week), around the reference date.

use crate::story::{Event, Status};
use jiff::civil::{Date, ISOWeekDate, Weekday};

/// The first day a TIMEX value covers: `2025-03-14`, `2025-10`, `2026-W04`, `2025-Q4`,
/// `2025-H2`, seasons `2025-SU`, `2025`, `FY2025`, decades `199`.
pub fn timex_start(timex: &str) -> Option<Date> {
    let t = timex.strip_prefix("FY").unwrap_or(timex);
    if t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit()) {
        let decade: i16 = t.parse().ok()?;
        return Date::new(decade * 10, 1, 1).ok();
    }
    let year: i16 = t.get(..4)?.parse().ok()?;
    let rest = &t[4..];
    if rest.is_empty() {
        return Date::new(year, 1, 1).ok();
    }
    let rest = rest.strip_prefix('-')?;
    if let Some(w) = rest.strip_prefix('W') {
        let week: i8 = w.get(..2)?.parse().ok()?;
        return ISOWeekDate::new(year, week, Weekday::Monday)
            .ok()
            .map(|d| d.date());
    }
    let season = match rest {
        "H1" | "WI" => Some(1),
        "SP" => Some(3),
        "SU" => Some(6),
        "H2" => Some(7),
        "FA" => Some(9),
        _ => None,
    };
    if let Some(month) = season {
        return Date::new(year, month, 1).ok();
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: i8 = q.get(..1)?.parse().ok()?;
        return Date::new(year, (q - 1) * 3 + 1, 1).ok();
    }
    let month: i8 = rest.get(..2)?.parse().ok()?;
    let day: i8 = match rest.get(2..) {
        Some(d) if d.starts_with('-') => d.get(1..3)?.parse().ok()?,
        _ => 1,
    };
    Date::new(year, month, day).ok()
}

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
    if let Some(d) = event.resolved.as_deref().and_then(timex_start) {
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
    fn timex_values_start_where_they_should() {
        assert_eq!(timex_start("2025-03-14"), Some(Date::constant(2025, 3, 14)));
        assert_eq!(timex_start("2025-10"), Some(Date::constant(2025, 10, 1)));
        assert_eq!(timex_start("2026-W04"), Some(Date::constant(2026, 1, 19)));
        assert_eq!(timex_start("2025-Q4"), Some(Date::constant(2025, 10, 1)));
        assert_eq!(timex_start("2025"), Some(Date::constant(2025, 1, 1)));
        assert_eq!(timex_start("FY2025"), Some(Date::constant(2025, 1, 1)));
        assert_eq!(timex_start("2026-H2"), Some(Date::constant(2026, 7, 1)));
        assert_eq!(timex_start("2024-FA"), Some(Date::constant(2024, 9, 1)));
        assert_eq!(timex_start("199"), Some(Date::constant(1990, 1, 1)));
        assert_eq!(timex_start("soon"), None);
    }

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
        };
        let keys: Vec<i64> = ["October", "last week", "this week", "next week"]
            .iter()
            .map(|w| sort_key(&ev(w), None))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    }
}
