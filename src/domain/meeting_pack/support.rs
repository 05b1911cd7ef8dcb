//! The pack's support section: the child's SEN or ALN support, diagnosis and referrals (where each
//! stands), and what school has already put in place with how it is going. Every referral is
//! listed, and every agreed adjustment with anything said about how it is going (the others are
//! among the requests, marked "already agreed"): nothing the parent entered is dropped.

use super::model::{bullets, field, Block, Item, Section, SectionKind};
use crate::domain::dates::short_date;
use crate::domain::diary::support::{Referral, ReferralTo};
use crate::domain::diary::Child;

/// The support level in the nation's words, diagnosis, assessment awaited, each referral, and
/// each agreed adjustment; None when the parent has noted none of it.
pub(super) fn support_section(child: &Child) -> Option<Section> {
    let support = &child.support;
    let level = child.support_level_words().unwrap_or_default();
    let referrals: Vec<Item> = support.referrals.iter().map(referral_item).collect();
    let blocks: Vec<Block> = [
        field(needs_label(child), level),
        field("Diagnosis", &support.diagnosis),
        field("Waiting for an assessment", &support.awaiting_assessment),
        (!referrals.is_empty()).then(|| Block::List {
            label: Some("Referrals".into()),
            ordered: false,
            items: referrals,
            more: 0,
        }),
        bullets(
            "Put in place by school, and how it is going",
            in_place(child),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!blocks.is_empty()).then_some(Section {
        kind: SectionKind::Support,
        blocks,
    })
}

/// England speaks of special educational needs, Wales of additional learning needs.
fn needs_label(child: &Child) -> &'static str {
    if child.nation.is_england() {
        "Special educational needs (England)"
    } else {
        "Additional learning needs (Wales)"
    }
}

/// "CAMHS (children's mental health service), referred 2 Jun 2025: Referred, waiting since
/// 1 Jul 2025", with the parent's note under it.
fn referral_item(referral: &Referral) -> Item {
    let who = match (referral.to, referral.detail.trim()) {
        (ReferralTo::Other, detail) if !detail.is_empty() => detail.to_string(),
        (to, "") => to.label().to_string(),
        (to, detail) => format!("{} ({detail})", to.label()),
    };
    let made = referral
        .made_on
        .map(|d| format!(", referred {}", short_date(d)))
        .unwrap_or_default();
    let since = referral
        .stage_since
        .map(|d| format!(" since {}", short_date(d)))
        .unwrap_or_default();
    let note = referral.note.trim();
    Item {
        text: format!("{who}{made}: {}{since}", referral.stage.label()),
        notes: (!note.is_empty())
            .then(|| note.to_string())
            .into_iter()
            .collect(),
        sub_items: Vec::new(),
    }
}

/// Each agreed adjustment the parent said more about: "Soft start (in place since 9 Nov 2026):
/// helping. Calmer mornings". One agreed with nothing more said is listed once, among the
/// requests, as "(already agreed)".
fn in_place(child: &Child) -> Vec<String> {
    child
        .plan
        .adjustments
        .iter()
        .filter(|a| {
            a.agreed
                && (a.in_place_since.is_some()
                    || a.how_it_is_going.is_some()
                    || !a.going_note.trim().is_empty())
        })
        .map(|a| {
            let since = a
                .in_place_since
                .map(|d| format!(" (in place since {})", short_date(d)))
                .unwrap_or_default();
            let how = match (a.how_it_is_going, a.going_note.trim()) {
                (None, "") => String::new(),
                (Some(how), "") => format!(": {}", how.label().to_ascii_lowercase()),
                (None, note) => format!(": {note}"),
                (Some(how), note) => format!(": {}. {note}", how.label().to_ascii_lowercase()),
            };
            format!("{}{since}{how}", a.what.trim())
        })
        .collect()
}
