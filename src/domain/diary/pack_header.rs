//! The optional details at the top of a child's meeting pack (full name, year, school, date of
//! birth, how school can reach the parent): read from the child, and kept after checking each.

use chrono::NaiveDate;

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::diary::Child;

/// The optional details at the top of a meeting pack, filled in once per child; any may be empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackHeader {
    pub full_name: String,
    pub year_group: String,
    pub school: String,
    pub date_of_birth: Option<NaiveDate>,
    pub parent_contact: String,
}

impl Child {
    /// The details shown at the top of this child's meeting pack.
    pub fn pack_header(&self) -> PackHeader {
        PackHeader {
            full_name: self.full_name.clone(),
            year_group: self.year_group.clone(),
            school: self.school.clone(),
            date_of_birth: self.date_of_birth,
            parent_contact: self.parent_contact.clone(),
        }
    }

    /// Keeps new header details, trimmed, after checking each; nothing changes if one is refused.
    pub fn set_pack_header(&mut self, header: PackHeader) -> Result<(), Problem> {
        let PackHeader {
            full_name,
            year_group,
            school,
            date_of_birth,
            parent_contact,
        } = header;
        let texts = [
            ("full_name", full_name),
            ("year_group", year_group),
            ("school", school),
            ("parent_contact", parent_contact),
        ]
        .map(|(path, text)| (path, text.trim().to_string()));
        for (path, text) in &texts {
            check_text(path, text, limits::NAME_CHARS)?;
        }
        if let Some(born) = date_of_birth {
            check_date("date_of_birth", born)?;
        }
        let [full_name, year_group, school, parent_contact] = texts.map(|(_, text)| text);
        self.full_name = full_name;
        self.year_group = year_group;
        self.school = school;
        self.date_of_birth = date_of_birth;
        self.parent_contact = parent_contact;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_pack_header_is_trimmed_and_checked_as_a_whole() {
        let mut child = Child::new("c1", "Sam");
        let header = PackHeader {
            full_name: "  Samuel Reid ".into(),
            date_of_birth: Some(date(1)),
            ..PackHeader::default()
        };
        child.set_pack_header(header).unwrap();
        assert_eq!(child.full_name, "Samuel Reid");
        assert_eq!(child.pack_header().date_of_birth, Some(date(1)));
        let too_long = PackHeader {
            school: "x".repeat(limits::NAME_CHARS + 1),
            ..PackHeader::default()
        };
        assert_eq!(child.set_pack_header(too_long).unwrap_err().path, "school");
        assert_eq!(child.full_name, "Samuel Reid", "nothing changed");
        child.set_pack_header(PackHeader::default()).unwrap();
        assert_eq!(child.pack_header(), PackHeader::default());
    }
}
