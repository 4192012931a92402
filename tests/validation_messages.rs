//! Validation messages on the command line: `tierlab validate --lang zh-CN` says every
//! problem in Chinese at the same JSON paths as in English, with the file's own numbers.

use std::process::Command;

fn validate(file: &std::path::Path, lang: Option<&str>) -> (bool, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tierlab"));
    command.arg("validate").arg(file);
    if let Some(lang) = lang {
        command.args(["--lang", lang]);
    }
    match command.output() {
        Ok(o) => (
            o.status.success(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        ),
        Err(e) => (false, e.to_string()),
    }
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("tierlab-messages-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {path:?}: {e}"));
    path
}

#[test]
fn validate_in_chinese_names_the_same_fields_in_chinese() {
    let path = temp_file(
        "bad.json",
        r#"{"horizon": {"months": 0}, "tiers": {"levels": [{"name": "Regular", "threshold": 0, "keep_threshold": 0, "discount": 0.95}]}}"#,
    );
    let (ok, english) = validate(&path, None);
    assert!(!ok);
    assert_eq!(
        english,
        "horizon.months: 0 must be from 1 to 120\ntiers.levels[0].discount: 0.95 must be from 0 to 0.9\n\n"
    );
    let (ok, chinese) = validate(&path, Some("zh-CN"));
    assert!(!ok);
    assert_eq!(
        chinese,
        "horizon.months: 当前为 0，须在 1 到 120 之间\ntiers.levels[0].discount: 当前为 0.95，须在 0 到 0.9 之间\n\n"
    );
}

#[test]
fn an_unknown_language_is_refused() {
    let path = temp_file("good.json", "{}");
    let (ok, err) = validate(&path, Some("fr"));
    assert!(!ok);
    assert_eq!(err, "--lang fr: expected en or zh-CN\n");
}
