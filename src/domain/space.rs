//! How full this browser's storage for Small Steps is, against the limit browsers set for a site's
//! localStorage, and when to warn.
//!
//! Browsers do not say how much localStorage a site may use. Chromium, Firefox and Safari allow
//! about 5,000,000 characters (UTF-16 units) for keys and values together; counted in bytes, as
//! the app does, that is about 10 MB. The figures here assume that limit.

/// The localStorage limit assumed, in bytes (5,000,000 UTF-16 units of 2 bytes).
pub const ASSUMED_QUOTA_BYTES: u64 = 10_000_000;

/// At this share of the limit (in percent) the parent is warned, well before saving fails.
pub const WARN_AT_PERCENT: u64 = 70;

/// How full the storage is, in whole percent of the assumed limit (never above 100).
pub fn percent_of_quota(bytes_used: u64) -> u64 {
    (bytes_used.saturating_mul(100) / ASSUMED_QUOTA_BYTES).min(100)
}

/// Whether the parent should be warned that space is running out.
pub fn nearly_full(bytes_used: u64) -> bool {
    percent_of_quota(bytes_used) >= WARN_AT_PERCENT
}

/// From this share the storage is nearly full: Today warns a second time.
pub const ALMOST_FULL_PERCENT: u64 = 90;

/// How far the storage has filled, for the warning on Today: 0 below [`WARN_AT_PERCENT`], then
/// that share, then [`ALMOST_FULL_PERCENT`].
pub fn fill_level(bytes_used: u64) -> u64 {
    match percent_of_quota(bytes_used) {
        p if p >= ALMOST_FULL_PERCENT => ALMOST_FULL_PERCENT,
        p if p >= WARN_AT_PERCENT => WARN_AT_PERCENT,
        _ => 0,
    }
}

/// Whether Today should warn: once per level reached, so a parent who read the warning at 70% is
/// told again only at 90%, or after room was made and the storage filled again (the level last
/// warned about follows the storage down, see [`fill_level`]).
pub fn warn_on_today(bytes_used: u64, last_warned_level: u64) -> bool {
    fill_level(bytes_used) > last_warned_level
}

/// A size in words, as the parent reads it: "850 KB", "2.3 MB" (kilobytes rounded up, so a
/// small value is never "0 KB").
pub fn size_words(bytes: u64) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        // Whole numbers only: formatting a float would add its code to the first download.
        let tenths = (bytes + 50_000) / 100_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_from_seventy_percent() {
        assert_eq!(percent_of_quota(0), 0);
        assert_eq!(percent_of_quota(6_999_999), 69);
        assert!(!nearly_full(6_999_999));
        assert!(nearly_full(7_000_000));
        assert_eq!(percent_of_quota(9_990_000), 99);
        assert_eq!(percent_of_quota(u64::MAX), 100);
    }

    #[test]
    fn today_warns_once_per_level_from_the_same_seventy_percent() {
        assert!(!warn_on_today(6_999_999, 0));
        assert!(warn_on_today(7_000_000, 0));
        assert!(!warn_on_today(8_000_000, WARN_AT_PERCENT));
        assert!(warn_on_today(9_000_000, WARN_AT_PERCENT));
        assert!(!warn_on_today(9_900_000, ALMOST_FULL_PERCENT));
        assert_eq!(fill_level(5_000_000), 0);
        assert_eq!(fill_level(7_500_000), WARN_AT_PERCENT);
        // The same threshold as the Backup panel's warning.
        assert_eq!(fill_level(7_000_000) > 0, nearly_full(7_000_000));
        assert_eq!(fill_level(6_999_999) > 0, nearly_full(6_999_999));
    }

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(size_words(0), "0 KB");
        assert_eq!(size_words(1), "1 KB");
        assert_eq!(size_words(850_000), "850 KB");
        assert_eq!(size_words(999_999), "1000 KB");
        assert_eq!(size_words(1_000_000), "1.0 MB");
        assert_eq!(size_words(2_349_999), "2.3 MB");
        assert_eq!(size_words(2_350_000), "2.4 MB");
        assert_eq!(size_words(10_000_000), "10.0 MB");
    }
}
