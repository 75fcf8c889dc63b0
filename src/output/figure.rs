//! A figure as a person reads it: `≤ $100B`, `~16,000 employees`, `45%`, `2025-10`; the
//! rule that tells money from other units; how rounds and series are named. The Facts and
//! Timeline panes, search, the report and the checks' messages all read figures from here.

use crate::story::{Check, Event, EventKind, Fact, FactKind, Qualifier, Series};

/// Thousands separators for whole numbers; up to two decimals otherwise.
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return "?".to_string();
    }
    let neg = v < 0.0;
    let v = v.abs();
    let whole = v.trunc();
    let frac = v - whole;
    let digits = format!("{whole:.0}");
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut s = if neg { format!("-{grouped}") } else { grouped };
    if frac > 0.0005 {
        let f = format!("{frac:.2}");
        s.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    s
}

/// Compact money: `$100B`, `€2.5M`, `£950`, `1,200 CHF`.
pub fn money(value: f64, unit: Option<&str>) -> String {
    let (scaled, suffix) = if value.abs() >= 1e12 {
        (value / 1e12, "T")
    } else if value.abs() >= 1e9 {
        (value / 1e9, "B")
    } else if value.abs() >= 1e6 {
        (value / 1e6, "M")
    } else {
        (value, "")
    };
    let n = if suffix.is_empty() {
        number(scaled)
    } else {
        let s = format!("{scaled:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match unit.map(symbol) {
        Some(Ok(sym)) => format!("{sym}{n}{suffix}"),
        Some(Err(code)) => format!("{n}{suffix} {code}"),
        None => format!("{n}{suffix}"),
    }
}

fn symbol(code: &str) -> Result<&'static str, &str> {
    match code {
        "USD" => Ok("$"),
        "EUR" => Ok("€"),
        "GBP" => Ok("£"),
        "JPY" => Ok("¥"),
        "INR" => Ok("₹"),
        other => Err(other),
    }
}

