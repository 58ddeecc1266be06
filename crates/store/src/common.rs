//! The SQL both backends share. Each backend module invokes [`impl_store!`] with its pool type,
//! its row type and its time codec; the differences that remain (transaction start, migrations,
//! introspection, backup) live in the backend modules themselves.

/// Generates `impl Store` for a backend. `$ts` is a module with `enc(OffsetDateTime)`,
/// `get(&Row, &str)` and `get_opt(&Row, &str)`.
macro_rules! impl_store {
    ($store:ty, $db:ty, $row:ty, $ts:ident, { $($backend_items:item)* }) => {
        use domain::audit::{audit_time, event_hash, GENESIS_HASH};
        use domain::{AuditEvent, EmploymentType, Membership, OrgKind, Organisation, Role};
        use sqlx::Row as _;
        use std::collections::BTreeMap;
        use time::OffsetDateTime;
        use $crate::model::*;
        use $crate::{Result, StoreError};

        type Tx = sqlx::Transaction<'static, $db>;

        fn corrupt(what: &'static str) -> impl Fn(String) -> StoreError {
            move |why| StoreError::Corrupt { what, why }
        }

        fn org_from_row(r: &$row) -> Result<Organisation> {
            let kind: String = r.try_get("kind")?;
            Ok(Organisation {
                id: r.try_get("id")?,
                kind: kind.parse::<OrgKind>().map_err(corrupt("organisation kind"))?,
                name: r.try_get("name")?,
                parent_id: r.try_get("parent_id")?,
            })
        }

        const USER_COLS: &str = "id, email, first_name, last_name, employment_type, password_hash, \
             system_admin, disabled, totp_secret, totp_enabled_at, created_at";

        fn user_from_row(r: &$row) -> Result<User> {
            let et: String = r.try_get("employment_type")?;
            Ok(User {
                id: r.try_get("id")?,
                email: r.try_get("email")?,
                first_name: r.try_get("first_name")?,
                last_name: r.try_get("last_name")?,
                employment_type: et.parse::<EmploymentType>().map_err(corrupt("employment type"))?,
                password_hash: r.try_get("password_hash")?,
                system_admin: r.try_get("system_admin")?,
                disabled: r.try_get("disabled")?,
                totp_secret: r.try_get("totp_secret")?,
                totp_enabled_at: $ts::get_opt(r, "totp_enabled_at")?,
                created_at: $ts::get(r, "created_at")?,
            })
        }

        fn session_from_row(r: &$row) -> Result<Session> {
            Ok(Session {
                id_hash: r.try_get("id_hash")?,
                user_id: r.try_get("user_id")?,
                csrf_token: r.try_get("csrf_token")?,
                pending_two_factor: r.try_get("pending_two_factor")?,
                two_factor_verified: r.try_get("two_factor_verified")?,
                current_org_id: r.try_get("current_org_id")?,
                created_at: $ts::get(r, "created_at")?,
                last_seen_at: $ts::get(r, "last_seen_at")?,
                expires_at: $ts::get(r, "expires_at")?,
            })
        }

        fn api_token_from_row(r: &$row) -> Result<ApiToken> {
            Ok(ApiToken {
                id: r.try_get("id")?,
                user_id: r.try_get("user_id")?,
                name: r.try_get("name")?,
                token_hash: r.try_get("token_hash")?,
                created_at: $ts::get(r, "created_at")?,
                last_used_at: $ts::get_opt(r, "last_used_at")?,
                revoked_at: $ts::get_opt(r, "revoked_at")?,
            })
        }

        fn json_col(r: &$row, col: &str) -> Result<Option<serde_json::Value>> {
            let raw: Option<String> = r.try_get(col)?;
            raw.map(|s| serde_json::from_str(&s).map_err(|e| StoreError::Corrupt { what: "audit JSON", why: e.to_string() }))
                .transpose()
        }

        const AUDIT_COLS: &str = "id, org_id, seq, at, actor_user_id, action, record_type, record_id, \
             before_json, after_json, prev_hash, hash";

        fn audit_from_row(r: &$row) -> Result<AuditEvent> {
            Ok(AuditEvent {
                id: r.try_get("id")?,
                org_id: r.try_get("org_id")?,
                seq: r.try_get("seq")?,
                at: $ts::get(r, "at")?,
                actor_user_id: r.try_get("actor_user_id")?,
                action: r.try_get("action")?,
                record_type: r.try_get("record_type")?,
                record_id: r.try_get("record_id")?,
                before: json_col(r, "before_json")?,
                after: json_col(r, "after_json")?,
                prev_hash: r.try_get("prev_hash")?,
                hash: r.try_get("hash")?,
            })
        }

        /// Appends the audit events and queues the emails of a write, inside its transaction.
        async fn apply_effects(tx: &mut Tx, fx: Effects, now: OffsetDateTime, created: &[i64]) -> Result<()> {
            let at = audit_time(now);
            for (k, mut draft) in fx.audit.into_iter().enumerate() {
                if draft.record_id.is_none() {
                    draft.record_id = created.get(k).or(created.first()).map(|id| id.to_string());
                }
                sqlx::query("INSERT INTO audit_heads (org_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT (org_id) DO NOTHING")
                    .bind(draft.org_id)
                    .bind(GENESIS_HASH)
                    .execute(&mut **tx)
                    .await?;
                // The UPDATE takes the row lock that serialises appends to one chain.
                let head = sqlx::query("UPDATE audit_heads SET seq = seq + 1 WHERE org_id = $1 RETURNING seq, hash")
                    .bind(draft.org_id)
                    .fetch_one(&mut **tx)
                    .await?;
                let seq: i64 = head.try_get("seq")?;
                let prev: String = head.try_get("hash")?;
                let hash = event_hash(draft.org_id, seq, at, &draft, &prev);
                let before = draft.before.as_ref().map(domain::audit::canonical_json);
                let after = draft.after.as_ref().map(domain::audit::canonical_json);
                sqlx::query(
                    "INSERT INTO audit_events (org_id, seq, at, actor_user_id, action, record_type, record_id, \
                     before_json, after_json, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                )
                .bind(draft.org_id)
                .bind(seq)
                .bind($ts::enc(at))
                .bind(draft.actor_user_id)
                .bind(&draft.action)
                .bind(&draft.record_type)
                .bind(&draft.record_id)
                .bind(before)
                .bind(after)
                .bind(&prev)
                .bind(&hash)
                .execute(&mut **tx)
                .await?;
                sqlx::query("UPDATE audit_heads SET hash = $2 WHERE org_id = $1")
                    .bind(draft.org_id)
                    .bind(&hash)
                    .execute(&mut **tx)
                    .await?;
            }
            for email in fx.emails {
                sqlx::query(
                    "INSERT INTO outbox (to_address, subject, body, created_at, attempts, next_attempt_at) \
                     VALUES ($1, $2, $3, $4, 0, $4)",
                )
                .bind(&email.to)
                .bind(&email.subject)
                .bind(&email.body)
                .bind($ts::enc(now))
                .execute(&mut **tx)
                .await?;
            }
            Ok(())
        }

        async fn insert_user(tx: &mut Tx, u: &NewUser, now: OffsetDateTime) -> Result<i64> {
            let exists = sqlx::query("SELECT id FROM users WHERE email = $1")
                .bind(&u.email)
                .fetch_optional(&mut **tx)
                .await?;
            if exists.is_some() {
                return Err(StoreError::Conflict(format!("someone with the email {} exists already", u.email)));
            }
            let row = sqlx::query(
                "INSERT INTO users (email, first_name, last_name, employment_type, password_hash, system_admin, \
                 disabled, created_at) VALUES ($1, $2, $3, $4, $5, $6, FALSE, $7) RETURNING id",
            )
            .bind(&u.email)
            .bind(&u.first_name)
            .bind(&u.last_name)
            .bind(u.employment_type.code())
            .bind(&u.password_hash)
            .bind(u.system_admin)
            .bind($ts::enc(now))
            .fetch_one(&mut **tx)
            .await?;
            Ok(row.try_get("id")?)
        }

        async fn insert_membership(tx: &mut Tx, user_id: i64, m: Membership, now: OffsetDateTime) -> Result<bool> {
            let org = sqlx::query("SELECT id FROM organisations WHERE id = $1")
                .bind(m.org_id)
                .fetch_optional(&mut **tx)
                .await?;
            if org.is_none() {
                return Err(StoreError::NotFound("organisation"));
            }
            let done = sqlx::query(
                "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (user_id, org_id, role) DO NOTHING",
            )
            .bind(user_id)
            .bind(m.org_id)
            .bind(m.role.code())
            .bind($ts::enc(now))
            .execute(&mut **tx)
            .await?;
            Ok(done.rows_affected() == 1)
        }

        async fn require_user(tx: &mut Tx, user_id: i64) -> Result<()> {
            sqlx::query("SELECT id FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&mut **tx)
                .await?
                .map(|_| ())
                .ok_or(StoreError::NotFound("person"))
        }

        #[async_trait::async_trait]
        impl $crate::Store for $store {
            $($backend_items)*

            async fn create_org(
                &self,
                kind: OrgKind,
                name: &str,
                parent_id: Option<i64>,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<Organisation> {
                let mut tx = self.begin_write().await?;
                if let Some(p) = parent_id {
                    let parent = sqlx::query("SELECT id, kind, name, parent_id FROM organisations WHERE id = $1")
                        .bind(p)
                        .fetch_optional(&mut *tx)
                        .await?
                        .ok_or(StoreError::NotFound("parent organisation"))?;
                    let parent = org_from_row(&parent)?;
                    if !parent.kind.may_hold(kind) {
                        return Err(StoreError::Conflict(format!(
                            "a {} cannot hold a {}",
                            parent.kind.label().to_lowercase(),
                            kind.label().to_lowercase()
                        )));
                    }
                }
                let row = sqlx::query(
                    "INSERT INTO organisations (kind, name, parent_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(kind.code())
                .bind(name)
                .bind(parent_id)
                .bind($ts::enc(now))
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                // Drafts for the new organisation's own chain have no id yet.
                let fx = Effects {
                    audit: fx
                        .audit
                        .into_iter()
                        .map(|mut d| {
                            if d.org_id < 0 {
                                d.org_id = id;
                            }
                            d
                        })
                        .collect(),
                    emails: fx.emails,
                };
                apply_effects(&mut tx, fx, now, &[id]).await?;
                tx.commit().await?;
                Ok(Organisation { id, kind, name: name.to_owned(), parent_id })
            }

            async fn get_org(&self, id: i64) -> Result<Option<Organisation>> {
                sqlx::query("SELECT id, kind, name, parent_id FROM organisations WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| org_from_row(&r))
                    .transpose()
            }

            async fn list_orgs(&self) -> Result<Vec<Organisation>> {
                sqlx::query("SELECT id, kind, name, parent_id FROM organisations ORDER BY name, id")
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(org_from_row)
                    .collect()
            }

            async fn create_user(
                &self,
                user: NewUser,
                roles: Vec<Membership>,
                invitation: Option<NewOneTimeToken>,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<User> {
                let mut tx = self.begin_write().await?;
                let id = insert_user(&mut tx, &user, now).await?;
                for m in roles {
                    insert_membership(&mut tx, id, m, now).await?;
                }
                if let Some(tok) = invitation {
                    insert_token(&mut tx, id, &tok, now).await?;
                }
                apply_effects(&mut tx, fx, now, &[id]).await?;
                let row = sqlx::query(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"))
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                let created = user_from_row(&row)?;
                tx.commit().await?;
                Ok(created)
            }

            async fn get_user(&self, id: i64) -> Result<Option<User>> {
                sqlx::query(&format!("SELECT {USER_COLS} FROM users WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| user_from_row(&r))
                    .transpose()
            }

            async fn find_user_by_email(&self, email: &str) -> Result<Option<User>> {
                sqlx::query(&format!("SELECT {USER_COLS} FROM users WHERE email = $1"))
                    .bind(email.trim().to_lowercase())
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| user_from_row(&r))
                    .transpose()
            }

            async fn memberships(&self, user_id: i64) -> Result<Vec<Membership>> {
                let rows = sqlx::query("SELECT org_id, role FROM memberships WHERE user_id = $1 ORDER BY org_id, role")
                    .bind(user_id)
                    .fetch_all(&self.read)
                    .await?;
                rows.iter()
                    .map(|r| {
                        let role: String = r.try_get("role")?;
                        Ok(Membership {
                            org_id: r.try_get("org_id")?,
                            role: role.parse::<Role>().map_err(corrupt("role"))?,
                        })
                    })
                    .collect()
            }

            async fn list_people(&self, org_id: i64, limit: i64, offset: i64) -> Result<Vec<Person>> {
                let users = sqlx::query(&format!(
                    "SELECT {USER_COLS} FROM users WHERE id IN (SELECT user_id FROM memberships WHERE org_id = $1) \
                     ORDER BY last_name, first_name, id LIMIT $2 OFFSET $3"
                ))
                .bind(org_id)
                .bind(limit.clamp(1, 500))
                .bind(offset.max(0))
                .fetch_all(&self.read)
                .await?;
                let mut out = Vec::with_capacity(users.len());
                for r in &users {
                    let user = user_from_row(r)?;
                    let roles: Vec<String> =
                        sqlx::query("SELECT role FROM memberships WHERE user_id = $1 AND org_id = $2 ORDER BY role")
                            .bind(user.id)
                            .bind(org_id)
                            .fetch_all(&self.read)
                            .await?
                            .iter()
                            .map(|r| r.try_get("role"))
                            .collect::<std::result::Result<_, _>>()?;
                    let mut roles = $crate::role_list(roles)?;
                    roles.sort();
                    out.push(Person { user, roles });
                }
                Ok(out)
            }

            async fn count_people(&self, org_id: i64) -> Result<i64> {
                let r = sqlx::query("SELECT COUNT(DISTINCT user_id) AS n FROM memberships WHERE org_id = $1")
                    .bind(org_id)
                    .fetch_one(&self.read)
                    .await?;
                Ok(r.try_get("n")?)
            }

            async fn set_roles(
                &self,
                user_id: i64,
                org_id: i64,
                roles: Vec<Role>,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND org_id = $2")
                    .bind(user_id)
                    .bind(org_id)
                    .execute(&mut *tx)
                    .await?;
                for role in roles {
                    insert_membership(&mut tx, user_id, Membership { org_id, role }, now).await?;
                }
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_disabled(&self, user_id: i64, disabled: bool, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                sqlx::query("UPDATE users SET disabled = $2 WHERE id = $1")
                    .bind(user_id)
                    .bind(disabled)
                    .execute(&mut *tx)
                    .await?;
                if disabled {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                    sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
                        .bind(user_id)
                        .bind($ts::enc(now))
                        .execute(&mut *tx)
                        .await?;
                }
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_password(
                &self,
                user_id: i64,
                password_hash: &str,
                revoke_sessions: bool,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(user_id)
                    .bind(password_hash)
                    .execute(&mut *tx)
                    .await?;
                if revoke_sessions {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                }
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn update_user_details(
                &self,
                user_id: i64,
                first_name: &str,
                last_name: &str,
                employment_type: EmploymentType,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                sqlx::query("UPDATE users SET first_name = $2, last_name = $3, employment_type = $4 WHERE id = $1")
                    .bind(user_id)
                    .bind(first_name)
                    .bind(last_name)
                    .bind(employment_type.code())
                    .execute(&mut *tx)
                    .await?;
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn apply_staff_import(
                &self,
                org_id: i64,
                items: Vec<ImportItem>,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<ImportOutcome> {
                let mut tx = self.begin_write().await?;
                let mut outcome = ImportOutcome::default();
                let mut ids = Vec::with_capacity(items.len());
                for item in &items {
                    match item {
                        ImportItem::Create(u, role) => {
                            let id = insert_user(&mut tx, u, now).await?;
                            insert_membership(&mut tx, id, Membership { org_id, role: *role }, now).await?;
                            outcome.created += 1;
                            ids.push(id);
                        }
                        ImportItem::AddRole { user_id, role } => {
                            require_user(&mut tx, *user_id).await?;
                            if insert_membership(&mut tx, *user_id, Membership { org_id, role: *role }, now).await? {
                                outcome.roles_added += 1;
                            }
                            ids.push(*user_id);
                        }
                    }
                }
                apply_effects(&mut tx, fx, now, &ids).await?;
                tx.commit().await?;
                Ok(outcome)
            }

            async fn set_totp_secret(&self, user_id: i64, encrypted: Option<Vec<u8>>) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL")
                    .bind(user_id)
                    .bind(encrypted)
                    .execute(&mut *tx)
                    .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::Conflict("two-factor sign-in is already set up".into()));
                }
                tx.commit().await?;
                Ok(())
            }

            async fn enable_totp(
                &self,
                user_id: i64,
                recovery_code_hashes: Vec<String>,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE users SET totp_enabled_at = $2 WHERE id = $1 AND totp_secret IS NOT NULL AND totp_enabled_at IS NULL",
                )
                .bind(user_id)
                .bind($ts::enc(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::Conflict("two-factor sign-in is not waiting to be confirmed".into()));
                }
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                for h in &recovery_code_hashes {
                    sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                        .bind(user_id)
                        .bind(h)
                        .execute(&mut *tx)
                        .await?;
                }
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn disable_totp(&self, user_id: i64, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                sqlx::query("UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn use_recovery_code(
                &self,
                user_id: i64,
                code_hash: &str,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<bool> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
                )
                .bind(user_id)
                .bind(code_hash)
                .bind($ts::enc(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn unused_recovery_codes(&self, user_id: i64) -> Result<i64> {
                let r = sqlx::query("SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
                    .bind(user_id)
                    .fetch_one(&self.read)
                    .await?;
                Ok(r.try_get("n")?)
            }

            async fn create_session(&self, s: Session, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO sessions (id_hash, user_id, csrf_token, pending_two_factor, two_factor_verified, \
                     current_org_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(&s.id_hash)
                .bind(s.user_id)
                .bind(&s.csrf_token)
                .bind(s.pending_two_factor)
                .bind(s.two_factor_verified)
                .bind(s.current_org_id)
                .bind($ts::enc(s.created_at))
                .bind($ts::enc(s.last_seen_at))
                .bind($ts::enc(s.expires_at))
                .execute(&mut *tx)
                .await?;
                apply_effects(&mut tx, fx, s.created_at, &[s.user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn get_session(&self, id_hash: &str) -> Result<Option<Session>> {
                sqlx::query("SELECT * FROM sessions WHERE id_hash = $1")
                    .bind(id_hash)
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| session_from_row(&r))
                    .transpose()
            }

            async fn update_session(&self, s: &Session) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "UPDATE sessions SET pending_two_factor = $2, two_factor_verified = $3, current_org_id = $4, \
                     last_seen_at = $5, expires_at = $6, csrf_token = $7 WHERE id_hash = $1",
                )
                .bind(&s.id_hash)
                .bind(s.pending_two_factor)
                .bind(s.two_factor_verified)
                .bind(s.current_org_id)
                .bind($ts::enc(s.last_seen_at))
                .bind($ts::enc(s.expires_at))
                .bind(&s.csrf_token)
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn delete_session(&self, id_hash: &str, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(&mut *tx).await?;
                apply_effects(&mut tx, fx, now, &[]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn delete_expired_sessions(&self, now: OffsetDateTime) -> Result<u64> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
                    .bind($ts::enc(now))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM login_failures WHERE at < $1")
                    .bind($ts::enc(now - time::Duration::days(1)))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected())
            }

            async fn record_login_failure(&self, key: &str, now: OffsetDateTime) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO login_failures (throttle_key, at) VALUES ($1, $2)")
                    .bind(key)
                    .bind($ts::enc(now))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn count_login_failures(&self, key: &str, since: OffsetDateTime) -> Result<i64> {
                let r = sqlx::query("SELECT COUNT(*) AS n FROM login_failures WHERE throttle_key = $1 AND at >= $2")
                    .bind(key)
                    .bind($ts::enc(since))
                    .fetch_one(&self.read)
                    .await?;
                Ok(r.try_get("n")?)
            }

            async fn clear_login_failures(&self, key: &str) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM login_failures WHERE throttle_key = $1").bind(key).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_one_time_token(
                &self,
                user_id: i64,
                token: NewOneTimeToken,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<()> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                insert_token(&mut tx, user_id, &token, now).await?;
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn peek_one_time_token(
                &self,
                token_hash: &str,
                purpose: TokenPurpose,
                now: OffsetDateTime,
            ) -> Result<Option<i64>> {
                let r = sqlx::query(
                    "SELECT user_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = $2 \
                     AND used_at IS NULL AND expires_at > $3",
                )
                .bind(token_hash)
                .bind(purpose.code())
                .bind($ts::enc(now))
                .fetch_optional(&self.read)
                .await?;
                Ok(r.map(|r| r.try_get("user_id")).transpose()?)
            }

            async fn redeem_token_for_password(
                &self,
                token_hash: &str,
                purpose: TokenPurpose,
                password_hash: &str,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                let row = sqlx::query(
                    "UPDATE one_time_tokens SET used_at = $3 WHERE token_hash = $1 AND purpose = $2 \
                     AND used_at IS NULL AND expires_at > $3 RETURNING user_id",
                )
                .bind(token_hash)
                .bind(purpose.code())
                .bind($ts::enc(now))
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound("link (it may have expired or been used already)"))?;
                let user_id: i64 = row.try_get("user_id")?;
                sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
                    .bind(user_id)
                    .bind(password_hash)
                    .execute(&mut *tx)
                    .await?;
                // Any other link of the same purpose dies with this one.
                sqlx::query("UPDATE one_time_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL")
                    .bind(user_id)
                    .bind(purpose.code())
                    .bind($ts::enc(now))
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                apply_effects(&mut tx, fx, now, &[user_id]).await?;
                tx.commit().await?;
                Ok(user_id)
            }

            async fn create_api_token(
                &self,
                user_id: i64,
                name: &str,
                token_hash: &str,
                now: OffsetDateTime,
                fx: Effects,
            ) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                require_user(&mut tx, user_id).await?;
                let row = sqlx::query(
                    "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(user_id)
                .bind(name)
                .bind(token_hash)
                .bind($ts::enc(now))
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                apply_effects(&mut tx, fx, now, &[id]).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn list_api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>> {
                sqlx::query("SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY id DESC")
                    .bind(user_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(api_token_from_row)
                    .collect()
            }

            async fn revoke_api_token(&self, user_id: i64, id: i64, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
                )
                .bind(id)
                .bind(user_id)
                .bind($ts::enc(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() != 1 {
                    return Err(StoreError::NotFound("API token"));
                }
                apply_effects(&mut tx, fx, now, &[id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn find_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>> {
                sqlx::query("SELECT * FROM api_tokens WHERE token_hash = $1")
                    .bind(token_hash)
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| api_token_from_row(&r))
                    .transpose()
            }

            async fn touch_api_token(&self, id: i64, now: OffsetDateTime) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1")
                    .bind(id)
                    .bind($ts::enc(now))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn claim_emails(
                &self,
                now: OffsetDateTime,
                lease_until: OffsetDateTime,
                limit: i64,
            ) -> Result<Vec<OutboxEmail>> {
                let mut tx = self.begin_write().await?;
                // The conditions stand in the outer WHERE too, so a concurrent claimer re-checks them.
                let rows = sqlx::query(
                    "UPDATE outbox SET claimed_until = $2, attempts = attempts + 1 \
                     WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) \
                     AND id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 \
                       AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY id LIMIT $3) \
                     RETURNING id, to_address, subject, body, attempts",
                )
                .bind($ts::enc(now))
                .bind($ts::enc(lease_until))
                .bind(limit)
                .fetch_all(&mut *tx)
                .await?;
                tx.commit().await?;
                let mut out: Vec<OutboxEmail> = rows
                    .iter()
                    .map(|r| {
                        Ok(OutboxEmail {
                            id: r.try_get("id")?,
                            to: r.try_get("to_address")?,
                            subject: r.try_get("subject")?,
                            body: r.try_get("body")?,
                            attempts: r.try_get("attempts")?,
                        })
                    })
                    .collect::<Result<_>>()?;
                out.sort_by_key(|e| e.id);
                Ok(out)
            }

            async fn mark_email_sent(&self, id: i64, now: OffsetDateTime) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE outbox SET sent_at = $2, body = '', last_error = NULL WHERE id = $1")
                    .bind(id)
                    .bind($ts::enc(now))
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn mark_email_failed(&self, id: i64, error: &str, next_attempt_at: OffsetDateTime) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("UPDATE outbox SET claimed_until = NULL, next_attempt_at = $2, last_error = $3 WHERE id = $1")
                    .bind(id)
                    .bind($ts::enc(next_attempt_at))
                    .bind(error.chars().take(500).collect::<String>())
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(())
            }

            async fn pending_email_count(&self) -> Result<i64> {
                let r = sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL")
                    .fetch_one(&self.read)
                    .await?;
                Ok(r.try_get("n")?)
            }

            async fn check_context(&self, org_id: i64) -> Result<CheckContextRecord> {
                let version = self.check_context_version(org_id).await?;
                let profile = sqlx::query("SELECT aliases, address, postcode, phone, email, website FROM school_profiles WHERE org_id = $1")
                    .bind(org_id)
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| -> Result<SchoolProfileRecord> {
                        let aliases: String = r.try_get("aliases")?;
                        Ok(SchoolProfileRecord {
                            aliases: serde_json::from_str(&aliases).map_err(|e| StoreError::Corrupt { what: "school aliases", why: e.to_string() })?,
                            address: r.try_get("address")?,
                            postcode: r.try_get("postcode")?,
                            phone: r.try_get("phone")?,
                            email: r.try_get("email")?,
                            website: r.try_get("website")?,
                        })
                    })
                    .transpose()?;
                let pupils = sqlx::query(
                    "SELECT upn, first_name, last_name, preferred_name, year_group, social_media_consent, no_publish \
                     FROM pupils WHERE org_id = $1 ORDER BY id",
                )
                .bind(org_id)
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| {
                    Ok(PupilRecord {
                        upn: r.try_get("upn")?,
                        first_name: r.try_get("first_name")?,
                        last_name: r.try_get("last_name")?,
                        preferred_name: r.try_get("preferred_name")?,
                        year_group: r.try_get("year_group")?,
                        social_media_consent: r.try_get("social_media_consent")?,
                        no_publish: r.try_get("no_publish")?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
                let staff = sqlx::query("SELECT first_name, last_name, role FROM check_staff WHERE org_id = $1 ORDER BY id")
                    .bind(org_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| Ok(CheckStaffRecord { first_name: r.try_get("first_name")?, last_name: r.try_get("last_name")?, role: r.try_get("role")? }))
                    .collect::<Result<Vec<_>>>()?;
                Ok(CheckContextRecord { version, profile, pupils, staff })
            }

            async fn check_context_version(&self, org_id: i64) -> Result<i64> {
                let r = sqlx::query("SELECT context_version FROM school_profiles WHERE org_id = $1")
                    .bind(org_id)
                    .fetch_optional(&self.read)
                    .await?;
                Ok(match r {
                    Some(r) => r.try_get("context_version")?,
                    None => 0,
                })
            }

            async fn set_school_profile(&self, org_id: i64, p: &SchoolProfileRecord, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let aliases = serde_json::to_string(&p.aliases).map_err(|e| StoreError::Corrupt { what: "school aliases", why: e.to_string() })?;
                sqlx::query(
                    "INSERT INTO school_profiles (org_id, aliases, address, postcode, phone, email, website, context_version, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8) ON CONFLICT (org_id) DO UPDATE SET aliases = $2, address = $3, \
                     postcode = $4, phone = $5, email = $6, website = $7, context_version = school_profiles.context_version + 1, updated_at = $8",
                )
                .bind(org_id)
                .bind(aliases)
                .bind(&p.address)
                .bind(&p.postcode)
                .bind(&p.phone)
                .bind(&p.email)
                .bind(&p.website)
                .bind($ts::enc(now))
                .execute(&mut *tx)
                .await?;
                apply_effects(&mut tx, fx, now, &[org_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn replace_roster(&self, org_id: i64, pupils: &[PupilRecord], now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                bump_context(&mut tx, org_id, now).await?;
                sqlx::query("DELETE FROM pupils WHERE org_id = $1").bind(org_id).execute(&mut *tx).await?;
                for p in pupils {
                    sqlx::query(
                        "INSERT INTO pupils (org_id, upn, first_name, last_name, preferred_name, year_group, social_media_consent, no_publish) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(org_id)
                    .bind(&p.upn)
                    .bind(&p.first_name)
                    .bind(&p.last_name)
                    .bind(&p.preferred_name)
                    .bind(&p.year_group)
                    .bind(p.social_media_consent)
                    .bind(p.no_publish)
                    .execute(&mut *tx)
                    .await?;
                }
                apply_effects(&mut tx, fx, now, &[org_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn replace_check_staff(&self, org_id: i64, staff: &[CheckStaffRecord], now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                bump_context(&mut tx, org_id, now).await?;
                sqlx::query("DELETE FROM check_staff WHERE org_id = $1").bind(org_id).execute(&mut *tx).await?;
                for s in staff {
                    sqlx::query("INSERT INTO check_staff (org_id, first_name, last_name, role) VALUES ($1, $2, $3, $4)")
                        .bind(org_id)
                        .bind(&s.first_name)
                        .bind(&s.last_name)
                        .bind(&s.role)
                        .execute(&mut *tx)
                        .await?;
                }
                apply_effects(&mut tx, fx, now, &[org_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn create_policy_version(&self, v: NewPolicyVersion, now: OffsetDateTime, fx: Effects) -> Result<PolicyVersionRecord> {
                let mut tx = self.begin_write().await?;
                let last = sqlx::query("SELECT COALESCE(MAX(version_no), 0) AS n FROM policy_versions WHERE org_id = $1 AND pack_id = $2")
                    .bind(v.org_id)
                    .bind(&v.pack_id)
                    .fetch_one(&mut *tx)
                    .await?;
                let version_no: i64 = last.try_get::<i64, _>("n")? + 1;
                if v.campaign_due.is_some() {
                    // A school has one social media policy in force: whatever it adopted before is superseded.
                    sqlx::query("UPDATE policy_versions SET status = 'superseded' WHERE org_id = $1 AND status = 'adopted'")
                        .bind(v.org_id)
                        .execute(&mut *tx)
                        .await?;
                }
                let adopted_at = if v.status == "adopted" { Some($ts::enc(now)) } else { None };
                let row = sqlx::query(
                    "INSERT INTO policy_versions (org_id, pack_id, version_no, kind, title, derived_from, content_hash, pack, status, \
                     created_by, created_at, adopted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                )
                .bind(v.org_id)
                .bind(&v.pack_id)
                .bind(version_no)
                .bind(&v.kind)
                .bind(&v.title)
                .bind(v.derived_from)
                .bind(&v.content_hash)
                .bind(&v.pack)
                .bind(&v.status)
                .bind(v.created_by)
                .bind($ts::enc(now))
                .bind(adopted_at)
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                if let Some(due) = &v.campaign_due {
                    sqlx::query("INSERT INTO policy_campaigns (version_id, due_on, opened_at) VALUES ($1, $2, $3)")
                        .bind(id)
                        .bind(due)
                        .bind($ts::enc(now))
                        .execute(&mut *tx)
                        .await?;
                }
                apply_effects(&mut tx, fx, now, &[id]).await?;
                let row = sqlx::query(&format!("SELECT {POLICY_COLS} FROM policy_versions WHERE id = $1")).bind(id).fetch_one(&mut *tx).await?;
                let rec = policy_from_row(&row)?;
                tx.commit().await?;
                Ok(rec)
            }

            async fn get_policy_version(&self, id: i64) -> Result<Option<PolicyVersionRecord>> {
                sqlx::query(&format!("SELECT {POLICY_COLS} FROM policy_versions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.read)
                    .await?
                    .map(|r| policy_from_row(&r))
                    .transpose()
            }

            async fn list_policy_versions(&self, org_ids: &[i64]) -> Result<Vec<PolicyVersionRecord>> {
                if org_ids.is_empty() {
                    return Ok(Vec::new());
                }
                let marks: Vec<String> = (1..=org_ids.len()).map(|i| format!("${i}")).collect();
                let sql = format!("SELECT {POLICY_COLS} FROM policy_versions WHERE org_id IN ({}) ORDER BY created_at DESC, id DESC", marks.join(", "));
                let mut q = sqlx::query(&sql);
                for id in org_ids {
                    q = q.bind(*id);
                }
                q.fetch_all(&self.read).await?.iter().map(policy_from_row).collect()
            }

            async fn add_policy_approval(&self, version_id: i64, a: PolicyApprovalRecord, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let exists = sqlx::query("SELECT id FROM policy_versions WHERE id = $1").bind(version_id).fetch_optional(&mut *tx).await?;
                if exists.is_none() {
                    return Err(StoreError::NotFound("policy version"));
                }
                sqlx::query(
                    "INSERT INTO policy_approvals (version_id, stage, on_date, approver, minute_ref, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(version_id)
                .bind(&a.stage)
                .bind(&a.on_date)
                .bind(&a.approver)
                .bind(&a.minute_ref)
                .bind(a.recorded_by)
                .bind($ts::enc(a.recorded_at))
                .execute(&mut *tx)
                .await?;
                apply_effects(&mut tx, fx, a.recorded_at, &[version_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn policy_approvals(&self, version_id: i64) -> Result<Vec<PolicyApprovalRecord>> {
                sqlx::query("SELECT stage, on_date, approver, minute_ref, recorded_by, recorded_at FROM policy_approvals WHERE version_id = $1 ORDER BY id")
                    .bind(version_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| {
                        Ok(PolicyApprovalRecord {
                            stage: r.try_get("stage")?,
                            on_date: r.try_get("on_date")?,
                            approver: r.try_get("approver")?,
                            minute_ref: r.try_get("minute_ref")?,
                            recorded_by: r.try_get("recorded_by")?,
                            recorded_at: $ts::get(r, "recorded_at")?,
                        })
                    })
                    .collect()
            }

            async fn policy_campaign_due(&self, version_id: i64) -> Result<Option<String>> {
                let r = sqlx::query("SELECT due_on FROM policy_campaigns WHERE version_id = $1").bind(version_id).fetch_optional(&self.read).await?;
                Ok(r.map(|r| r.try_get("due_on")).transpose()?)
            }

            async fn acknowledge_policy(&self, version_id: i64, user_id: i64, content_hash: &str, now: OffsetDateTime, fx: Effects) -> Result<bool> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "INSERT INTO policy_acknowledgements (version_id, user_id, content_hash, acknowledged_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (version_id, user_id) DO NOTHING",
                )
                .bind(version_id)
                .bind(user_id)
                .bind(content_hash)
                .bind($ts::enc(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                apply_effects(&mut tx, fx, now, &[version_id]).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn policy_acknowledgements(&self, version_id: i64) -> Result<Vec<AcknowledgementRecord>> {
                sqlx::query("SELECT user_id, content_hash, acknowledged_at FROM policy_acknowledgements WHERE version_id = $1 ORDER BY acknowledged_at")
                    .bind(version_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| Ok(AcknowledgementRecord { user_id: r.try_get("user_id")?, content_hash: r.try_get("content_hash")?, acknowledged_at: $ts::get(r, "acknowledged_at")? }))
                    .collect()
            }

            async fn create_course(&self, org_id: i64, code: &str, title: &str, valid_months: Option<i64>, required_for_all: bool, now: OffsetDateTime, fx: Effects) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                let dup = sqlx::query("SELECT id FROM training_courses WHERE org_id = $1 AND code = $2").bind(org_id).bind(code).fetch_optional(&mut *tx).await?;
                if dup.is_some() {
                    return Err(StoreError::Conflict(format!("a course with the code {code} exists already")));
                }
                let row = sqlx::query("INSERT INTO training_courses (org_id, code, title, valid_months, required_for_all, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                    .bind(org_id)
                    .bind(code)
                    .bind(title)
                    .bind(valid_months)
                    .bind(required_for_all)
                    .bind($ts::enc(now))
                    .fetch_one(&mut *tx)
                    .await?;
                let id: i64 = row.try_get("id")?;
                apply_effects(&mut tx, fx, now, &[id]).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn list_courses(&self, org_id: i64) -> Result<Vec<CourseRecord>> {
                sqlx::query("SELECT id, org_id, code, title, valid_months, required_for_all FROM training_courses WHERE org_id = $1 ORDER BY title, id")
                    .bind(org_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| Ok(CourseRecord { id: r.try_get("id")?, org_id: r.try_get("org_id")?, code: r.try_get("code")?, title: r.try_get("title")?, valid_months: r.try_get("valid_months")?, required_for_all: r.try_get("required_for_all")? }))
                    .collect()
            }

            async fn record_completions(&self, items: &[CompletionRecord], recorded_by: Option<i64>, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let ids = insert_completions(&mut tx, items, recorded_by, now).await?;
                apply_effects(&mut tx, fx, now, &ids).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn list_completions(&self, org_id: i64) -> Result<Vec<CompletionRecord>> {
                sqlx::query(
                    "SELECT c.course_id, c.user_id, c.completed_on, c.expires_on FROM training_completions c \
                     JOIN training_courses t ON t.id = c.course_id WHERE t.org_id = $1 ORDER BY c.completed_on DESC, c.id DESC",
                )
                .bind(org_id)
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| Ok(CompletionRecord { course_id: r.try_get("course_id")?, user_id: r.try_get("user_id")?, completed_on: r.try_get("completed_on")?, expires_on: r.try_get("expires_on")? }))
                .collect()
            }

            async fn create_training_session(&self, x: &TrainingSessionRecord, fx: Effects) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                let row = sqlx::query(
                    "INSERT INTO training_sessions (org_id, course_id, on_date, place, created_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(x.org_id)
                .bind(x.course_id)
                .bind(&x.on_date)
                .bind(&x.place)
                .bind(x.created_by)
                .bind($ts::enc(x.created_at))
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                apply_effects(&mut tx, fx, x.created_at, &[id]).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn list_training_sessions(&self, org_id: i64) -> Result<Vec<TrainingSessionRecord>> {
                sqlx::query(&format!("SELECT {TRAINING_SESSION_COLS} FROM training_sessions WHERE org_id = $1 ORDER BY on_date DESC, id DESC"))
                    .bind(org_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(training_session_from_row)
                    .collect()
            }

            async fn get_training_session(&self, id: i64) -> Result<Option<TrainingSessionRecord>> {
                sqlx::query(&format!("SELECT {TRAINING_SESSION_COLS} FROM training_sessions WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.read)
                    .await?
                    .as_ref()
                    .map(training_session_from_row)
                    .transpose()
            }

            async fn record_attendance(&self, session_id: i64, completions: &[CompletionRecord], by: Option<i64>, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let marked = sqlx::query("UPDATE training_sessions SET attendance_recorded_at = $1 WHERE id = $2 AND attendance_recorded_at IS NULL")
                    .bind($ts::enc(now))
                    .bind(session_id)
                    .execute(&mut *tx)
                    .await?;
                if marked.rows_affected() != 1 {
                    return Err(StoreError::Conflict("attendance for this session has been recorded already".into()));
                }
                insert_completions(&mut tx, completions, by, now).await?;
                apply_effects(&mut tx, fx, now, &[session_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn add_education_record(&self, r: &EducationRecord, fx: Effects) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                let row = sqlx::query(
                    "INSERT INTO education_records (org_id, kind, on_date, audience, topic, notes, link, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                )
                .bind(r.org_id)
                .bind(&r.kind)
                .bind(&r.on_date)
                .bind(&r.audience)
                .bind(&r.topic)
                .bind(&r.notes)
                .bind(&r.link)
                .bind(r.recorded_by)
                .bind($ts::enc(r.recorded_at))
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                apply_effects(&mut tx, fx, r.recorded_at, &[id]).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn list_education_records(&self, org_id: i64) -> Result<Vec<EducationRecord>> {
                sqlx::query(
                    "SELECT id, org_id, kind, on_date, audience, topic, notes, link, recorded_by, recorded_at FROM education_records \
                     WHERE org_id = $1 ORDER BY on_date DESC, id DESC",
                )
                .bind(org_id)
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| {
                    Ok(EducationRecord {
                        id: r.try_get("id")?,
                        org_id: r.try_get("org_id")?,
                        kind: r.try_get("kind")?,
                        on_date: r.try_get("on_date")?,
                        audience: r.try_get("audience")?,
                        topic: r.try_get("topic")?,
                        notes: r.try_get("notes")?,
                        link: r.try_get("link")?,
                        recorded_by: r.try_get("recorded_by")?,
                        recorded_at: $ts::get(r, "recorded_at")?,
                    })
                })
                .collect()
            }

            async fn record_induction(&self, r: &InductionRecord, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO policy_inductions (org_id, user_id, inducted_on, note, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, user_id) DO UPDATE SET \
                     inducted_on = EXCLUDED.inducted_on, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, \
                     recorded_at = EXCLUDED.recorded_at",
                )
                .bind(r.org_id)
                .bind(r.user_id)
                .bind(&r.inducted_on)
                .bind(&r.note)
                .bind(r.recorded_by)
                .bind($ts::enc(r.recorded_at))
                .execute(&mut *tx)
                .await?;
                apply_effects(&mut tx, fx, r.recorded_at, &[r.user_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn list_inductions(&self, org_id: i64) -> Result<Vec<InductionRecord>> {
                sqlx::query(
                    "SELECT org_id, user_id, inducted_on, note, recorded_by, recorded_at FROM policy_inductions \
                     WHERE org_id = $1 ORDER BY user_id",
                )
                .bind(org_id)
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| {
                    Ok(InductionRecord {
                        org_id: r.try_get("org_id")?,
                        user_id: r.try_get("user_id")?,
                        inducted_on: r.try_get("inducted_on")?,
                        note: r.try_get("note")?,
                        recorded_by: r.try_get("recorded_by")?,
                        recorded_at: $ts::get(r, "recorded_at")?,
                    })
                })
                .collect()
            }

            async fn set_guidance_links(&self, org_id: i64, links: &[GuidanceLink], now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("DELETE FROM guidance_links WHERE org_id = $1").bind(org_id).execute(&mut *tx).await?;
                for (i, l) in links.iter().enumerate() {
                    sqlx::query("INSERT INTO guidance_links (org_id, position, name, url) VALUES ($1, $2, $3, $4)")
                        .bind(org_id)
                        .bind(i as i64)
                        .bind(&l.name)
                        .bind(&l.url)
                        .execute(&mut *tx)
                        .await?;
                }
                apply_effects(&mut tx, fx, now, &[org_id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn guidance_links(&self, org_id: i64) -> Result<Vec<GuidanceLink>> {
                sqlx::query("SELECT name, url FROM guidance_links WHERE org_id = $1 ORDER BY position")
                    .bind(org_id)
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| Ok(GuidanceLink { name: r.try_get("name")?, url: r.try_get("url")? }))
                    .collect()
            }

            async fn open_review(&self, org_id: i64, version_id: i64, trigger: &str, description: &str, by: Option<i64>, now: OffsetDateTime, fx: Effects) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                let row = sqlx::query(
                    "INSERT INTO policy_reviews (org_id, version_id, trigger_kind, description, state, opened_by, opened_at) \
                     VALUES ($1, $2, $3, $4, 'open', $5, $6) RETURNING id",
                )
                .bind(org_id)
                .bind(version_id)
                .bind(trigger)
                .bind(description)
                .bind(by)
                .bind($ts::enc(now))
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                apply_effects(&mut tx, fx, now, &[id]).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn list_reviews(&self, org_ids: &[i64]) -> Result<Vec<ReviewRecord>> {
                if org_ids.is_empty() {
                    return Ok(Vec::new());
                }
                let marks: Vec<String> = (1..=org_ids.len()).map(|i| format!("${i}")).collect();
                let sql = format!(
                    "SELECT {REVIEW_COLS} FROM policy_reviews WHERE org_id IN ({}) \
                     ORDER BY CASE WHEN state = 'closed' THEN 1 ELSE 0 END, opened_at DESC, id DESC",
                    marks.join(", ")
                );
                let mut q = sqlx::query(&sql);
                for id in org_ids {
                    q = q.bind(*id);
                }
                q.fetch_all(&self.read).await?.iter().map(review_from_row).collect()
            }

            async fn get_review(&self, id: i64) -> Result<Option<ReviewRecord>> {
                sqlx::query(&format!("SELECT {REVIEW_COLS} FROM policy_reviews WHERE id = $1"))
                    .bind(id)
                    .fetch_optional(&self.read)
                    .await?
                    .as_ref()
                    .map(review_from_row)
                    .transpose()
            }

            async fn add_consultation(&self, c: &ConsultationRecord, from_state: &str, to_state: &str, fx: Effects) -> Result<i64> {
                let mut tx = self.begin_write().await?;
                let moved = sqlx::query("UPDATE policy_reviews SET state = $1 WHERE id = $2 AND state = $3")
                    .bind(to_state)
                    .bind(c.review_id)
                    .bind(from_state)
                    .execute(&mut *tx)
                    .await?;
                if moved.rows_affected() != 1 {
                    return Err(StoreError::Conflict("the review changed while you were recording this; reload and try again".into()));
                }
                let row = sqlx::query(
                    "INSERT INTO review_consultations (review_id, consultee, consulted_on, summary, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(c.review_id)
                .bind(&c.consultee)
                .bind(&c.consulted_on)
                .bind(&c.summary)
                .bind(c.recorded_by)
                .bind($ts::enc(c.recorded_at))
                .fetch_one(&mut *tx)
                .await?;
                let id: i64 = row.try_get("id")?;
                apply_effects(&mut tx, fx, c.recorded_at, &[id]).await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn list_consultations(&self, review_id: i64) -> Result<Vec<ConsultationRecord>> {
                sqlx::query(
                    "SELECT id, review_id, consultee, consulted_on, summary, recorded_by, recorded_at FROM review_consultations \
                     WHERE review_id = $1 ORDER BY consulted_on, id",
                )
                .bind(review_id)
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(|r| {
                    Ok(ConsultationRecord {
                        id: r.try_get("id")?,
                        review_id: r.try_get("review_id")?,
                        consultee: r.try_get("consultee")?,
                        consulted_on: r.try_get("consulted_on")?,
                        summary: r.try_get("summary")?,
                        recorded_by: r.try_get("recorded_by")?,
                        recorded_at: $ts::get(r, "recorded_at")?,
                    })
                })
                .collect()
            }

            async fn close_review(&self, id: i64, closing: &ReviewClosing, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let moved = sqlx::query(
                    "UPDATE policy_reviews SET state = 'closed', outcome = $1, outcome_version_id = $2, outcome_note = $3, \
                     closed_by = $4, closed_at = $5 WHERE id = $6 AND state = $7",
                )
                .bind(&closing.outcome)
                .bind(closing.outcome_version_id)
                .bind(&closing.note)
                .bind(closing.by)
                .bind($ts::enc(now))
                .bind(id)
                .bind(&closing.from_state)
                .execute(&mut *tx)
                .await?;
                if moved.rows_affected() != 1 {
                    return Err(StoreError::Conflict("the review changed while you were closing it; reload and try again".into()));
                }
                apply_effects(&mut tx, fx, now, &[id]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn queue_reminder(&self, kind: &str, subject_id: i64, user_id: i64, step: &str, now: OffsetDateTime, fx: Effects) -> Result<bool> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query(
                    "INSERT INTO reminders_sent (kind, subject_id, user_id, step, sent_at) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (kind, subject_id, user_id, step) DO NOTHING",
                )
                .bind(kind)
                .bind(subject_id)
                .bind(user_id)
                .bind(step)
                .bind($ts::enc(now))
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Ok(false);
                }
                apply_effects(&mut tx, fx, now, &[subject_id]).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn append_audit(&self, now: OffsetDateTime, fx: Effects) -> Result<()> {
                let mut tx = self.begin_write().await?;
                apply_effects(&mut tx, fx, now, &[]).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn query_audit(&self, q: &AuditQuery) -> Result<Vec<AuditEvent>> {
                let mut sql = format!("SELECT {AUDIT_COLS} FROM audit_events WHERE 1 = 1");
                let mut n = 0;
                let mut next = || {
                    n += 1;
                    format!("${n}")
                };
                if !q.org_ids.is_empty() {
                    let marks: Vec<String> = q.org_ids.iter().map(|_| next()).collect();
                    sql.push_str(&format!(" AND org_id IN ({})", marks.join(", ")));
                }
                if q.actor_user_id.is_some() {
                    sql.push_str(&format!(" AND actor_user_id = {}", next()));
                }
                if q.action_prefix.is_some() {
                    sql.push_str(&format!(" AND action LIKE {} ESCAPE '\\'", next()));
                }
                if q.from.is_some() {
                    sql.push_str(&format!(" AND at >= {}", next()));
                }
                if q.to.is_some() {
                    sql.push_str(&format!(" AND at < {}", next()));
                }
                sql.push_str(&format!(" ORDER BY at DESC, id DESC LIMIT {} OFFSET {}", next(), next()));
                let mut query = sqlx::query(&sql);
                for id in &q.org_ids {
                    query = query.bind(*id);
                }
                if let Some(a) = q.actor_user_id {
                    query = query.bind(a);
                }
                if let Some(p) = &q.action_prefix {
                    let escaped = p.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
                    query = query.bind(format!("{escaped}%"));
                }
                if let Some(f) = q.from {
                    query = query.bind($ts::enc(f));
                }
                if let Some(t) = q.to {
                    query = query.bind($ts::enc(t));
                }
                query = query.bind(q.limit.clamp(1, 1000)).bind(q.offset.max(0));
                query.fetch_all(&self.read).await?.iter().map(audit_from_row).collect()
            }

            async fn audit_heads(&self) -> Result<Vec<ChainHead>> {
                sqlx::query("SELECT org_id, seq, hash FROM audit_heads ORDER BY org_id")
                    .fetch_all(&self.read)
                    .await?
                    .iter()
                    .map(|r| Ok(ChainHead { org_id: r.try_get("org_id")?, seq: r.try_get("seq")?, hash: r.try_get("hash")? }))
                    .collect()
            }

            async fn audit_chain_page(&self, org_id: i64, after_seq: i64, limit: i64) -> Result<Vec<AuditEvent>> {
                sqlx::query(&format!(
                    "SELECT {AUDIT_COLS} FROM audit_events WHERE org_id = $1 AND seq > $2 ORDER BY seq LIMIT $3"
                ))
                .bind(org_id)
                .bind(after_seq)
                .bind(limit.clamp(1, 10_000))
                .fetch_all(&self.read)
                .await?
                .iter()
                .map(audit_from_row)
                .collect()
            }
        }

        async fn insert_token(tx: &mut Tx, user_id: i64, t: &NewOneTimeToken, now: OffsetDateTime) -> Result<()> {
            sqlx::query(
                "INSERT INTO one_time_tokens (token_hash, purpose, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&t.token_hash)
            .bind(t.purpose.code())
            .bind(user_id)
            .bind($ts::enc(now))
            .bind($ts::enc(t.expires_at))
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        const POLICY_COLS: &str = "id, org_id, pack_id, version_no, kind, title, derived_from, content_hash, pack, status, \
             created_by, created_at, adopted_at";

        const TRAINING_SESSION_COLS: &str = "id, org_id, course_id, on_date, place, created_by, created_at, attendance_recorded_at";

        fn training_session_from_row(r: &$row) -> Result<TrainingSessionRecord> {
            Ok(TrainingSessionRecord {
                id: r.try_get("id")?,
                org_id: r.try_get("org_id")?,
                course_id: r.try_get("course_id")?,
                on_date: r.try_get("on_date")?,
                place: r.try_get("place")?,
                created_by: r.try_get("created_by")?,
                created_at: $ts::get(r, "created_at")?,
                attendance_recorded_at: $ts::get_opt(r, "attendance_recorded_at")?,
            })
        }

        const REVIEW_COLS: &str = "id, org_id, version_id, trigger_kind, description, state, outcome, outcome_version_id, \
             outcome_note, opened_by, opened_at, closed_by, closed_at";

        fn review_from_row(r: &$row) -> Result<ReviewRecord> {
            Ok(ReviewRecord {
                id: r.try_get("id")?,
                org_id: r.try_get("org_id")?,
                version_id: r.try_get("version_id")?,
                trigger: r.try_get("trigger_kind")?,
                description: r.try_get("description")?,
                state: r.try_get("state")?,
                outcome: r.try_get("outcome")?,
                outcome_version_id: r.try_get("outcome_version_id")?,
                outcome_note: r.try_get("outcome_note")?,
                opened_by: r.try_get("opened_by")?,
                opened_at: $ts::get(r, "opened_at")?,
                closed_by: r.try_get("closed_by")?,
                closed_at: $ts::get_opt(r, "closed_at")?,
            })
        }

        fn policy_from_row(r: &$row) -> Result<PolicyVersionRecord> {
            Ok(PolicyVersionRecord {
                id: r.try_get("id")?,
                org_id: r.try_get("org_id")?,
                pack_id: r.try_get("pack_id")?,
                version_no: r.try_get("version_no")?,
                kind: r.try_get("kind")?,
                title: r.try_get("title")?,
                derived_from: r.try_get("derived_from")?,
                content_hash: r.try_get("content_hash")?,
                pack: r.try_get("pack")?,
                status: r.try_get("status")?,
                created_by: r.try_get("created_by")?,
                created_at: $ts::get(r, "created_at")?,
                adopted_at: $ts::get_opt(r, "adopted_at")?,
            })
        }

        /// Inserts training completions inside the caller's transaction; returns their ids.
        async fn insert_completions(tx: &mut Tx, items: &[CompletionRecord], by: Option<i64>, now: OffsetDateTime) -> Result<Vec<i64>> {
            let mut ids = Vec::with_capacity(items.len());
            for c in items {
                let row = sqlx::query(
                    "INSERT INTO training_completions (course_id, user_id, completed_on, expires_on, recorded_by, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(c.course_id)
                .bind(c.user_id)
                .bind(&c.completed_on)
                .bind(&c.expires_on)
                .bind(by)
                .bind($ts::enc(now))
                .fetch_one(&mut **tx)
                .await?;
                ids.push(row.try_get::<i64, _>("id")?);
            }
            Ok(ids)
        }

        /// Every change to a school's check context bumps its version, so cached engines rebuild.
        async fn bump_context(tx: &mut Tx, org_id: i64, now: OffsetDateTime) -> Result<()> {
            sqlx::query(
                "INSERT INTO school_profiles (org_id, aliases, address, postcode, phone, email, website, context_version, updated_at) \
                 VALUES ($1, '[]', '', '', '', '', '', 1, $2) ON CONFLICT (org_id) DO UPDATE SET \
                 context_version = school_profiles.context_version + 1, updated_at = $2",
            )
            .bind(org_id)
            .bind($ts::enc(now))
            .execute(&mut **tx)
            .await?;
            Ok(())
        }

        /// Applies the migrations in `list` that the database has not seen, each in its own transaction.
        async fn run_migrations(store: &$store, list: &'static [(&'static str, &'static str)]) -> Result<Vec<String>> {
            let mut tx = store.begin_write().await?;
            sqlx::query("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            let mut applied = Vec::new();
            for &(name, sql) in list {
                let mut tx = store.begin_write().await?;
                let seen = sqlx::query("SELECT name FROM schema_migrations WHERE name = $1")
                    .bind(name)
                    .fetch_optional(&mut *tx)
                    .await?;
                if seen.is_some() {
                    continue;
                }
                sqlx::Executor::execute(&mut *tx, sqlx::raw_sql(sql))
                    .await
                    .map_err(|source| StoreError::Migration { name: name.to_owned(), source })?;
                sqlx::query("INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)")
                    .bind(name)
                    .bind(OffsetDateTime::now_utc().to_string())
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                applied.push(name.to_owned());
            }
            Ok(applied)
        }

        #[allow(dead_code)]
        fn _use_all(_: BTreeMap<(), ()>) {}
    };
}

pub(crate) use impl_store;
