//! The Plan: the hub with its three stages (understanding, the steps, review), the ladders and their
//! steps, adjustments and arrangements, the child's support and referrals (on stage 1), the
//! guidance beside each stage, and the meeting pack.

pub mod adjustments;
pub mod arrangements;
pub mod guidance;
pub mod hub;
pub mod in_place;
pub mod ladder;
pub mod later;
pub mod meeting_pack;
pub mod own_words;
pub mod review;
pub mod review_form;
pub mod step_form;
pub mod steps;
pub mod support;
pub mod try_form;
pub mod understanding;
