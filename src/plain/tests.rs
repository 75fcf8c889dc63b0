//! Plain mode's sessions, command by command, on articles written here.

use super::*;
use crate::extract::{Options, extract};
use crate::story::Document;

fn session(text: &str) -> Session {
    let story = extract(
        Document::new(text.to_string()),
        &Options {
            reference_date: Some(jiff::civil::date(2025, 6, 2)),
        },
    );
    Session::new(Model::new(story, "t.txt".into(), Vec::new()))
}

const ARTICLE: &str = "Harbor Freight Lines said on Monday it would cut 400 jobs.\n\n\
    The Oslo-based shipper raised €50 million last week, chief executive Ingrid Dahl said.\n\n\
    About 12% of staff are affected.";

fn say(s: &mut Session, command: &str) -> Vec<String> {
    s.command(command).expect("not a quit")
}

#[test]
fn walks_the_article_and_the_facts() {
    let mut s = session(ARTICLE);
    assert!(s.greeting()[0].starts_with("dateline: t.txt, 3 paragraphs, 3 sentences,"));
    assert_eq!(
        say(&mut s, "a"),
        ["Paragraph 1 of 3: Harbor Freight Lines said on Monday it would cut 400 jobs."]
    );
    assert!(say(&mut s, "")[0].starts_with("Paragraph 2 of 3: The Oslo-based shipper"));
    assert!(say(&mut s, "n")[0].starts_with("Paragraph 3 of 3: About 12%"));
    assert_eq!(
        say(&mut s, "n"),
        ["End of the paragraphs; p goes back, 1 to the first."]
    );
    assert!(say(&mut s, "p")[0].starts_with("Paragraph 2 of 3"));
    let first = say(&mut s, "f");
    assert!(first[0].starts_with("Fact 1 of "), "{first:?}");
    assert_eq!(say(&mut s, "p"), ["Start of the facts."]);
    let all = say(&mut s, "l");
    let total = s.model.story.facts.len();
    assert_eq!(all.len(), total);
    assert!(
        all.iter().any(|l| l.contains("count, 400 jobs")),
        "{all:#?}"
    );
    assert!(
        all.iter()
            .any(|l| l.contains("percent, About 12% (about 12%)")),
        "{all:#?}"
    );
    assert_eq!(say(&mut s, &format!("{total}")), [all[total - 1].clone()]);
    assert_eq!(
        say(&mut s, "0"),
        ["Unknown command \"0\". Type h for help."]
    );
    assert_eq!(say(&mut s, "999"), [format!("There are {total} facts.")]);
}

#[test]
fn searches_narrow_the_lists_and_errors_are_said() {
    let mut s = session(ARTICLE);
    let found = say(&mut s, "/%money");
    assert_eq!(found[0], "1 fact and 1 event match \"%money\".");
    assert!(
        found[1].starts_with("Fact 1 of 1, money, €50 million"),
        "{found:?}"
    );
    assert!(say(&mut s, "s")[0].starts_with("From paragraph 2: The Oslo-based"));
    let bad = say(&mut s, "/>");
    assert!(bad[0].starts_with("The search did not run:"), "{bad:?}");
    // The last good search still holds.
    assert_eq!(say(&mut s, "l").len(), 1);
    assert!(say(&mut s, "/")[0].starts_with("Search cleared:"));
    assert_eq!(say(&mut s, "l").len(), s.model.story.facts.len());
    assert_eq!(
        say(&mut s, "/zzzzqqqq")[0],
        "0 facts and 0 events match \"zzzzqqqq\"."
    );
    assert_eq!(say(&mut s, "f"), ["There are no matching facts."]);
}

#[test]
fn empty_lists_and_quit() {
    let mut s = session("");
    assert_eq!(say(&mut s, "t"), ["There are no events."]);
    assert_eq!(say(&mut s, "c"), ["There are no checks."]);
    assert_eq!(say(&mut s, "n"), ["There are no checks."]);
    assert!(s.command("q").is_none());
    let mut out = Vec::new();
    run(
        session(ARTICLE),
        &mut "f\nq\nf\n".as_bytes(),
        &mut out,
        false,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.lines().nth(2).unwrap().starts_with("Fact 1 of"));
}

const TOLD_TWICE: &str = "Brightwell Ltd said on Tuesday it had cut 200 jobs at its Leeds plant, its third round of cuts.\n\n\
    Local media reported last week that Brightwell would cut about 250 jobs.\n\n\
    Brightwell cut 300 jobs in its first round in March 2023 and has now cut 900 jobs since 2023.";

#[test]
fn an_event_says_where_it_is_told_and_a_check_which_rounds_it_rests_on() {
    let mut s = session(TOLD_TWICE);
    let all = say(&mut s, "t");
    assert!(all[0].starts_with("Event 1 of "), "{all:?}");
    let listed = say(&mut s, "l");
    let n = listed
        .iter()
        .position(|l| l.contains("told in 2 sentences, with different figures"))
        .unwrap_or_else(|| panic!("{listed:#?}"));
    say(&mut s, &format!("{}", n + 1));
    assert_eq!(
        say(&mut s, "m"),
        [
            "Told in sentence 1, completed, 200 jobs: Brightwell Ltd said on Tuesday it had cut 200 jobs at its Leeds plant, its third round of cuts.",
            "Told in sentence 2, reported, about 250 jobs: Local media reported last week that Brightwell would cut about 250 jobs."
        ]
    );
    let checks = {
        say(&mut s, "c");
        say(&mut s, "l")
    };
    assert!(
        checks
            .iter()
            .any(|c| c.contains("It rests on rounds 1 and 3; round 2 is not described.")),
        "{checks:#?}"
    );
    assert!(
        checks.iter().any(|c| c.starts_with("Check ")
            && c.contains("warning")
            && c.contains("about 250 reported (sentence 2)")
            && c.ends_with("It rests on round 3.")),
        "{checks:#?}"
    );
    say(&mut s, "f");
    assert_eq!(say(&mut s, "m"), ["Choose an event (t) first."]);
}
