//! Sign-in, sessions, two-factor, emailed links and API tokens.

use crate::crypto::{self, random_token};
use crate::totp;
use crate::{App, AppError, Result};
use domain::permission::{Action, Actor, Resource};
use domain::{validate, AuditDraft, PLATFORM_CHAIN};
use serde_json::json;
use store::{Effects, NewEmail, NewOneTimeToken, Session, TokenPurpose, User};
use time::Duration;

/// A signed-in (or half signed-in) request's identity.
#[derive(Debug, Clone)]
pub struct Current {
    pub session: Session,
    pub user: User,
    pub actor: Actor,
}

impl Current {
    /// Password accepted but the authenticator code has not been given yet.
    pub fn awaiting_second_factor(&self) -> bool {
        self.session.pending_two_factor
    }

    /// The person's role requires two-factor sign-in and they have not set it up.
    pub fn must_set_up_two_factor(&self) -> bool {
        self.actor.requires_two_factor() && self.user.totp_enabled_at.is_none()
    }
}

pub struct SignedIn {
    /// The bearer value for the cookie; only its keyed hash is stored.
    pub token: String,
    pub needs_second_factor: bool,
}

pub struct TotpSetup {
    pub secret_base32: String,
    pub otpauth_uri: String,
}

const RECOVERY_CODES: usize = 10;
const SECOND_FACTOR_ATTEMPTS: i64 = 5;

fn sign_in_audit(user: &User, action: &str) -> AuditDraft {
    AuditDraft::new(PLATFORM_CHAIN, Some(user.id), action, "session").record(user.id)
}

impl App {
    pub async fn sign_in(&self, email: &str, password: &str, client_addr: &str) -> Result<SignedIn> {
        let now = self.clock.now();
        let since = now - self.settings.throttle_window;
        let email = email.trim().to_lowercase();
        let acct_key = format!("account:{email}");
        let addr_key = format!("address:{client_addr}");
        if self.store.count_login_failures(&acct_key, since).await? >= self.settings.max_failures_per_account
            || self.store.count_login_failures(&addr_key, since).await?
                >= self.settings.max_failures_per_address
        {
            return Err(AppError::Throttled);
        }
        let user = if email.len() <= validate::MAX_EMAIL_LEN && password.len() <= validate::MAX_PASSWORD_LEN {
            self.store.find_user_by_email(&email).await?
        } else {
            None
        };
        let usable = user.as_ref().filter(|u| !u.disabled);
        let ok = self.keys.verify_password(usable.and_then(|u| u.password_hash.as_deref()), password);
        let Some(user) = usable.filter(|_| ok) else {
            self.store.record_login_failure(&acct_key, now).await?;
            self.store.record_login_failure(&addr_key, now).await?;
            if let Some(u) = &user {
                self.store
                    .append_audit(now, Effects::audit(sign_in_audit(u, "session.sign-in-failed")))
                    .await?;
            }
            return Err(AppError::BadCredentials);
        };
        self.store.clear_login_failures(&acct_key).await?;
        let memberships = self.store.memberships(user.id).await?;
        let needs_second_factor = user.totp_enabled_at.is_some();
        let token = random_token();
        let session = Session {
            id_hash: self.keys.token_hash(&token),
            user_id: user.id,
            csrf_token: random_token(),
            pending_two_factor: needs_second_factor,
            two_factor_verified: false,
            current_org_id: memberships.first().map(|m| m.org_id),
            created_at: now,
            last_seen_at: now,
            expires_at: now + self.settings.session_lifetime,
        };
        let action = if needs_second_factor { "session.password-accepted" } else { "session.signed-in" };
        self.store.create_session(session, Effects::audit(sign_in_audit(user, action))).await?;
        Ok(SignedIn { token, needs_second_factor })
    }

