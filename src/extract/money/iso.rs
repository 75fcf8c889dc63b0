//! The generated ISO 4217 list (`assets/iso4217.txt`, built by `scripts/currencies/build.py`
//! from the pinned PyPI packages `iso4217`, `babel`/CLDR and `spellmoney`): every current
//! currency and the euro's predecessors, with the exponent of its minor unit, its English names
//! ("swiss franc" / "swiss francs", "swedish krona" / "swedish kronor"), the name of its minor
//! unit ("øre", "kobo"), the symbols its countries write it with ("R", "Rp") and the countries
//! and cities that use it ("Norway; Oslo").

use crate::extract::token::{Kind, tokenize};

const DATA: &str = include_str!("../../../assets/iso4217.txt");

/// One currency of the list.
pub(super) struct Iso {
    /// The code in lower case, as codes are looked up.
    pub key: &'static str,
    pub code: &'static str,
    /// Decimals of the minor unit (2: cents; 0: the yen has none).
    pub exponent: u8,
    /// Each name as its words, in the tokens the text will have ("swiss", "francs"); names with
    /// punctuation between their words ("bosnia-herzegovina …") are left out.
    pub names: Vec<Vec<&'static str>>,
    /// Its minor unit, singular and plural ("penny", "pence"), when it has one.
    pub sub: Vec<&'static str>,
    /// The symbols its countries write before amounts, other than those of `currencies.txt`.
    pub symbols: Vec<&'static str>,
    /// The countries that use it, then the cities of their time zones ("Norway; Oslo"), as
    /// listed: only a story with a shared currency word asks (see [`Iso::places`]).
    places: &'static str,
}

impl Iso {
    /// The countries that use it, then the cities of their time zones ("Norway", "Oslo").
    pub fn places(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.places
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

/// The currencies of the list, in its order; malformed lines are skipped.
pub(super) fn currencies() -> impl Iterator<Item = Iso> {
    DATA.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(parse)
}

fn parse(line: &'static str) -> Option<Iso> {
    let mut parts = line.split('|').map(str::trim);
    let mut head = parts.next()?.split_whitespace();
    let (key, code, exponent) = (head.next()?, head.next()?, head.next()?.parse().ok()?);
    let mut names: Vec<Vec<&'static str>> = Vec::new();
    let (mut sub, mut symbols, mut places) = (Vec::new(), Vec::new(), "");
    for name in parts {
        if let Some(units) = name.strip_prefix("sub:") {
            sub.extend(units.split('/').map(str::trim).filter(|w| !w.is_empty()));
            sub.dedup();
            continue;
        }
        if let Some(syms) = name.strip_prefix("sym:") {
            symbols.extend(syms.split_whitespace());
            continue;
        }
        // The places come last: the rest of the line, not split here.
        if let Some(list) = name.strip_prefix("in:") {
            places = list;
            break;
        }
        let tokens = tokenize(name, 0);
        if tokens.is_empty() || tokens.iter().any(|t| t.kind != Kind::Word) {
            continue;
        }
        let words: Vec<&'static str> = tokens.iter().map(|t| t.text(name, 0)).collect();
        if !names.contains(&words) {
            names.push(words);
        }
    }
    Some(Iso {
        key,
        code,
        exponent,
        names,
        sub,
        symbols,
        places,
    })
}

#[cfg(test)]
mod tests {
    use super::currencies;

    #[test]
    fn the_list_has_every_current_currency_with_its_minor_unit() {
        let all: Vec<_> = currencies().collect();
        assert!(all.len() > 150, "{}", all.len());
        let find = |code: &str| all.iter().find(|c| c.code == code).unwrap();
        assert_eq!(find("USD").exponent, 2);
        assert_eq!(find("JPY").exponent, 0);
        assert_eq!(find("KWD").exponent, 3);
        assert_eq!(
            find("SEK").names,
            [vec!["swedish", "krona"], vec!["swedish", "kronor"]]
        );
        assert_eq!(find("DEM").names[0], ["german", "mark"]);
        assert!(
            find("BAM").names.is_empty(),
            "hyphenated names are left out"
        );
        assert_eq!(find("GBP").sub, ["penny", "pence"]);
        assert_eq!(find("NGN").sub, ["kobo"]);
        assert!(find("JPY").sub.is_empty(), "the yen has no minor unit");
        assert!(find("ZAR").symbols.contains(&"R"));
        assert!(find("NOK").places().any(|p| p == "Norway"));
        assert!(find("NOK").places().any(|p| p == "Oslo"));
    }
}
