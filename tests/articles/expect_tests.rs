//! Tests of the `.expect` line parser: quoting, escapes, fields, comments, headers and the
//! error message of every kind of malformed line.

use super::*;

fn one(line: &str) -> Expect {
    let mut e = parse(line).unwrap();
    assert_eq!(e.lines.len(), 1, "{line}");
    e.lines.remove(0)
}

#[test]
fn fact_lines_with_quoted_text_fields_and_comments() {
    let e =
        one(r#"money   "up to $100 billion"  value=100000000000 unit=USD qualifier=at_most # c"#);
    assert_eq!(e.kind, Some(FactKind::Money));
    assert_eq!(e.text, "up to $100 billion");
    assert_eq!(
        e.rule,
        Rule::Present(vec![
            (Field::Value, Want::Number(1e11)),
            (Field::Unit, Want::Text("USD".into())),
            (Field::Qualifier, Want::Text("at_most".into())),
        ])
    );
    let e = one(r#"count "30,000 corporate jobs" unit="corporate jobs" value=30000"#);
    assert_eq!(
        e.rule,
        Rule::Present(vec![
            (Field::Unit, Want::Text("corporate jobs".into())),
            (Field::Value, Want::Number(30000.0)),
        ])
    );
    let e = one(r#"person "Ann \"Red\" Lee # not a comment" role="CEO"  # a comment"#);
    assert_eq!(e.text, "Ann \"Red\" Lee # not a comment");
    assert_eq!(e.line, 1);
    assert_eq!(
        one(r#"count "up to 1,400\njobs""#).text,
        "up to 1,400\njobs"
    );
    assert_eq!(one(r#"org "a\\b""#).text, "a\\b");
}

#[test]
fn null_fields_absent_lines_and_headers() {
    let e = one(r#"date "next month" resolved=null"#);
    assert_eq!(e.rule, Rule::Present(vec![(Field::Resolved, Want::Null)]));
    let e = one(r#"org "X" name="null""#);
    assert_eq!(
        e.rule,
        Rule::Present(vec![(Field::Name, Want::Text("null".into()))])
    );
    let e = one(r#"absent * "AI""#);
    assert_eq!((e.kind, e.rule), (None, Rule::Absent));
    let e = one(r#"absent count overlapping "Boeing 737""#);
    assert_eq!(
        (e.kind, e.rule),
        (Some(FactKind::Count), Rule::AbsentOverlapping)
    );
    let e =
        parse("# only a comment\n\ndate: 2026-01-29\nsource: ../x.txt\nreference: null\n").unwrap();
    assert_eq!(e.date, Some(jiff::civil::date(2026, 1, 29)));
    assert_eq!(e.source.as_deref(), Some("../x.txt"));
    assert_eq!(e.reference, Some(None));
    assert!(e.lines.is_empty());
    let e = parse("reference: 2025-03-03").unwrap();
    assert_eq!(e.reference, Some(Some(jiff::civil::date(2025, 3, 3))));
}

#[test]
fn malformed_lines_name_their_line_and_problem() {
    let err = |text: &str| parse(text).unwrap_err();
    let cases = [
        (
            "\n\nmoney \"$5\" value=five",
            "line 3: value=`five` is not a number",
        ),
        ("count \"5 jobs", "line 1: unterminated quoted string"),
        ("cash \"$5\"", "line 1: unknown fact kind `cash`"),
        ("* \"AI\"", "line 1: `*` is only allowed after `absent`"),
        ("money \"$5\" colour=red", "line 1: unknown field `colour`"),
        (
            "money \"$5\" unit=USD unit=EUR",
            "line 1: field `unit` given twice",
        ),
        (
            "money \"$5\" qualifier=maybe",
            "line 1: qualifier=`maybe` is not one of",
        ),
        (
            "money $5",
            "line 1: `money` is followed by the fact's text in double quotes",
        ),
        (
            "money \"$5\" USD",
            "line 1: expected `field=value` after the text",
        ),
        (
            "date: 2025-13-01",
            "line 1: `date:` wants YYYY-MM-DD, got `2025-13-01`",
        ),
        (
            "date: 2025-01-01 extra",
            "line 1: `date:` takes exactly one unquoted value",
        ),
        ("when: 2025-01-01", "line 1: unknown header `when:`"),
        (
            "absent \"AI\"",
            "line 1: `absent` is followed by a kind or `*`",
        ),
        (
            "absent org \"A\" \"B\"",
            "line 1: `absent KIND [overlapping] \"TEXT\"`",
        ),
        ("org \"\"", "line 1: the fact text is empty"),
        ("org \"a\\q\"", "line 1: unknown escape `\\q`"),
        ("org \"A\" name=", "line 1: field `name=` has no value"),
        ("org\"A\"", "line 1: `org` runs into a quote"),
        ("\"A\" org", "line 1: a line starts with a kind"),
    ];
    for (text, want) in cases {
        let got = err(text);
        assert!(
            got.starts_with(want),
            "{text:?}: got {got:?}, want {want:?}"
        );
    }
}
