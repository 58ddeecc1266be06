//! Configuration: flags over environment over a TOML file over defaults. Secrets come from files
//! or environment variables, never from the TOML file itself.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub bind: Option<String>,
    pub database_url: Option<String>,
    pub base_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub session_key_file: Option<PathBuf>,
    pub encryption_key_file: Option<PathBuf>,
    pub encryption_key_id: Option<String>,
    pub smtp: Option<SmtpFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpFile {
    pub host: String,
    pub port: Option<u16>,
    pub from: Option<String>,
    pub username: Option<String>,
    pub password_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: String,
    pub database_url: String,
    pub base_url: String,
    pub session_key_file: PathBuf,
    pub encryption_key_file: PathBuf,
    pub encryption_key_id: String,
    pub smtp: Option<app::SmtpSettings>,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn load(file: Option<&Path>, bind: Option<String>, database: Option<String>) -> Result<Config> {
        let fc: FileConfig = match file {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read config file {}", p.display()))?;
                toml::from_str(&text).with_context(|| format!("config file {} is not valid", p.display()))?
            }
            None => FileConfig::default(),
        };
        let data_dir = env("SAFESOCIAL_DATA_DIR")
            .map(PathBuf::from)
            .or(fc.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let bind =
            bind.or_else(|| env("SAFESOCIAL_BIND")).or(fc.bind).unwrap_or_else(|| "127.0.0.1:8080".into());
        let database_url = database
            .or_else(|| env("DATABASE_URL"))
            .or(fc.database_url)
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("safesocial.db").display()));
        let base_url = env("SAFESOCIAL_BASE_URL").or(fc.base_url).unwrap_or_else(|| format!("http://{bind}"));
        let secrets = data_dir.join("secrets");
        let smtp = match (env("SAFESOCIAL_SMTP_HOST"), fc.smtp) {
            (Some(host), _) => Some(app::SmtpSettings {
                host,
                port: env("SAFESOCIAL_SMTP_PORT")
                    .map(|p| p.parse())
                    .transpose()
                    .context("SAFESOCIAL_SMTP_PORT is not a port number")?
                    .unwrap_or(25),
                from: env("SAFESOCIAL_SMTP_FROM").unwrap_or_else(|| "SafeSocial <no-reply@localhost>".into()),
                username: env("SAFESOCIAL_SMTP_USERNAME"),
                password: env("SAFESOCIAL_SMTP_PASSWORD"),
            }),
            (None, Some(s)) => Some(app::SmtpSettings {
                host: s.host,
                port: s.port.unwrap_or(25),
                from: s.from.unwrap_or_else(|| "SafeSocial <no-reply@localhost>".into()),
                username: s.username,
                password: match s.password_file {
                    Some(p) => Some(
                        std::fs::read_to_string(&p)
                            .with_context(|| format!("cannot read {}", p.display()))?
                            .trim()
                            .to_owned(),
                    ),
                    None => None,
                },
            }),
            (None, None) => None,
        };
        Ok(Config {
            bind,
            database_url,
            base_url,
            session_key_file: env("SAFESOCIAL_SESSION_KEY_FILE")
                .map(PathBuf::from)
                .or(fc.session_key_file)
                .unwrap_or_else(|| secrets.join("session.key")),
            encryption_key_file: env("SAFESOCIAL_ENCRYPTION_KEY_FILE")
                .map(PathBuf::from)
                .or(fc.encryption_key_file)
                .unwrap_or_else(|| secrets.join("encryption.key")),
            encryption_key_id: env("SAFESOCIAL_ENCRYPTION_KEY_ID")
                .or(fc.encryption_key_id)
                .unwrap_or_else(|| "k1".into()),
            smtp,
        })
    }

    /// Loads both keys: from `SAFESOCIAL_SESSION_KEY` / `SAFESOCIAL_ENCRYPTION_KEY` (hex), or from
    /// their files. A missing file is created with fresh random bytes and mode 0600 when
    /// `generate` is set; the paths created are returned so the caller can say where they are.
    pub fn keys(&self, generate: bool) -> Result<(app::crypto::Keys, Vec<PathBuf>)> {
        let mut created = Vec::new();
        let session = load_key("SAFESOCIAL_SESSION_KEY", &self.session_key_file, generate, &mut created)?;
        let enc = load_key("SAFESOCIAL_ENCRYPTION_KEY", &self.encryption_key_file, generate, &mut created)?;
        Ok((app::crypto::Keys::new(session, &self.encryption_key_id, enc)?, created))
    }

    pub fn settings(&self) -> app::Settings {
        app::Settings { base_url: self.base_url.clone(), smtp: self.smtp.clone(), ..app::Settings::default() }
    }
}

fn load_key(env_name: &str, path: &Path, generate: bool, created: &mut Vec<PathBuf>) -> Result<[u8; 32]> {
    if let Some(v) = env(env_name) {
        return app::crypto::parse_key(&v).with_context(|| format!("{env_name} is not valid"));
    }
    match std::fs::read_to_string(path) {
        Ok(text) => app::crypto::parse_key(&text)
            .with_context(|| format!("the key in {} is not valid", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && generate => {
            let key = app::crypto::random_bytes::<32>();
            write_secret(path, &hex::encode(key))?;
            created.push(path.to_owned());
            Ok(key)
        }
        Err(e) => {
            bail!("cannot read the key file {}: {e} (set {env_name} or create the file)", path.display())
        }
    }
}

fn write_secret(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(text.as_bytes())?;
    f.write_all(b"\n")?;
    Ok(())
}
