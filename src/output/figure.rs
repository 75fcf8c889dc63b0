//! How values read for people: `≤ $100B`, `~16,000 employees`, `45%`, `2025-10`.

use crate::story::{Fact, FactKind};

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

/// The value of a fact as a person reads it; `text` is the document's text (a fact with no
/// value shows what it says there).
pub fn fact_value(fact: &Fact, text: &str) -> String {
    let q = fact.qualifier.map_or("", |q| q.symbol());
    match fact.kind {
        FactKind::Money => match fact.value() {
            Some(v) => format!("{q}{}", money(v, fact.unit())),
            None => fact.text(text).to_string(),
        },
        FactKind::Percent => match fact.value() {
            Some(v) => format!("{q}{}%", number(v)),
            None => fact.text(text).to_string(),
        },
        FactKind::Count | FactKind::Ordinal => match (fact.value(), fact.unit()) {
            (Some(v), Some(u)) if fact.kind == FactKind::Count => format!("{q}{} {u}", number(v)),
            (Some(v), _) if fact.kind == FactKind::Ordinal => format!("#{}", number(v)),
            (Some(v), _) => format!("{q}{}", number(v)),
            _ => fact.text(text).to_string(),
        },
        FactKind::Date => match fact.resolved().as_ref() {
            Some(Some(t)) => t.to_string(),
            _ => fact.text(text).to_string(),
        },
        _ => fact.name().unwrap_or_else(|| fact.text(text)).to_string(),
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
}
