#!/usr/bin/env python3
"""Builds assets/iso4217.txt, the ISO 4217 currencies with their minor units and English names.

    python3 -m venv /tmp/cur && /tmp/cur/bin/pip install -r scripts/currencies/requirements.txt
    /tmp/cur/bin/python scripts/currencies/build.py        # run from the repository root

Sources (versions pinned in requirements.txt):
- `iso4217` 1.16.20260101 (MIT): the ISO 4217 list of current currencies, their codes and
  minor-unit exponents (the number of decimals of the minor unit: 2 for cents, 0 for the yen,
  3 for the Kuwaiti dinar). Codes without a minor unit (gold, SDR, test codes) are left out.
- `babel` 2.18.0 (BSD-3-Clause), whose locale data is the Unicode CLDR (Unicode License v3):
  the English names of each currency, singular and plural ("Swiss franc", "Swiss francs";
  "Swedish krona", "Swedish kronor"), and the minor units of the euro's predecessors, which
  news of their years still names ("850 mln marks", "55 billion lire"); where each currency
  is used (CLDR's territory currencies, at 2026-01-01 and for the euro's predecessors at
  1998-01-01), with the English names of those countries and the cities that name their time
  zones ("Europe/Oslo" → Oslo, Norway); and the symbol each country writes its currency with
  in its own English or main-language locale ("R" in en_ZA, "Rp" in id_ID, "Ksh" in en_KE).
- `spellmoney` 2.0.0 (MIT): the English name of each currency's minor unit, singular and
  plural ("penny", "pence"; "kobo"; "haléř"; "fils").

Output: one currency a line, `code CODE EXPONENT | singular | plural` (the code in lower case
first, as the binary looks it up), names in lower case, sorted by code, then these fields when
known:

    sub: SINGULAR / PLURAL      the minor unit (a hundredth, or 10^-EXPONENT, of the currency)
    sym: SYMBOL SYMBOL          the symbols its countries write it with, other than the code
                                and any symbol with "$", "£", "€" or "¥" (read elsewhere)
    in: PLACE; PLACE            the countries that use it, then the cities of their time zones

Also the currencies of `assets/iso4217_supplement.txt`: withdrawn from the pinned ISO list
but still named by news (the Bulgarian lev, replaced by the euro on 2026-01-01), each with the
last day it was legal tender, on which its countries and symbols are looked up, and why.

The build is deterministic: the output depends only on the pinned packages and the supplement.
"""
import datetime, os, re

from babel import Locale, localedata
from babel.core import get_global
from babel.numbers import (get_currency_name, get_currency_precision, get_currency_symbol,
                           get_territory_currencies)
from iso4217 import Currency
from spellmoney.monedas import MONEDAS

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "assets", "iso4217.txt")
SUPPLEMENT = os.path.join(ROOT, "assets", "iso4217_supplement.txt")

# The national currencies the euro replaced (ISO 4217 withdrew their codes in 1999-2015).
EURO_LEGACY = ["ATS", "BEF", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GRD", "IEP", "ITL",
               "LTL", "LUF", "LVL", "MTL", "NLG", "PTE", "SIT", "SKK"]

# A name that is no plain currency name: a unit of account, a fund, a bracketed variant.
NOT_A_NAME = re.compile(r"[()0-9]|unit of account|fund|special drawing|troy", re.I)


