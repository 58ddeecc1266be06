//! A real SMTP server on loopback (Python's aiosmtpd) for tests. Under `CI=true` a missing
//! aiosmtpd is a failure, never a skip.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct SmtpSink {
    pub port: u16,
    pub dir: PathBuf,
    child: Child,
}

impl SmtpSink {
    pub fn start() -> Option<SmtpSink> {
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/smtp_sink.py");
        let dir = std::env::temp_dir().join(format!(
            "safesocial_smtp_{}_{}",
            std::process::id(),
            rand::random::<u32>()
        ));
        let spawned = Command::new("python3")
            .arg(&script)
            .arg(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn();
        let fail = |why: String| -> Option<SmtpSink> {
            if store::testing::in_ci() {
                panic!("CI=true but the SMTP test server could not start: {why} (pip install aiosmtpd)");
            }
            eprintln!("skipping SMTP: {why} (pip install aiosmtpd to run it)");
            None
        };
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) => return fail(format!("python3: {e}")),
        };
        let Some(stdout) = child.stdout.take() else { return fail("no stdout".into()) };
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        match line.trim().strip_prefix("READY ").and_then(|p| p.parse().ok()) {
            Some(port) => Some(SmtpSink { port, dir, child }),
            None => {
                let _ = child.kill();
                fail(format!("it did not start (said {:?})", line.trim()))
            }
        }
    }

    /// The messages received so far, oldest first.
    pub fn messages(&self) -> Vec<String> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
    }

    /// Waits (bounded) until `n` messages have arrived.
    pub fn wait_for(&self, n: usize, within: Duration) -> Vec<String> {
        let start = Instant::now();
        loop {
            let m = self.messages();
            if m.len() >= n || start.elapsed() > within {
                return m;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Pulls the first link starting with `prefix` out of an email, undoing quoted-printable soft breaks.
pub fn find_link(message: &str, prefix: &str) -> Option<String> {
    let joined = message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    let start = joined.find(prefix)?;
    let rest = &joined[start..];
    let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}