    /// Finds the live session a cookie names. Expired, idle or disabled sessions are refused.
    pub async fn current(&self, token: &str) -> Result<Option<Current>> {
        if token.is_empty() || token.len() > 200 {
            return Ok(None);
        }
        let now = self.clock.now();
        let hash = self.keys.token_hash(token);
        let Some(mut session) = self.store.get_session(&hash).await? else { return Ok(None) };
        if session.expires_at <= now || session.last_seen_at + self.settings.session_idle <= now {
            self.store.delete_session(&hash, now, Effects::default()).await?;
            return Ok(None);
        }
        let Some(user) = self.store.get_user(session.user_id).await? else { return Ok(None) };
        if user.disabled {
            return Ok(None);
        }
        // Record activity at most once a minute so reads do not each cost a write.
        if now - session.last_seen_at > Duration::minutes(1) {
            session.last_seen_at = now;
            self.store.update_session(&session).await?;
        }
        let actor = self.actor_for(&user, session.two_factor_verified).await?;
        Ok(Some(Current { session, user, actor }))
    }

    pub async fn actor_for(&self, user: &User, two_factor_verified: bool) -> Result<Actor> {
        Ok(Actor {
            user_id: user.id,
            system_admin: user.system_admin,
            memberships: self.store.memberships(user.id).await?,
            two_factor_verified,
            disabled: user.disabled,
        })
    }

    pub async fn sign_out(&self, current: &Current) -> Result<()> {
        let now = self.clock.now();
        self.store
            .delete_session(
                &current.session.id_hash,
                now,
                Effects::audit(sign_in_audit(&current.user, "session.signed-out")),
            )
            .await?;
        Ok(())
    }

    /// Switches the organisation the person is working in; they must belong to it.
    pub async fn switch_org(&self, current: &Current, org_id: i64) -> Result<()> {
        let (_, res) = self.org_resource(org_id).await?;
        self.require(&current.actor, Action::ViewDashboard, res)?;
        let mut s = current.session.clone();
        s.current_org_id = Some(org_id);
        self.store.update_session(&s).await?;
        Ok(())
    }

    /// Checks the authenticator code (or a recovery code) after the password.
    pub async fn verify_second_factor(&self, current: &Current, code: &str) -> Result<()> {
        let now = self.clock.now();
        let key = format!("second-factor:{}", current.user.id);
        if self.store.count_login_failures(&key, now - self.settings.throttle_window).await?
            >= SECOND_FACTOR_ATTEMPTS
        {
            self.store.delete_session(&current.session.id_hash, now, Effects::default()).await?;
            return Err(AppError::Throttled);
        }
        let secret = self.totp_secret(&current.user)?.ok_or(AppError::BadCode)?;
        let ok = if totp::verify(&secret, code, now).is_some() {
            true
        } else {
            let normalised = normalise_recovery_code(code);
            !normalised.is_empty()
                && self
                    .store
                    .use_recovery_code(
                        current.user.id,
                        &self.keys.token_hash(&normalised),
                        now,
                        Effects::audit(sign_in_audit(&current.user, "two-factor.recovery-code-used")),
                    )
                    .await?
        };
        if !ok {
            self.store.record_login_failure(&key, now).await?;
            return Err(AppError::BadCode);
        }
        self.store.clear_login_failures(&key).await?;
        let mut s = current.session.clone();
        s.pending_two_factor = false;
        s.two_factor_verified = true;
        // A new CSRF token at each privilege change.
        s.csrf_token = random_token();
        self.store.update_session(&s).await?;
        self.store
            .append_audit(now, Effects::audit(sign_in_audit(&current.user, "session.signed-in")))
            .await?;
        Ok(())
    }

    fn totp_secret(&self, user: &User) -> Result<Option<Vec<u8>>> {
        user.totp_secret.as_deref().map(|blob| self.keys.decrypt(blob).map_err(AppError::from)).transpose()
    }

