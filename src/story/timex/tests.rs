//! The TIMEX3 strings a [`Timex`] writes and reads, the days it covers and its order.

use super::*;
use jiff::civil::date;

fn t(s: &str) -> Timex {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_kind_writes_and_reads_back_its_timex3_string() {
    for s in [
        "2025-03-14",
        "0987-01-02",
        "2026-W04",
        "2020-W53",
        "2025-10",
        "2025-Q4",
        "2026-H1",
        "2024-SU",
        "2024-WI",
        "2025",
        "199",
        "202",
        "FY2025",
        "FY2025-Q1",
    ] {
        let timex = t(s);
        assert_eq!(timex.to_string(), s);
        assert_eq!(Timex::unpack(timex.pack()), Some(timex), "{s}");
        let json = serde_json::to_string(&timex).unwrap();
        assert_eq!(json, format!("\"{s}\""));
        assert_eq!(serde_json::from_str::<Timex>(&json).unwrap(), timex);
    }
}

#[test]
fn malformed_or_impossible_values_are_refused() {
    for bad in [
        "",
        "2025-13",
        "2025-00",
        "2025-Q0",
        "2025-Q5",
        "2025-W54",
        "2025-W53",
        "2025-W00",
        "2025-02-30",
        "2025-H3",
        "2025-XX",
        "2025-sp",
        "2025-q4",
        "20251",
        "2025-1",
        "2025-3-14",
        "FY25",
        "FY2025-Q7",
        "x2025",
        "PRESENT_REF",
        "2025-10-28T09:00",
        "２０２５",
    ] {
        assert!(bad.parse::<Timex>().is_err(), "{bad}");
    }
    let err = "2025-13".parse::<Timex>().unwrap_err().to_string();
    assert!(err.contains("2025-13") && err.contains("2025-Q4"), "{err}");
    assert!(serde_json::from_str::<Timex>("\"soon\"").is_err());
    assert_eq!(Timex::unpack(0), None);
    assert_eq!(Timex::unpack(u64::MAX), None);
}

#[test]
fn checked_constructors_keep_parts_in_range() {
    assert_eq!(Timex::month(2025, 12), Some(t("2025-12")));
    assert_eq!(Timex::month(2025, 13), None);
    assert_eq!(Timex::quarter(2025, 0), None);
    assert_eq!(Timex::week(2020, 53), Some(t("2020-W53")));
    assert_eq!(Timex::week(2021, 53), None);
    assert_eq!(Timex::half(2026, 2), Some(t("2026-H2")));
    assert_eq!(Timex::fiscal(2025, Some(5)), None);
}

#[test]
fn periods_cover_the_right_days() {
    let p = |s: &str| t(s).period();
    let d = |y, m, d| date(y, m, d);
    assert_eq!(p("2025-03-14"), Some((d(2025, 3, 14), d(2025, 3, 15))));
    assert_eq!(p("2026-W04"), Some((d(2026, 1, 19), d(2026, 1, 26))));
    // ISO week 1 of 2026 starts in 2025.
    assert_eq!(p("2026-W01"), Some((d(2025, 12, 29), d(2026, 1, 5))));
    assert_eq!(p("2025-12"), Some((d(2025, 12, 1), d(2026, 1, 1))));
    assert_eq!(p("2025-Q4"), Some((d(2025, 10, 1), d(2026, 1, 1))));
    assert_eq!(p("2026-H2"), Some((d(2026, 7, 1), d(2027, 1, 1))));
    assert_eq!(p("2024-FA"), Some((d(2024, 9, 1), d(2024, 12, 1))));
    assert_eq!(p("2024-WI"), Some((d(2024, 12, 1), d(2025, 3, 1))));
    assert_eq!(p("2025"), Some((d(2025, 1, 1), d(2026, 1, 1))));
    assert_eq!(p("199"), Some((d(1990, 1, 1), d(2000, 1, 1))));
    assert_eq!(p("FY2025"), Some((d(2025, 1, 1), d(2026, 1, 1))));
    assert_eq!(p("FY2025-Q2"), Some((d(2025, 4, 1), d(2025, 7, 1))));
}

#[test]
fn granularity_is_as_written() {
    let g = |s: &str| t(s).granularity();
    assert_eq!(g("2025-03-14"), Granularity::Day);
    assert_eq!(g("2025-W10"), Granularity::Week);
    assert_eq!(g("FY2025-Q1"), Granularity::Quarter);
    assert_eq!(g("FY2025"), Granularity::Year);
    assert_eq!(g("199"), Granularity::Decade);
    assert!(Granularity::Day < Granularity::Month && Granularity::Month < Granularity::Year);
}

#[test]
fn values_order_by_time_the_wider_first() {
    let mut v: Vec<Timex> = [
        "2025-02",
        "2025-01-01",
        "2025",
        "2024-WI",
        "2025-Q1",
        "199",
        "FY2025",
        "2025-01",
        "2024-12-31",
    ]
    .iter()
    .map(|s| t(s))
    .collect();
    v.sort();
    let order: Vec<String> = v.iter().map(Timex::to_string).collect();
    assert_eq!(
        order,
        [
            "199",
            "2024-WI",
            "2024-12-31",
            "2025",
            "FY2025",
            "2025-Q1",
            "2025-01",
            "2025-01-01",
            "2025-02"
        ]
    );
    // Only equal values compare equal.
    assert_ne!(t("2025").cmp(&t("FY2025")), Ordering::Equal);
}
