//! Reading back what was set on a [`Fact`], through its packed fields.

use super::*;

#[test]
fn optional_fields_read_back_what_was_set() {
    let mut f = Fact::new(FactKind::Money, 0, 3);
    assert_eq!((f.value(), f.unit(), f.entity()), (None, None, None));
    f.set_value(Some(f64::NAN));
    assert!(f.value().is_some_and(f64::is_nan));
    f.set_value(Some(0.0));
    assert_eq!(f.value(), Some(0.0));
    f.set_unit(Some("USD".into()));
    assert_eq!(
        (f.unit(), f.name(), f.resolved()),
        (Some("USD"), None, None)
    );
    f.set_value(None);
    f.set_unit(None);
    assert_eq!(f, Fact::new(FactKind::Money, 0, 3));

    let mut d = Fact::new(FactKind::Date, 0, 3);
    d.set_resolved(Some(None));
    assert_eq!((d.resolved(), d.unit()), (Some(None), None));
    let q4 = Timex::quarter(2025, 4);
    d.set_resolved(Some(q4));
    assert_eq!(d.resolved(), Some(q4));
    assert_eq!(
        d.resolved().flatten().map(|t| t.to_string()).as_deref(),
        Some("2025-Q4")
    );
    d.set_resolved(Some(None));
    assert_eq!(d.resolved(), Some(None));

    let mut p = Fact::new(FactKind::Person, 0, 3);
    p.set_name(Some("Andy Jassy".into()));
    p.set_role(Some("CEO".into()));
    p.set_entity(Some(0));
    assert_eq!(
        (p.name(), p.role(), p.entity(), p.resolved()),
        (Some("Andy Jassy"), Some("CEO"), Some(0), None)
    );
    d.set_resolved(None);
    assert_eq!(d, Fact::new(FactKind::Date, 0, 3));
}

#[test]
fn a_name_and_a_role_share_the_label_in_any_order() {
    let mut p = Fact::new(FactKind::Person, 0, 3);
    p.set_entity(Some(7));
    p.set_role(Some("Amazon CEO".into()));
    assert_eq!((p.name(), p.role()), (None, Some("Amazon CEO")));
    p.set_name(Some("Andy Jassy".into()));
    assert_eq!(
        (p.name(), p.role()),
        (Some("Andy Jassy"), Some("Amazon CEO"))
    );
    // Renaming keeps the role; a new role keeps the name; the entity is untouched.
    p.set_name(Some("Jassy".into()));
    p.set_role(Some("chief executive".into()));
    assert_eq!(
        (p.name(), p.role(), p.entity()),
        (Some("Jassy"), Some("chief executive"), Some(7))
    );
    assert_eq!(p.name_label().as_deref(), Some("Jassy"));
    p.set_role(None);
    assert_eq!(
        (p.name(), p.role(), p.entity()),
        (Some("Jassy"), None, Some(7))
    );
    p.set_role(Some("".into()));
    assert_eq!((p.name(), p.role()), (Some("Jassy"), Some("")));
    p.set_name(None);
    assert_eq!((p.name(), p.role()), (None, Some("")));
    p.set_role(None);
    p.set_entity(None);
    assert_eq!(p, Fact::new(FactKind::Person, 0, 3));

    // Names are sliced at a char boundary, whatever the script.
    let mut q = Fact::new(FactKind::Person, 0, 3);
    q.set_name(Some("Zoë Ñúñez".into()));
    q.set_role(Some("ministre".into()));
    assert_eq!((q.name(), q.role()), (Some("Zoë Ñúñez"), Some("ministre")));
}

#[test]
fn a_shared_name_stays_shared_without_a_role() {
    let name = Label::from("Amazon");
    let mut f = Fact::new(FactKind::Org, 0, 6);
    f.set_name(Some(name.clone()));
    f.set_role(None);
    assert!(f.name_label().is_some_and(|l| l.same(&name)));
}