    /// Starts (or resumes) two-factor set-up: a secret to scan or type into an authenticator app.
    pub async fn begin_totp_setup(&self, current: &Current) -> Result<TotpSetup> {
        self.require(&current.actor, Action::SetUpTwoFactor, Resource::OwnAccount)?;
        if current.user.totp_enabled_at.is_some() {
            return Err(AppError::Conflict("Two-factor sign-in is already set up.".into()));
        }
        let secret = match self.totp_secret(&current.user)? {
            Some(s) => s,
            None => {
                let s = crypto::random_bytes::<20>().to_vec();
                self.store.set_totp_secret(current.user.id, Some(self.keys.encrypt(&s)?)).await?;
                s
            }
        };
        Ok(TotpSetup {
            secret_base32: totp::base32_encode(&secret),
            otpauth_uri: totp::otpauth_uri(&secret, &current.user.email, "SafeSocial"),
        })
    }

    /// Confirms set-up with a code from the app; returns recovery codes to show once.
    pub async fn confirm_totp_setup(&self, current: &Current, code: &str) -> Result<Vec<String>> {
        self.require(&current.actor, Action::SetUpTwoFactor, Resource::OwnAccount)?;
        let now = self.clock.now();
        // The secret was stored after this request's user record was read.
        let user = self.store.get_user(current.user.id).await?.ok_or(AppError::Unauthenticated)?;
        let secret = self.totp_secret(&user)?.ok_or(AppError::Conflict(
            "Two-factor set-up has not been started; open the set-up page again.".into(),
        ))?;
        if totp::verify(&secret, code, now).is_none() {
            return Err(AppError::BadCode);
        }
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
        let hashes = codes.iter().map(|c| self.keys.token_hash(&normalise_recovery_code(c))).collect();
        self.store
            .enable_totp(
                current.user.id,
                hashes,
                now,
                Effects::audit(sign_in_audit(&current.user, "two-factor.enabled")),
            )
            .await?;
        let mut s = current.session.clone();
        s.two_factor_verified = true;
        s.pending_two_factor = false;
        s.csrf_token = random_token();
        self.store.update_session(&s).await?;
        Ok(codes)
    }

    /// Always answers the same way, so the form cannot be used to find out who has an account.
    pub async fn request_password_reset(&self, email: &str) -> Result<()> {
        let now = self.clock.now();
        let Ok(email) = validate::email(email) else { return Ok(()) };
        let Some(user) = self.store.find_user_by_email(&email).await? else { return Ok(()) };
        if user.disabled {
            return Ok(());
        }
        let token = random_token();
        let link = format!("{}/password/reset/{token}", self.settings.base_url.trim_end_matches('/'));
        let mail = NewEmail {
            to: user.email.clone(),
            subject: "Reset your SafeSocial password".into(),
            body: format!(
                "Hello {},\n\nSomeone asked to reset the password for your SafeSocial account. \
                 If it was you, open this link within {} minutes:\n\n{link}\n\n\
                 The link works once. If you did not ask for this, you can ignore this email; \
                 your password has not changed.\n",
                user.first_name,
                self.settings.reset_lifetime.whole_minutes()
            ),
        };
        let tok = NewOneTimeToken {
            token_hash: self.keys.token_hash(&token),
            purpose: TokenPurpose::PasswordReset,
            expires_at: now + self.settings.reset_lifetime,
        };
        let fx = Effects::audit(sign_in_audit(&user, "password.reset-requested")).with_email(mail);
        self.store.create_one_time_token(user.id, tok, now, fx).await?;
        Ok(())
    }

    /// The person a live link belongs to, for showing the form.
    pub async fn link_owner(&self, token: &str, purpose: TokenPurpose) -> Result<User> {
        let now = self.clock.now();
        let id = self
            .store
            .peek_one_time_token(&self.keys.token_hash(token), purpose, now)
            .await?
            .ok_or(AppError::NotFound("link (it may have expired or been used already)"))?;
        self.store.get_user(id).await?.ok_or(AppError::NotFound("person"))
    }

