//! Atomic writes: new files, replacements, refusals, permissions, links; moving aside.

use super::*;

const REPLACE: Options = Options {
    existing: Existing::Replace,
    private: false,
};
const KEEP: Options = Options {
    existing: Existing::Keep,
    private: false,
};

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn writes_a_new_file_and_leaves_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.md");
    write_atomic(&path, b"# hello\n", REPLACE).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"# hello\n");
    assert_eq!(names(dir.path()), ["report.md"]);
}

#[test]
fn replaces_a_file_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("facts.csv");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    write_atomic(&path, b"new contents", REPLACE).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "new contents");
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(names(dir.path()), ["facts.csv"]);
}

#[test]
fn keep_refuses_an_existing_file_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.json");
    fs::write(&path, "old").unwrap();
    let err = write_atomic(&path, b"new", KEEP).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
    assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(names(dir.path()), ["story.json"]);
}

#[test]
fn private_files_are_for_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let private = Options {
        existing: Existing::Replace,
        private: true,
    };
    write_atomic(&path, b"{}", private).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn a_private_file_left_readable_by_others_is_made_private_again() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, "{}").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    let private = Options {
        existing: Existing::Replace,
        private: true,
    };
    write_atomic(&path, b"{}", private).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn a_dangling_symbolic_link_is_followed_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("reports");
    fs::create_dir(&sub).unwrap();
    // Relative, through a second link, to a file that does not exist yet.
    let link = dir.path().join("link.md");
    let hop = dir.path().join("hop.md");
    std::os::unix::fs::symlink("reports/real.md", &hop).unwrap();
    std::os::unix::fs::symlink("hop.md", &link).unwrap();
    let is_link = |p: &Path| fs::symlink_metadata(p).unwrap().file_type().is_symlink();
    write_atomic(&link, b"first", KEEP).unwrap();
    assert!(is_link(&link) && is_link(&hop));
    assert_eq!(fs::read_to_string(sub.join("real.md")).unwrap(), "first");
    // No longer dangling: Keep refuses, Replace writes through both links.
    let refused = write_atomic(&link, b"again", KEEP).unwrap_err();
    assert_eq!(refused.kind(), io::ErrorKind::AlreadyExists);
    write_atomic(&link, b"second", REPLACE).unwrap();
    assert!(is_link(&link) && is_link(&hop));
    assert_eq!(fs::read_to_string(sub.join("real.md")).unwrap(), "second");
}

#[test]
fn a_loop_of_symbolic_links_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a");
    std::os::unix::fs::symlink("b", &a).unwrap();
    std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
    assert!(write_atomic(&a, b"x", REPLACE).is_err());
}

#[test]
fn a_symbolic_link_is_followed_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.md");
    let link = dir.path().join("link.md");
    fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    write_atomic(&link, b"new", REPLACE).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), "new");
}

#[test]
fn a_directory_or_a_missing_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    assert!(write_atomic(&sub, b"x", REPLACE).is_err());
    assert!(sub.is_dir());
    let missing = dir.path().join("nowhere").join("x.md");
    let err = write_atomic(&missing, b"x", REPLACE).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::NotFound);
    assert_eq!(names(dir.path()), ["sub"]);
}

#[test]
fn moving_aside_never_replaces_anything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, "{broken").unwrap();
    let first = move_aside(&path, "20260129T101500").unwrap();
    assert_eq!(
        first.file_name().unwrap().to_str().unwrap(),
        "state.json.corrupt-20260129T101500"
    );
    assert!(!path.exists());
    fs::write(&path, "[also broken").unwrap();
    let second = move_aside(&path, "20260129T101500").unwrap();
    assert_eq!(
        second.file_name().unwrap().to_str().unwrap(),
        "state.json.corrupt-20260129T101500-2"
    );
    assert_eq!(fs::read_to_string(&first).unwrap(), "{broken");
    assert_eq!(fs::read_to_string(&second).unwrap(), "[also broken");
}
