//! Value operands of a query: `>10b`, `<=2025-06`, `~14000`, `1m..5m`, each turned into a
//! [`Filter`] or an error that says what is wrong and where.

use super::query::{QueryError, error};
use super::value::{self, DateRange, Filter, Hint, Num, NumRange};
use jiff::civil::Date;

/// Splits `1m..5m` (and the malformed `1m..`, `..5m`) when the token looks like a range of
/// values, so that an ellipsis in a word ("wait...") stays a word.
pub(super) fn range_parts(text: &str) -> Option<(&str, &str)> {
    let (lo, hi) = text.split_once("..")?;
    let numeric =
        |s: &str| s.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '-'));
    (numeric(lo) || lo.is_empty() && numeric(hi)).then_some((lo, hi))
}

/// What a value operand is: a number, a date period, or (four bare digits) either.
enum Operand {
    Num(Num),
    Date((Date, Date)),
    Either(Num, (Date, Date)),
}

fn operand(s: &str, at: usize) -> Result<Operand, QueryError> {
    if let Some(p) = value::period(s) {
        return Ok(match value::number(s) {
            Some(n) if s.len() == 4 => Operand::Either(n, p),
            _ => Operand::Date(p),
        });
    }
    if value::is_date_shape(s) {
        return Err(error(
            at,
            format!(
                "{s} is not a real date (write 2025, 2025-10, 2025-Q4, 2026-W04 or 2025-03-14)"
            ),
        ));
    }
    value::number(s).map(Operand::Num).ok_or_else(|| {
        error(
            at,
            format!("{s} is not a number or a date (try 10b, 5m, $2.5bn, 20,000, 3% or 2025-10)"),
        )
    })
}

pub(super) fn comparison(op: &str, s: &str, at: usize) -> Result<Filter, QueryError> {
    if s.is_empty() {
        let example = if op == "~" {
            "~14000"
        } else {
            "10b or 2025-06"
        };
        return Err(error(
            at,
            format!("{op} needs a value right after it, like {op}{example}"),
        ));
    }
    let numbers = |n: Num| {
        let (lo, lo_open, hi, hi_open) = match op {
            ">" => (n.value, true, f64::INFINITY, false),
            ">=" => (n.value, false, f64::INFINITY, false),
            "<" => (f64::NEG_INFINITY, false, n.value, true),
            "<=" => (f64::NEG_INFINITY, false, n.value, false),
            _ => {
                let d = n.value.abs() * 0.1;
                (n.value - d, false, n.value + d, false)
            }
        };
        NumRange {
            lo,
            lo_open,
            hi,
            hi_open,
            hint: n.hint,
        }
    };
    let dates = |(s, e)| match op {
        ">" => DateRange {
            start: Some(e),
            end: None,
        },
        ">=" => DateRange {
            start: Some(s),
            end: None,
        },
        "<" => DateRange {
            start: None,
            end: Some(s),
        },
        _ => DateRange {
            start: None,
            end: Some(e),
        },
    };
    match operand(s, at)? {
        Operand::Num(n) => Ok(Filter::Number(numbers(n))),
        Operand::Either(n, _) if op == "~" => Ok(Filter::Number(numbers(n))),
        Operand::Date(_) if op == "~" => {
            Err(error(at, format!("~ needs a number, not a date like {s}")))
        }
        Operand::Date(p) => Ok(Filter::Date(dates(p))),
        Operand::Either(n, p) => Ok(Filter::Either(numbers(n), dates(p))),
    }
}

pub(super) fn range(
    text: &str,
    (lo, lo_at): (&str, usize),
    (hi, hi_at): (&str, usize),
) -> Result<Filter, QueryError> {
    if lo.is_empty() {
        return Err(error(
            lo_at,
            format!("range {text} needs a lower bound, like 1m..5m"),
        ));
    }
    if hi.is_empty() {
        return Err(error(
            hi_at,
            format!("range {text} needs an upper bound, like 1m..5m"),
        ));
    }
    let numbers = |a: Num, b: Num| -> Result<NumRange, QueryError> {
        if a.value > b.value {
            return Err(error(
                lo_at,
                format!("range {text} is empty: {lo} is more than {hi}"),
            ));
        }
        let hint = if a.hint == Hint::Any { b.hint } else { a.hint };
        Ok(NumRange {
            lo: a.value,
            lo_open: false,
            hi: b.value,
            hi_open: false,
            hint,
        })
    };
    let dates = |a: (Date, Date), b: (Date, Date)| {
        if a.0 >= b.1 {
            return Err(error(
                lo_at,
                format!("range {text} is empty: {lo} is after {hi}"),
            ));
        }
        Ok(DateRange {
            start: Some(a.0),
            end: Some(b.1),
        })
    };
    use Operand as O;
    match (operand(lo, lo_at)?, operand(hi, hi_at)?) {
        (O::Num(a) | O::Either(a, _), O::Num(b)) | (O::Num(a), O::Either(b, _)) => {
            Ok(Filter::Number(numbers(a, b)?))
        }
        (O::Date(a) | O::Either(_, a), O::Date(b)) | (O::Date(a), O::Either(_, b)) => {
            Ok(Filter::Date(dates(a, b)?))
        }
        (O::Either(a, p), O::Either(b, q)) => Ok(Filter::Either(numbers(a, b)?, dates(p, q)?)),
        (O::Num(_), O::Date(_)) | (O::Date(_), O::Num(_)) => Err(error(
            lo_at,
            format!("range {text} mixes a number and a date"),
        )),
    }
}
