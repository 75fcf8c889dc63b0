//! Value filters as intervals: numbers with magnitudes and currency or percent signs
//! (`>10b`, `1m..5m`, `~14000`, `<3%`) and date periods (`2025`, `2025-10`, `2025-Q4`,
//! `2026-W04`, `2025-03-14`); a date filter matches whatever [`Timex`] period overlaps it (a
//! week inside a month, a month inside a quarter…).

use crate::output::figure::is_currency;
use crate::story::{FactKind, Timex};
use jiff::civil::Date;

/// What a number's sign restricts it to: `$10b` is money (in dollars), `3%` a percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Any,
    /// Money, in this ISO currency when one is known.
    Money(&'static str),
    Percent,
}

/// A number typed in a query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    pub value: f64,
    pub hint: Hint,
}

/// Parses `14000`, `20,000`, `1.5`, `10b`, `2.5bn`, `$5M`, `€2k`, `3%`, `-4%`.
pub fn number(s: &str) -> Option<Num> {
    let (hint, s) = if let Some(r) = s.strip_prefix('$') {
        (Hint::Money("USD"), r)
    } else if let Some(r) = s.strip_prefix('€') {
        (Hint::Money("EUR"), r)
    } else if let Some(r) = s.strip_prefix('£') {
        (Hint::Money("GBP"), r)
    } else {
        (Hint::Any, s)
    };
    let (negative, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(s.len());
    let (digits, suffix) = s.split_at(end);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let well_formed = digits.bytes().any(|b| b.is_ascii_digit())
        && !whole.starts_with(',')
        && !whole.ends_with(',')
        && !whole.contains(",,")
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !well_formed {
        return None;
    }
    let mut buf = String::with_capacity(digits.len() + 2);
    buf.push('0');
    buf.extend(whole.chars().filter(|&c| c != ','));
    if !frac.is_empty() {
        buf.push('.');
        buf.push_str(frac);
    }
    let v: f64 = buf.parse().ok()?;
    let (scale, percent) = match suffix {
        "" => (1.0, false),
        "%" => (1.0, true),
        _ if suffix.eq_ignore_ascii_case("k") => (1e3, false),
        _ if suffix.eq_ignore_ascii_case("m") => (1e6, false),
        _ if suffix.eq_ignore_ascii_case("b") || suffix.eq_ignore_ascii_case("bn") => (1e9, false),
        _ if suffix.eq_ignore_ascii_case("t") || suffix.eq_ignore_ascii_case("tn") => (1e12, false),
        _ => return None,
    };
    let hint = match (hint, percent) {
        (Hint::Money(_), true) => return None,
        (_, true) => Hint::Percent,
        (h, false) => h,
    };
    let value = if negative { -v * scale } else { v * scale };
    value.is_finite().then_some(Num { value, hint })
}

/// A number interval; bounds are inclusive unless marked open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumRange {
    pub lo: f64,
    pub lo_open: bool,
    pub hi: f64,
    pub hi_open: bool,
    pub hint: Hint,
}

impl NumRange {
    pub fn contains(&self, v: f64) -> bool {
        let above = if self.lo_open {
            v > self.lo
        } else {
            v >= self.lo
        };
        let below = if self.hi_open {
            v < self.hi
        } else {
            v <= self.hi
        };
        above && below
    }

    /// Whether a value in `unit` (an ISO currency, "%", a noun, or none) is the kind of value
    /// the query's sign asks for.
    pub fn accepts_unit(&self, is_money: bool, is_percent: bool, unit: Option<&str>) -> bool {
        match self.hint {
            Hint::Any => true,
            Hint::Percent => is_percent,
            Hint::Money(code) => is_money && unit.is_none_or(|u| u == code || !is_currency(u)),
        }
    }
}

/// A half-open date interval `[start, end)`; `None` is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl DateRange {
    pub fn overlaps(&self, (s, e): (Date, Date)) -> bool {
        self.start.is_none_or(|a| a < e) && self.end.is_none_or(|b| s < b)
    }
}

/// Whether a query token has the shape of a date period: `2025`, `2025-10`, `2025-03-14`,
/// `2025-Q4`, `2026-W04` (Q and W in either case). Shape only; [`period`] checks the values.
pub fn is_date_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if !digits(0..4) {
        return false;
    }
    match b.len() {
        4 => true,
        7 => b[4] == b'-' && (digits(5..7) || matches!(b[5], b'Q' | b'q') && digits(6..7)),
        8 => b[4] == b'-' && matches!(b[5], b'W' | b'w') && digits(6..8),
        10 => b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// The days a date-shaped query token covers, or `None` when it names no real period
/// (`2025-13`, `2025-Q5`, `2025-02-30`).
pub fn period(s: &str) -> Option<(Date, Date)> {
    if !is_date_shape(s) {
        return None;
    }
    s.to_ascii_uppercase().parse::<Timex>().ok()?.period()
}

/// A value filter; a fact or event must pass every one.
#[derive(Debug, Clone, Copy)]
pub enum Filter {
    Number(NumRange),
    Date(DateRange),
    /// A bare four-digit operand (`>2000`, `1990..2010`): a number or a year, whichever the
    /// fact or event has.
    Either(NumRange, DateRange),
}

impl Filter {
    /// Quantity facts by value (NaN: none), date facts by resolved period.
    pub fn accepts_fact(
        &self,
        kind: FactKind,
        value: f64,
        unit: Option<&str>,
        period: Option<(Date, Date)>,
    ) -> bool {
        let number = |r: &NumRange| {
            kind.is_quantity()
                && r.contains(value)
                && r.accepts_unit(kind == FactKind::Money, kind == FactKind::Percent, unit)
        };
        let date = |d: &DateRange| kind == FactKind::Date && period.is_some_and(|p| d.overlaps(p));
        self.either(number, date)
    }

    /// Events by value and resolved period.
    pub fn accepts_event(
        &self,
        value: Option<f64>,
        unit: Option<&str>,
        period: Option<(Date, Date)>,
    ) -> bool {
        let number = |r: &NumRange| {
            value.is_some_and(|v| r.contains(v))
                && r.accepts_unit(
                    unit.is_some_and(is_currency),
                    matches!(unit, Some("%" | "percent")),
                    unit,
                )
        };
        let date = |d: &DateRange| period.is_some_and(|p| d.overlaps(p));
        self.either(number, date)
    }

    /// The fact kinds this filter can accept, as scope bits.
    pub fn kinds(&self) -> u16 {
        let numbers = |r: &NumRange| match r.hint {
            Hint::Money(_) => kind_bit(FactKind::Money),
            Hint::Percent => kind_bit(FactKind::Percent),
            Hint::Any => FactKind::ALL
                .iter()
                .filter(|k| k.is_quantity())
                .fold(0, |bits, &k| bits | kind_bit(k)),
        };
        match self {
            Filter::Number(r) => numbers(r),
            Filter::Date(_) => kind_bit(FactKind::Date),
            Filter::Either(r, _) => numbers(r) | kind_bit(FactKind::Date),
        }
    }

    fn either(
        &self,
        number: impl Fn(&NumRange) -> bool,
        date: impl Fn(&DateRange) -> bool,
    ) -> bool {
        match self {
            Filter::Number(r) => number(r),
            Filter::Date(d) => date(d),
            Filter::Either(r, d) => number(r) || date(d),
        }
    }
}

/// A fact kind's bit in scope masks (`%money` and the like).
pub fn kind_bit(kind: FactKind) -> u16 {
    1 << (kind as u16)
}