def supplement():
    """{CODE: last day it was legal tender} from assets/iso4217_supplement.txt: currencies the
    pinned ISO list withdrew that news still names (each line says why)."""
    out = {}
    with open(SUPPLEMENT, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                code, day = line.split()[:2]
                out[code] = datetime.date.fromisoformat(day)
    return out


def names(code):
    out = []
    for count in (1, 2):
        name = get_currency_name(code, count=count, locale="en")
        if name and name != code and not NOT_A_NAME.search(name):
            out.append(" ".join(name.lower().split()))
    return out


# A place name that is no plain name in running text ("Congo - Kinshasa", "St. Kitts & Nevis").
NOT_A_PLACE = re.compile(r"[^A-Za-z .'’]")

# Symbols that other rules read (the dollar prefixes, the pound, the euro, the yen).
NOT_A_LOCAL_SYMBOL = re.compile(r"[$£€¥￥\u200b-\u200f\u202f]")


def subunit(code):
    data = MONEDAS.get(code, {}).get("en", {}).get("sub")
    return f"{data['singular'].lower()} / {data['plural'].lower()}" if data else None


def territories(days):
    """(territory, English name, its primary currency now, in 1998 and on each of `days`)."""
    english = Locale("en").territories
    for t in sorted(english):
        if len(t) != 2 or not t.isalpha():
            continue
        found = []
        for day in [datetime.date(2026, 1, 1), datetime.date(1998, 1, 1)] + sorted(days):
            currencies = get_territory_currencies(t, day, tender=True)
            found.append(currencies[0] if currencies else None)
        yield t, english[t], found


def local_symbols(code, territory, available, languages):
    """The symbols of `code` in the English and the main-language locale of `territory`."""
    ranked = sorted(languages.get(territory, {}).items(),
                    key=lambda kv: -kv[1].get("population_percent", 0))
    locales = [f"en_{territory}"] + [f"{lang}_{territory}" for lang, _ in ranked[:1]]
    out = []
    for loc in locales:
        if loc in available:
            sym = get_currency_symbol(code, loc).strip().rstrip(".")
            if sym and sym != code and not NOT_A_LOCAL_SYMBOL.search(sym) and " " not in sym:
                out.append(sym)
    return out


def places_and_symbols(codes, days):
    places = {c: [] for c in codes}
    symbols = {c: [] for c in codes}
    cities = {}
    for zone, territory in sorted(get_global("zone_territories").items()):
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in zone and not NOT_A_PLACE.search(city) and not city.startswith("GMT"):
            cities.setdefault(territory, []).append(city)
    available = set(localedata.locale_identifiers())
    languages = get_global("territory_languages")
    for t, name, found in territories(days):
        for code in dict.fromkeys(c for c in found if c in codes):
            if not NOT_A_PLACE.search(name):
                places[code].append(name)
            places[code].extend(cities.get(t, []))
            for sym in local_symbols(code, t, available, languages):
                if sym not in symbols[code]:
                    symbols[code].append(sym)
    for code in codes:
        places[code] = list(dict.fromkeys(places[code]))
    return places, symbols


def main():
    rows = {}
    for c in Currency:
        if c.exponent is None:
            continue
        rows[c.code] = (c.exponent, names(c.code))
    for code in EURO_LEGACY:
        rows.setdefault(code, (get_currency_precision(code), names(code)))
    extra = supplement()
    for code in extra:
        rows.setdefault(code, (get_currency_precision(code), names(code)))
    places, symbols = places_and_symbols(set(rows), set(extra.values()))
    lines = [
        "# ISO 4217 currencies: code CODE EXPONENT | singular name | plural name (English, lower case)",
        "# | sub: minor unit singular / plural | sym: local symbols | in: countries; time-zone cities.",
        "# Generated by scripts/currencies/build.py from the PyPI packages iso4217 1.16.20260101",
        "# (MIT), babel 2.18.0 (BSD-3-Clause; its locale data is the Unicode CLDR, Unicode",
        "# License v3) and spellmoney 2.0.0 (MIT), with the withdrawn currencies news still names",
        "# (assets/iso4217_supplement.txt says which and why). Do not edit by hand: change the",
        "# script or the supplement and run it again.",
    ]
    for code in sorted(rows):
        exponent, ns = rows[code]
        if len(ns) < 2:
            ns = (ns + ns)[:2] if ns else []
        fields = [f"{code.lower()} {code} {exponent}"] + ns
        sub = subunit(code) if exponent > 0 else None
        if sub:
            fields.append(f"sub: {sub}")
        if symbols[code]:
            fields.append("sym: " + " ".join(symbols[code]))
        if places[code]:
            fields.append("in: " + "; ".join(places[code]))
        lines.append(" | ".join(fields))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(rows)} currencies")


if __name__ == "__main__":
    main()
