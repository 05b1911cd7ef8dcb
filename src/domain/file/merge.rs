//! What an imported file holds, and how it joins the diary already on this device (merge or replace).

use chrono::NaiveDate;

use crate::domain::diary::own_words::OwnWords;
use crate::domain::diary::Diary;

/// A short description of one child in a file, shown before the parent decides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildSummary {
    pub nickname: String,
    pub days: usize,
    pub contacts: usize,
    pub has_plan: bool,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
}

/// What a file holds, in numbers a parent can check at a glance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub children: Vec<ChildSummary>,
    pub days: usize,
    pub first_day: Option<NaiveDate>,
    pub last_day: Option<NaiveDate>,
}

/// Summarises a diary for the import preview.
pub fn preview(diary: &Diary) -> Preview {
    let children: Vec<ChildSummary> = diary
        .children
        .iter()
        .map(|c| {
            let range = c.date_range();
            ChildSummary {
                nickname: c.nickname.clone(),
                days: c.days.len(),
                contacts: c.contacts.len(),
                has_plan: !c.plan.is_empty(),
                first_day: range.map(|r| r.0),
                last_day: range.map(|r| r.1),
            }
        })
        .collect();
    Preview {
        days: children.iter().map(|c| c.days).sum(),
        first_day: children.iter().filter_map(|c| c.first_day).min(),
        last_day: children.iter().filter_map(|c| c.last_day).max(),
        children,
    }
}

/// What a merge did, so the parent can be told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub children_added: usize,
    pub days_added: usize,
    /// Days in the file for dates this device already has; the device's record is kept.
    pub days_kept_from_device: usize,
    pub contacts_added: usize,
    pub plans_added: usize,
    /// The school's attendance figures added (version 2).
    pub school_figures_added: usize,
    /// Children whose support details came from the file, as this device had none (version 2).
    pub support_added: usize,
    /// Things the child said in their own turn (the scale, "today" entries, house items and ideal
    /// school answers) that were not here yet (version 3).
    pub own_words_added: usize,
}

/// Joins an imported diary into the current one without changing anything already here.
///
/// A child is the same child when the id matches. For a shared child, days, contacts and the
/// school's figures that are not here yet are added; where both have the same day, this device's
/// record is kept; a plan, and the support details (with the nation), are taken from the file only
/// when this device has none. The child's own words join the same child's only: entries not here
/// yet are added, and the child's scale comes from the file only when there is none here.
pub fn merge(current: &Diary, incoming: Diary) -> (Diary, MergeReport) {
    let mut merged = current.clone();
    let mut report = MergeReport::default();
    for child in incoming.children {
        let Some(mine) = merged.child_mut(&child.id) else {
            report.children_added += 1;
            report.days_added += child.days.len();
            report.contacts_added += child.contacts.len();
            report.plans_added += usize::from(!child.plan.is_empty());
            report.school_figures_added += child.school_figures.len();
            report.support_added += usize::from(!child.support.is_empty());
            report.own_words_added += own_words_count(&child.own_words);
            merged.children.push(child);
            continue;
        };
        for day in child.days {
            if mine.day(day.date).is_some() {
                report.days_kept_from_device += 1;
            } else {
                mine.put_day(day);
                report.days_added += 1;
            }
        }
        for contact in child.contacts {
            if !mine.contacts.iter().any(|c| c.id == contact.id) {
                mine.contacts.push(contact);
                report.contacts_added += 1;
            }
        }
        if mine.plan.is_empty() && !child.plan.is_empty() {
            mine.plan = child.plan;
            report.plans_added += 1;
        }
        let before = report.school_figures_added;
        for figure in child.school_figures {
            if !mine.school_figures.iter().any(|f| f.id == figure.id) {
                mine.school_figures.push(figure);
                report.school_figures_added += 1;
            }
        }
        // Only when something came in: what is here already is never reordered by a merge.
        if report.school_figures_added > before {
            mine.school_figures.sort_by_key(|f| (f.from, f.to));
        }
        report.own_words_added += add_own_words(&mut mine.own_words, child.own_words);
        if mine.support.is_empty() && !child.support.is_empty() {
            mine.support = child.support;
            if mine.nation.is_england() {
                mine.nation = child.nation;
            }
            report.support_added += 1;
        }
    }
    (merged, report)
}

/// How many things the child said: the scale counts as one.
fn own_words_count(own: &OwnWords) -> usize {
    usize::from(!own.scale.is_empty())
        + own.my_days.len()
        + own.houses.len()
        + own.ideal_school.len()
}

/// Adds the file's own words that are not here yet (by id), returning how many came in.
fn add_own_words(mine: &mut OwnWords, file: OwnWords) -> usize {
    let mut added = 0;
    if mine.scale.is_empty() && !file.scale.is_empty() {
        mine.scale = file.scale;
        added += 1;
    }
    for day in file.my_days {
        if !mine.my_days.iter().any(|d| d.id == day.id) {
            let at = mine.my_days.partition_point(|d| d.date <= day.date);
            mine.my_days.insert(at, day);
            added += 1;
        }
    }
    for item in file.houses {
        if !mine.houses.iter().any(|i| i.id == item.id) {
            mine.houses.push(item);
            added += 1;
        }
    }
    for answer in file.ideal_school {
        if !mine.ideal_school.iter().any(|a| a.id == answer.id) {
            mine.ideal_school.push(answer);
            added += 1;
        }
    }
    added
}
