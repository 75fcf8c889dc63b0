//! What the README promises, kept to the letter with the real binary: the state file readable
//! by its owner only, a link as export target followed and kept even when it dangles, UTF-32
//! read as UTF-32, a size over the cap said as it is.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use support::{BIN, Pty};

/// The bundled story's default export name, without the extension.
const STEM: &str = "000_4645c990ff64489e.dateline";

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_world_readable_state_file_is_made_private_when_dateline_saves() {
    let state = tempfile::tempdir().unwrap();
    let file = state.path().join("dateline").join("state.json");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "{\"version\": 1, \"articles\": {}}").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let env = [("XDG_STATE_HOME", state.path().to_str().unwrap())];
    let (mut p, _) = Pty::spawn_with(BIN, &[], &env, None, 100, 30);
    p.wait_for("line 1/");
    p.send("jq");
    assert_eq!(p.wait_exit(), 0);
    assert_eq!(mode(&file), 0o600, "readable by you only");
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["articles"].as_object().unwrap().len(), 1);
}

#[test]
fn a_dangling_link_as_export_target_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reports")).unwrap();
    let link = dir.path().join(format!("{STEM}.md"));
    std::os::unix::fs::symlink("reports/story.md", &link).unwrap();
    let args = ["--date", "2026-01-29"];
    let (mut p, _) = Pty::spawn_with(BIN, &args, &[], Some(dir.path()), 120, 40);
    p.wait_for("q quit");
    p.send("e");
    p.wait_for(&format!("export Markdown report › {STEM}.md"));
    p.send("\r");
    p.wait_for(&format!("wrote Markdown report to {STEM}.md"));
    p.send("q");
    assert_eq!(p.wait_exit(), 0);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays"
    );
    let report = std::fs::read_to_string(dir.path().join("reports/story.md")).unwrap();
    assert!(report.contains("## Timeline"), "{report}");
}

#[test]
fn utf32_files_with_a_bom_show_their_text() {
    let text = "Café owners in Zürich said “sales rose 5%”.\r\n";
    let le: Vec<u8> = [0xFF, 0xFE, 0, 0]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0, 0, 0xFE, 0xFF]
        .into_iter()
        .chain(text.chars().flat_map(|c| u32::from(c).to_be_bytes()))
        .collect();
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let mut p = Pty::spawn(&[path.to_str().unwrap()], 100, 30);
        let screen = p.wait_for("Café owners in Zürich said “sales rose 5%”.");
        assert!(!screen.contains('�'), "{screen}");
        p.send("q");
        assert_eq!(p.wait_exit(), 0);
    }
}

#[test]
fn a_file_a_byte_over_the_cap_says_its_size_not_the_cap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(256 * 1024 * 1024 + 1).unwrap();
    drop(file);
    let out = Command::new(BIN)
        .args(["extract", path.to_str().unwrap()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("huge.txt: 256.1 MiB is larger than the 256 MiB dateline opens"),
        "{err}"
    );
}
