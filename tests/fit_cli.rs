//! `tierlab fit` says plainly what a fit means: a limit it reached as a `note:` and a
//! search that did not confirm its point as a `warning:` on standard error (in Chinese with
//! `--lang zh-CN`), and a refusal as the reason with a failing exit status.

mod fit_fixture;

use std::process::Command;

use fit_fixture::UniformBase;

fn fit_file(name: &str, text: &str, extra: &[&str]) -> (bool, String, String) {
    let path = std::env::temp_dir().join(format!("tierlab-fit-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {path:?}: {e}"));
    let out = Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .arg("fit")
        .arg(&path)
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("cannot run tierlab: {e}"));
    let _ = std::fs::remove_file(&path);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_limit_is_a_note_on_standard_error_in_the_language_asked_for() {
    let text = UniformBase::small_shop(2).export();
    let (ok, out, err) = fit_file("shop.csv", &text, &["--format", "csv"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("\nlimits,same_purchase_rate same_dropout same_spend_rate\n"),
        "{out}"
    );
    assert!(out.contains("\nconverged,true\n"), "{out}");
    assert!(
        err.lines().any(
            |l| l.starts_with("note: Every customer here drops out with about the same chance")
        ),
        "{err}"
    );
    let (ok, _, err) = fit_file("shop-zh.csv", &text, &["--lang", "zh-CN"]);
    assert!(ok, "{err}");
    assert!(
        err.lines()
            .any(|l| l.starts_with("说明：这里每位顾客的流失概率几乎相同")),
        "{err}"
    );
}

#[test]
fn an_unconfirmed_fit_is_a_warning_and_a_refusal_fails_with_its_reason() {
    let mut fixed = String::from("customer,date,amount\n");
    for c in 0..40 {
        for k in 0..=c % 6 {
            let day = c + k * (9 + c % 7);
            fixed += &format!("F{c},2023-{:02}-{:02},299\n", 1 + day / 28, 1 + day % 28);
        }
    }
    let (ok, out, err) = fit_file("fixed.csv", &fixed, &["--format", "csv"]);
    assert!(ok, "{err}");
    assert!(out.contains("\nconverged,false\n"), "{out}");
    assert!(
        err.starts_with("warning: Not a fit: the search for spend per purchase"),
        "{err}"
    );

    let (ok, out, err) = fit_file(
        "thousands.csv",
        "customer,date,amount\nC1,2024-01-05,830\nC1,2024-02-11,1,250\n",
        &[],
    );
    assert!(!ok && out.is_empty(), "{out}");
    assert!(err.contains("line 3 has 4: C1,2024-02-11,1,250"), "{err}");
}