    /// Sets a password through an invitation or reset link. Signs the person out everywhere.
    pub async fn set_password_with_link(
        &self,
        token: &str,
        purpose: TokenPurpose,
        password: &str,
    ) -> Result<User> {
        validate::password(password)?;
        let user = self.link_owner(token, purpose).await?;
        let hash = crypto::hash_password(password)?;
        let action = match purpose {
            TokenPurpose::Invitation => "invitation.accepted",
            TokenPurpose::PasswordReset => "password.reset",
        };
        let now = self.clock.now();
        self.store
            .redeem_token_for_password(
                &self.keys.token_hash(token),
                purpose,
                &hash,
                now,
                Effects::audit(sign_in_audit(&user, action)),
            )
            .await?;
        Ok(user)
    }

    pub async fn change_password(&self, current: &Current, old: &str, new: &str) -> Result<()> {
        self.require(&current.actor, Action::ManageOwnAccount, Resource::OwnAccount)?;
        if !crypto::verify_password(current.user.password_hash.as_deref().unwrap_or(""), old) {
            return Err(AppError::Invalid("Your current password is not right.".into()));
        }
        validate::password(new)?;
        let hash = crypto::hash_password(new)?;
        self.store
            .set_password(
                current.user.id,
                &hash,
                true,
                self.clock.now(),
                Effects::audit(sign_in_audit(&current.user, "password.changed")),
            )
            .await?;
        Ok(())
    }

    /// Creates a personal API token; the value is shown once.
    pub async fn create_api_token(&self, current: &Current, name: &str) -> Result<(i64, String)> {
        self.require(&current.actor, Action::ManageOwnAccount, Resource::OwnAccount)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(AppError::Invalid("Give the token a name, such as the computer it is for.".into()));
        }
        if name.chars().count() > 80 {
            return Err(AppError::Invalid("The token name is too long (at most 80 characters).".into()));
        }
        let token = format!("ss_{}", random_token());
        let draft = AuditDraft::new(PLATFORM_CHAIN, Some(current.user.id), "api-token.created", "api-token")
            .after(json!({"name": name}));
        let id = self
            .store
            .create_api_token(
                current.user.id,
                name,
                &self.keys.token_hash(&token),
                self.clock.now(),
                Effects::audit(draft),
            )
            .await?;
        Ok((id, token))
    }

    pub async fn revoke_api_token(&self, current: &Current, id: i64) -> Result<()> {
        self.require(&current.actor, Action::ManageOwnAccount, Resource::OwnAccount)?;
        let draft = AuditDraft::new(PLATFORM_CHAIN, Some(current.user.id), "api-token.revoked", "api-token")
            .record(id);
        self.store.revoke_api_token(current.user.id, id, self.clock.now(), Effects::audit(draft)).await?;
        Ok(())
    }

    /// The actor behind an `Authorization: Bearer` token. API tokens stand in for a full sign-in,
    /// including the second factor their owner used when creating them.
    pub async fn api_actor(&self, bearer: &str) -> Result<(User, Actor)> {
        let bearer = bearer.trim();
        if !bearer.starts_with("ss_") || bearer.len() > 200 {
            return Err(AppError::Unauthenticated);
        }
        let tok = self
            .store
            .find_api_token(&self.keys.token_hash(bearer))
            .await?
            .ok_or(AppError::Unauthenticated)?;
        if tok.revoked_at.is_some() {
            return Err(AppError::Unauthenticated);
        }
        let user = self.store.get_user(tok.user_id).await?.ok_or(AppError::Unauthenticated)?;
        if user.disabled {
            return Err(AppError::Unauthenticated);
        }
        let now = self.clock.now();
        if tok.last_used_at.is_none_or(|t| now - t > Duration::minutes(5)) {
            self.store.touch_api_token(tok.id, now).await?;
        }
        let actor = self.actor_for(&user, user.totp_enabled_at.is_some()).await?;
        Ok((user, actor))
    }
}

fn new_recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let bytes = crypto::random_bytes::<10>();
    let chars: String = bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

fn normalise_recovery_code(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}
