//! The real binary, run as an operator would.

use sqlx::Connection;
use std::path::PathBuf;
use std::process::{Command, Output};
use store::testing::TestDb;

fn bin(db_url: &str, dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_safesocial"))
        .args(args)
        .arg("--database")
        .arg(db_url)
        .env("SAFESOCIAL_DATA_DIR", dir)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run safesocial")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn workdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("safesocial_cli_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

async fn raw(url: &str, sql: &str) {
    if url.starts_with("sqlite://") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    }
}

#[tokio::test]
async fn import_verify_and_tamper_on_every_backend() {
    for db in TestDb::all().await {
        let backend = db.store.backend();
        eprintln!("cli on {}", backend.name());
        let dir = workdir(backend.name());
        let url = db.url.clone();
        let o = bin(&url, &dir, &["org", "create", "--kind", "local-authority", "--name", "Test LA"]);
        assert!(o.status.success(), "{}", text(&o));
        let o = bin(
            &url,
            &dir,
            &["org", "create", "--kind", "school", "--name", "Test School", "--parent", "Test LA"],
        );
        assert!(o.status.success(), "{}", text(&o));

        let bad = dir.join("bad.csv");
        std::fs::write(&bad, "first_name,last_name,email,role,employment_type\nAnn,Jones,ann@t.sch.uk,staff,employee\nBob,,bob@t.sch.uk,staff,employee\nCat,Lee,cat@t.sch.uk,caretaker,volunteer\n").unwrap();
        let o = bin(&url, &dir, &["import", "staff", bad.to_str().unwrap(), "--school", "Test School"]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let out = text(&o);
        assert!(out.contains("bad.csv:3: last_name is required"), "{out}");
        assert!(out.contains("bad.csv:4: unknown role 'caretaker'"), "{out}");
        assert!(out.contains("Nothing was imported"));
        assert!(db.store.find_user_by_email("ann@t.sch.uk").await.unwrap().is_none(), "nothing written");

        let o = bin(
            &url,
            &dir,
            &["import", "staff", bad.to_str().unwrap(), "--school", "Test School", "--skip-invalid"],
        );
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains("1 new people"), "{}", text(&o));
        assert!(db.store.find_user_by_email("ann@t.sch.uk").await.unwrap().is_some());

        // Training completions: all rows or none, each problem named by line.
        let org = db.store.list_orgs().await.unwrap().into_iter().find(|o| o.name == "Test School").unwrap();
        let now = time::OffsetDateTime::now_utc();
        db.store
            .create_course(
                org.id,
                "online-safety",
                "Online safety",
                Some(12),
                true,
                now,
                store::Effects::default(),
            )
            .await
            .unwrap();
        let training = dir.join("training.csv");
        std::fs::write(&training, "email,course,completed_on\nann@t.sch.uk,online-safety,2026-01-10\nann@t.sch.uk,fire-safety,2026-01-10\n").unwrap();
        let o =
            bin(&url, &dir, &["import", "training", training.to_str().unwrap(), "--school", "Test School"]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        assert!(
            text(&o).contains("training.csv: line 3: there is no course with the code 'fire-safety'"),
            "{}",
            text(&o)
        );
        assert!(text(&o).contains("Nothing was imported"), "{}", text(&o));
        assert!(db.store.list_completions(org.id).await.unwrap().is_empty(), "nothing written");
        std::fs::write(&training, "email,course,completed_on\nann@t.sch.uk,online-safety,2026-01-10\n")
            .unwrap();
        let o =
            bin(&url, &dir, &["import", "training", training.to_str().unwrap(), "--school", "Test School"]);
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains("Recorded 1 training completions for Test School"), "{}", text(&o));
        let done = db.store.list_completions(org.id).await.unwrap();
        assert_eq!(done[0].expires_on.as_deref(), Some("2027-01-10"));

        let o = bin(&url, &dir, &["import", "staff", bad.to_str().unwrap(), "--school", "No Such School"]);
        assert_eq!(o.status.code(), Some(2));
        assert!(text(&o).contains("no organisation has the id or name 'No Such School'"));

        let o = bin(&url, &dir, &["audit", "verify"]);
        assert!(o.status.success(), "{}", text(&o));
        assert!(text(&o).contains("no breaks"), "{}", text(&o));

        // Tamper with one event through raw SQL, past the append-only trigger.
        let drop_guard = match backend {
            store::Backend::Sqlite => "DROP TRIGGER audit_events_no_update",
            store::Backend::Postgres => "ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update",
        };
        raw(&url, drop_guard).await;
        raw(
            &url,
            "UPDATE audit_events SET action = 'person.deleted' WHERE id = (SELECT MAX(id) FROM audit_events)",
        )
        .await;
        let o = bin(&url, &dir, &["audit", "verify", "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(report["first_break"]["problem"].as_str().unwrap().contains("altered"), "{report}");
        assert!(report["first_break"]["event_id"].as_i64().unwrap() > 0);
        let _ = std::fs::remove_dir_all(&dir);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn backup_and_restore_sqlite() {
    let db = TestDb::sqlite().await;
    let dir = workdir("backup");
    let url = db.url.clone();
    let o = bin(&url, &dir, &["org", "create", "--kind", "school", "--name", "Standalone School"]);
    assert!(o.status.success(), "{}", text(&o));
    let backup = dir.join("backup.db");
    let o = bin(&url, &dir, &["backup", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let o = bin(&url, &dir, &["backup", backup.to_str().unwrap()]);
    assert!(!o.status.success(), "refuses to overwrite a backup");
    // Restore into a new location and check it holds the school and a sound audit log.
    let target = dir.join("restored.db");
    let target_url = format!("sqlite://{}", target.display());
    let o = bin(&target_url, &dir, &["restore", backup.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("audit events verified"));
    let o = bin(&target_url, &dir, &["restore", backup.to_str().unwrap()]);
    assert!(!o.status.success(), "needs --force to replace");
    let restored = store::open(&target_url).await.unwrap();
    assert!(restored.list_orgs().await.unwrap().iter().any(|o| o.name == "Standalone School"));
    restored.close().await;
    let junk = dir.join("junk.db");
    std::fs::write(&junk, "not a database").unwrap();
    let o =
        bin(&format!("sqlite://{}", dir.join("x.db").display()), &dir, &["restore", junk.to_str().unwrap()]);
    assert!(!o.status.success());
    let _ = std::fs::remove_dir_all(&dir);
    db.cleanup().await;
}

#[test]
fn bad_database_url_is_named() {
    let dir = workdir("badurl");
    let o = bin("mysql://x", &dir, &["migrate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("should start with sqlite:// or postgres://"), "{}", text(&o));
}

fn check_bin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_safesocial"))
        .arg("check")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run safesocial check");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn fixtures() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../check/tests/fixtures").to_owned()
}

#[test]
fn check_one_draft_in_text_and_json() {
    let f = fixtures();
    let ctx = [
        "--school",
        &format!("{f}/school.toml"),
        "--roster",
        &format!("{f}/roster.csv"),
        "--staff",
        &format!("{f}/staff.csv"),
    ];
    let mut args: Vec<&str> = ctx.to_vec();
    args.push("Well done Jack Smith! Ring 07700 900123");
    let o = check_bin(&args, None);
    assert_eq!(o.status.code(), Some(1), "review or block exits 1: {}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("BLOCK"), "{out}");
    assert!(out.contains("[[Jack Smith]]") && out.contains("[[07700 900123]]"), "{out}");
    assert!(out.contains("Policy: lcc-model-2025 §5"), "{out}");
    assert!(out.contains("If in doubt, don't post it."));
    // A received comment is hidden and acted on, not posted.
    let o = check_bin(&["--channel", "comment", "--author", "public", "you are a moron"], None);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("BLOCK: hide this, keep a screenshot"), "{out}");
    assert!(out.contains("If in doubt, hide it and ask the Designated Safeguarding Lead."), "{out}");
    assert!(!out.contains("don't post it"), "{out}");
    let o = check_bin(&["--format", "json", "--channel", "personal", "What a shit day"], None);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["decision"], "warn");
    assert_eq!(v["findings"][0]["category"], "conduct.profanity");
    assert_eq!(v["findings"][0]["start"], 7);
    let o = check_bin(&["-"], Some("Lovely day at the farm".as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("ALLOW"));
}

#[test]
fn check_batch_reports_bad_lines_and_goes_on() {
    let input = "{\"id\":1,\"channel\":\"comment\",\"author\":\"parent\",\"text\":\"this school is a joke\"}\nnot json\n{\"id\":\"x\",\"text\":\"hi\",\"channel\":\"nope\"}\n{\"id\":3,\"text\":\"All fine here\"}\n";
    let o = check_bin(&["--jsonl", "-"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], 1);
    assert_ne!(lines[0]["decision"], "allow");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[2]["error"].as_str().unwrap().contains("unknown channel 'nope'"));
    assert_eq!(lines[3]["decision"], "allow");
    let keys: Vec<&String> = lines[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "decision", "findings"]);
}

#[test]
fn check_refuses_bad_input() {
    let dir = workdir("checkbad");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, [0x66, 0x6f, 0xff, 0x6f]).unwrap();
    let o = check_bin(&["--file", bad.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("not valid UTF-8 (at byte 2)"), "{}", text(&o));
    let big = dir.join("big.txt");
    std::fs::write(&big, vec![b'a'; 1024 * 1024 + 1]).unwrap();
    let o = check_bin(&["--file", big.to_str().unwrap()], None);
    assert!(text(&o).contains("larger than 1 MiB"), "{}", text(&o));
    let roster = dir.join("roster.csv");
    std::fs::write(&roster, "upn,first_name,last_name,preferred_name,year_group,social_media_consent,no_publish\nD888200121000,A,B,,1,yes,no\nD888200121000,C,D,,1,yes,no\nX1,E,F,,1,yes,no\n").unwrap();
    let o = check_bin(&["--roster", roster.to_str().unwrap(), "hello"], None);
    assert_eq!(o.status.code(), Some(2));
    let t = text(&o);
    assert!(
        t.contains("line 3: UPN D888200121000 is also on line 2")
            && t.contains("line 4: upn 'X1' is not a valid UPN"),
        "{t}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

fn policy_bin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_safesocial"))
        .arg("policy")
        .args(args)
        .env("SAFESOCIAL_POLICIES", concat!(env!("CARGO_MANIFEST_DIR"), "/../../policies"))
        .output()
        .expect("run safesocial policy")
}

#[test]
fn policy_lint_diff_show_and_import() {
    let o = policy_bin(&["lint", "--today", "2026-11-21", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "errors exit 1: {}", text(&o));
    let findings: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for id in [
        "holly-grove-2025",
        "trust-model-social-media",
        "willow-lane-2020",
        "social-networking-policy-2025",
        "lowerhouse-2025",
    ] {
        assert!(
            findings.iter().any(|f| f["policy"] == id
                && (f["code"] == "review-overdue" || f["code"] == "replacement-overdue")),
            "{id}"
        );
    }
    let willow = |code: &str, words: &str| {
        findings.iter().any(|f| {
            f["policy"] == "willow-lane-2020"
                && f["code"] == code
                && f["message"].as_str().unwrap().contains(words)
        })
    };
    assert!(willow("model-updated", "lcc-model-2025"), "Willow Lane's model has a newer edition");
    assert!(willow("date-order", "version string is dated 2020-12-01"), "version dated before written");
    let keys: Vec<&String> = findings[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["policy", "code", "severity", "clause", "message"]);
    let o = policy_bin(&["lint", "--today", "21/11/2026"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("must look like 2026-11-21"));

    let o = policy_bin(&["diff", "lcc-model-2025", "willow-lane-2020"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("~ §4.1(iv) changed") && out.contains("~ §3.1 changed"), "{out}");

    let o = policy_bin(&["show", "holly-grove-2025", "--format", "html"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("<section id=\"clause-4-1-iv-\">"));

    let dir = workdir("policy");
    let src = dir.join("p.txt");
    std::fs::write(&src, "OUR POLICY\n\n1. PURPOSE\nWhy.\n\n2. RULES\n2.1 Be kind.\n(i) Always.\n").unwrap();
    let out = dir.join("p.md");
    let o = policy_bin(&["import", src.to_str().unwrap(), "--id", "ours", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let o = policy_bin(&["show", out.to_str().unwrap()]);
    let shown = String::from_utf8_lossy(&o.stdout);
    assert!(shown.contains("2.1(i)") || shown.contains("(i)"), "{shown}");
    // A pack with a duplicate clause id is refused, naming the line.
    let dup = std::fs::read_to_string(&out).unwrap().replace("{#2.1}", "{#1}");
    std::fs::write(&out, dup).unwrap();
    let o = policy_bin(&["show", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("clause id '1' is used already on line"), "{}", text(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn remind_runs_once_and_checks_its_date() {
    let db = TestDb::sqlite().await;
    let dir = workdir("remind");
    let o = bin(&db.url, &dir, &["remind", "--today", "2026-11-21"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Queued 0 acknowledgement, 0 review, 0 replacement and 0 training reminders."),
        "{}",
        text(&o)
    );
    let o = bin(&db.url, &dir, &["remind", "--today", "tomorrow"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("must look like 2026-11-21"));
    let _ = std::fs::remove_dir_all(&dir);
    db.cleanup().await;
}