/// Three capital letters name a currency (an ISO 4217 code: USD, EUR, JPY); any other unit is
/// a counted noun or `%`.
pub fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// What a figure is a number of, which decides how it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit<'a> {
    /// Money, in this currency when it is known.
    Money(Option<&'a str>),
    Percent,
    /// A count of this noun ("corporate jobs"), or a bare number.
    Count(Option<&'a str>),
}

impl<'a> Unit<'a> {
    /// An event's unit as extraction writes it: a currency code is money, `%` a percentage,
    /// anything else the counted noun.
    pub fn of_event(event: &'a Event) -> Unit<'a> {
        match event.unit.as_deref() {
            Some(u) if is_currency(u) => Unit::Money(Some(u)),
            Some("%") => Unit::Percent,
            other => Unit::Count(other),
        }
    }

    /// A fact's unit, as its kind says; `None` for what is not a quantity (an ordinal is a
    /// position, not an amount).
    pub fn of_fact(fact: &'a Fact) -> Option<Unit<'a>> {
        match fact.kind {
            FactKind::Money => Some(Unit::Money(fact.unit())),
            FactKind::Percent => Some(Unit::Percent),
            FactKind::Count => Some(Unit::Count(fact.unit())),
            _ => None,
        }
    }

    /// The unit without its counted noun, where the row already says what is counted or a
    /// sum reads better without it: `~16,000`.
    pub fn without_noun(self) -> Unit<'a> {
        match self {
            Unit::Count(_) => Unit::Count(None),
            unit => unit,
        }
    }
}

/// A figure as a person reads it: `≤ $100B`, `~16,000 employees`, `45%`.
pub fn figure(value: f64, unit: Unit, qualifier: Option<Qualifier>) -> String {
    let q = qualifier.map_or("", Qualifier::symbol);
    match unit {
        Unit::Money(code) => format!("{q}{}", money(value, code)),
        Unit::Percent => format!("{q}{}%", number(value)),
        Unit::Count(Some(noun)) => format!("{q}{} {noun}", number(value)),
        Unit::Count(None) => format!("{q}{}", number(value)),
    }
}

/// The value of a fact as a person reads it; `text` is the document's text (a fact with no
/// value shows what it says there).
pub fn fact_value(fact: &Fact, text: &str) -> String {
    fact_shown(fact, text, Unit::of_fact(fact))
}

/// [`fact_value`] without a count's noun, as a sum or a bar shows it: `~16,000`, `$2.5B`.
pub fn fact_value_without_noun(fact: &Fact, text: &str) -> String {
    fact_shown(fact, text, Unit::of_fact(fact).map(Unit::without_noun))
}

fn fact_shown(fact: &Fact, text: &str, unit: Option<Unit>) -> String {
    match (unit, fact.value()) {
        (Some(unit), Some(v)) => figure(v, unit, fact.qualifier),
        (None, Some(v)) if fact.kind == FactKind::Ordinal => format!("#{}", number(v)),
        _ => match fact.kind {
            FactKind::Date => match fact.resolved() {
                Some(Some(t)) => t.to_string(),
                _ => fact.text(text).to_string(),
            },
            k if k.is_quantity() => fact.text(text).to_string(),
            _ => fact.name().unwrap_or_else(|| fact.text(text)).to_string(),
        },
    }
}

/// A round as the timeline and the report name it: `seed`, `A`, `B`… for funding, `#2` for
/// other series.
pub fn round_label(kind: EventKind, round: u32) -> String {
    match (kind, round) {
        (EventKind::Fundraising, 0) => "seed".into(),
        (EventKind::Fundraising, n @ 1..=26) => char::from(b'A' + (n as u8) - 1).to_string(),
        (_, n) => format!("#{n}"),
    }
}

/// A series of rounds as it is named: `Amazon layoffs`, `funding`.
pub fn series_name(kind: EventKind, actor: Option<&str>) -> String {
    match actor {
        Some(a) => format!("{a} {}", kind.label()),
        None => kind.label().to_string(),
    }
}

/// The rounds a check rests on, as the Timeline and the report write them after its message:
/// "rounds #1, #2", "round #2", "rounds #1, #3; #2 missing". None when it rests on no round.
pub fn check_rounds(check: &Check, series: &[Series]) -> Option<String> {
    if check.rounds.is_empty() {
        return None;
    }
    let kind = check
        .series
        .and_then(|s| series.get(s))
        .map_or(EventKind::Layoffs, |s| s.kind);
    let list = |rounds: &[u32]| {
        rounds
            .iter()
            .map(|&r| round_label(kind, r))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let s = if check.rounds.len() == 1 { "" } else { "s" };
    let mut out = format!("round{s} {}", list(&check.rounds));
    if !check.missing.is_empty() {
        out.push_str(&format!("; {} missing", list(&check.missing)));
    }
    Some(out)
}

/// A check's message with the rounds it rests on: what the Timeline pane shows (and wraps).
pub fn check_line(check: &Check, series: &[Series]) -> String {
    match check_rounds(check, series) {
        Some(r) => format!("{} · {r}", check.message),
        None => check.message.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_money_read_well() {
        assert_eq!(number(16000.0), "16,000");
        assert_eq!(number(1234567.5), "1,234,567.5");
        assert_eq!(number(12.0), "12");
        assert_eq!(money(100e9, Some("USD")), "$100B");
        assert_eq!(money(2.5e6, Some("EUR")), "€2.5M");
        assert_eq!(money(950.0, Some("GBP")), "£950");
        assert_eq!(money(1200.0, Some("CHF")), "1,200 CHF");
    }

    #[test]
    fn three_capital_letters_are_a_currency() {
        assert!(is_currency("USD") && is_currency("CHF"));
        for unit in ["usd", "US", "USDT", "%", "jobs", "ÉUR"] {
            assert!(!is_currency(unit), "{unit}");
        }
    }

    #[test]
    fn figures_read_with_their_qualifier_and_unit() {
        let at_most = Some(Qualifier::AtMost);
        let approx = Some(Qualifier::Approx);
        assert_eq!(figure(100e9, Unit::Money(Some("USD")), at_most), "≤ $100B");
        assert_eq!(figure(3e6, Unit::Money(None), None), "3M");
        let employees = Unit::Count(Some("employees"));
        assert_eq!(figure(16_000.0, employees, approx), "~16,000 employees");
        assert_eq!(
            figure(16_000.0, employees.without_noun(), approx),
            "~16,000"
        );
        assert_eq!(figure(4.5, Unit::Percent, None), "4.5%");
        assert_eq!(
            figure(2e9, Unit::Money(Some("EUR")).without_noun(), None),
            "€2B"
        );
    }

    #[test]
    fn rounds_and_series_are_named() {
        assert_eq!(round_label(EventKind::Fundraising, 0), "seed");
        assert_eq!(round_label(EventKind::Fundraising, 2), "B");
        assert_eq!(round_label(EventKind::Fundraising, 40), "#40");
        assert_eq!(round_label(EventKind::Layoffs, 2), "#2");
        assert_eq!(
            series_name(EventKind::Layoffs, Some("Amazon")),
            "Amazon layoffs"
        );
        assert_eq!(series_name(EventKind::Fundraising, None), "funding");
    }
}
