//! Walks every audit chain and reports the first broken event.

use crate::Result;
use domain::audit::ChainVerifier;
use domain::ChainBreak;
use serde::Serialize;
use store::Store;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct VerifyReport {
    pub chains: usize,
    pub events: u64,
    pub first_break: Option<ChainBreak>,
}

pub async fn verify_audit(store: &dyn Store) -> Result<VerifyReport> {
    let heads = store.audit_heads().await?;
    let mut report = VerifyReport { chains: heads.len(), events: 0, first_break: None };
    for head in heads {
        let mut v = ChainVerifier::new(head.org_id);
        let mut after = 0;
        let outcome: std::result::Result<(), ChainBreak> = async {
            loop {
                let page =
                    store.audit_chain_page(head.org_id, after, 1000).await.map_err(|e| ChainBreak {
                        org_id: head.org_id,
                        event_id: 0,
                        seq: after + 1,
                        problem: format!("cannot read the chain: {e}"),
                    })?;
                if page.is_empty() {
                    break;
                }
                for e in &page {
                    v.push(e)?;
                    after = e.seq;
                }
            }
            v.finish(head.seq, &head.hash)
        }
        .await;
        report.events += v.checked;
        if let Err(b) = outcome {
            report.first_break = Some(b);
            return Ok(report);
        }
    }
    Ok(report)
}
