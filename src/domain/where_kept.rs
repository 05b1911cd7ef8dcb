//! Where this copy of the diary lives (a Safari tab, the Home Screen app, another browser), worked
//! out from what the browser tells about itself, and whether to explain Safari's 7-day rule.
//!
//! Safari on an iPhone or iPad clears a site's stored data after 7 days of Safari use without the
//! site being opened; a Home Screen app keeps its own storage and is not cleared that way. The two
//! never share a diary, so the app must know which side it is on.

/// What the browser says about itself, read by `web::browser`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrowserFacts {
    /// `navigator.userAgent`.
    pub user_agent: String,
    /// `navigator.maxTouchPoints`: an iPad asking for desktop sites says "Macintosh" but has touch.
    pub touch_points: u32,
    /// `navigator.standalone` (Safari's own flag) or `display-mode: standalone` matched.
    pub standalone: bool,
}

/// Where the diary on screen is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhereKept {
    /// A tab of Safari on an iPhone or iPad: cleared after 7 days of Safari use without a visit.
    SafariTab(AppleDevice),
    /// Opened from the Home Screen (an installed web app): storage of its own.
    HomeScreenApp,
    /// Any other browser.
    Browser,
}

/// Which Apple device, to name it in the parent's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppleDevice {
    IPhone,
    IPad,
}

impl AppleDevice {
    pub fn name(self) -> &'static str {
        match self {
            AppleDevice::IPhone => "iPhone",
            AppleDevice::IPad => "iPad",
        }
    }
}

/// Browsers on Apple devices that use WebKit but are not Safari, and apps' built-in browsers: they
/// cannot add to the Home Screen the way the card explains.
const NOT_SAFARI: [&str; 12] = [
    "CriOS",
    "FxiOS",
    "EdgiOS",
    "OPiOS",
    "OPT/",
    "YaBrowser",
    "DuckDuckGo",
    "GSA/",
    "FBAN",
    "FBAV",
    "Instagram",
    "Line/",
];

impl WhereKept {
    /// Works it out from the browser's facts.
    pub fn from_facts(facts: &BrowserFacts) -> WhereKept {
        if facts.standalone {
            return WhereKept::HomeScreenApp;
        }
        match apple_safari(facts) {
            Some(device) => WhereKept::SafariTab(device),
            None => WhereKept::Browser,
        }
    }

    pub fn is_home_screen_app(self) -> bool {
        self == WhereKept::HomeScreenApp
    }

    /// Whether to show the card that explains Safari's 7 days and the Home Screen.
    pub fn explain_safari_rule(self) -> bool {
        matches!(self, WhereKept::SafariTab(_))
    }

    /// "You are in Safari", said on the moving path.
    pub fn you_are_in(self) -> &'static str {
        match self {
            WhereKept::SafariTab(_) => "You are in Safari.",
            WhereKept::HomeScreenApp => "You are in the Home Screen app.",
            WhereKept::Browser => "You are in this browser.",
        }
    }

    /// Where the diary lives, for the storage panel.
    pub fn lives_in(self) -> String {
        match self {
            WhereKept::SafariTab(device) => format!(
                "In Safari on this {}. The Home Screen app, if you add it, keeps a diary of its own.",
                device.name()
            ),
            WhereKept::HomeScreenApp => {
                "In the Home Screen app on this phone. Safari keeps a separate diary of its own."
                    .into()
            }
            WhereKept::Browser => "In this browser on this device.".into(),
        }
    }
}

/// The Apple device, when the browser is Safari on an iPhone, iPod or iPad (an iPad may say it is
/// a Mac: then it is the touch that gives it away, as no Mac has a touch screen).
fn apple_safari(facts: &BrowserFacts) -> Option<AppleDevice> {
    let ua = facts.user_agent.as_str();
    let device = if ua.contains("iPhone") || ua.contains("iPod") {
        AppleDevice::IPhone
    } else if ua.contains("iPad") || (ua.contains("Macintosh") && facts.touch_points > 1) {
        AppleDevice::IPad
    } else {
        return None;
    };
    let safari = ua.contains("AppleWebKit/")
        && ua.contains("Version/")
        && ua.contains("Safari/")
        && !NOT_SAFARI.iter().any(|other| ua.contains(other));
    safari.then_some(device)
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    const IPAD_SAFARI: &str = "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1";
    const IPADOS_DESKTOP: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    const IPOD_SAFARI: &str = "Mozilla/5.0 (iPod touch; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.7 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1";
    const IPHONE_FIREFOX: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15";
    const IPHONE_EDGE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/123.0.2420.56 Mobile/15E148 Safari/605.1.15";
    const IPHONE_FACEBOOK: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/455.0.0.44.109;FBBV/590000000]";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36";
    const ANDROID_SAMSUNG: &str = "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36";
    const MAC_SAFARI: &str = IPADOS_DESKTOP;
    const WINDOWS_FIREFOX: &str =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0";

    fn kept(ua: &str, touch_points: u32, standalone: bool) -> WhereKept {
        WhereKept::from_facts(&BrowserFacts {
            user_agent: ua.into(),
            touch_points,
            standalone,
        })
    }

    #[test]
    fn safari_on_iphone_ipod_and_ipad_in_a_tab() {
        assert_eq!(
            kept(IPHONE_SAFARI, 5, false),
            WhereKept::SafariTab(AppleDevice::IPhone)
        );
        assert_eq!(
            kept(IPOD_SAFARI, 5, false),
            WhereKept::SafariTab(AppleDevice::IPhone)
        );
        assert_eq!(
            kept(IPAD_SAFARI, 5, false),
            WhereKept::SafariTab(AppleDevice::IPad)
        );
        assert!(kept(IPHONE_SAFARI, 5, false).explain_safari_rule());
    }

    #[test]
    fn an_ipad_asking_for_desktop_sites_is_told_by_its_touch() {
        assert_eq!(
            kept(IPADOS_DESKTOP, 5, false),
            WhereKept::SafariTab(AppleDevice::IPad)
        );
        assert_eq!(kept(MAC_SAFARI, 0, false), WhereKept::Browser);
        assert_eq!(kept(MAC_SAFARI, 1, false), WhereKept::Browser);
    }

    #[test]
    fn the_home_screen_app_is_never_told_to_add_itself() {
        for ua in [IPHONE_SAFARI, IPAD_SAFARI, IPADOS_DESKTOP, ANDROID_CHROME] {
            let here = kept(ua, 5, true);
            assert_eq!(here, WhereKept::HomeScreenApp);
            assert!(!here.explain_safari_rule());
        }
    }

    #[test]
    fn other_browsers_on_apple_devices_and_elsewhere_are_left_alone() {
        for ua in [
            IPHONE_CHROME,
            IPHONE_FIREFOX,
            IPHONE_EDGE,
            IPHONE_FACEBOOK,
            ANDROID_CHROME,
            ANDROID_SAMSUNG,
            WINDOWS_FIREFOX,
            "",
        ] {
            assert_eq!(kept(ua, 5, false), WhereKept::Browser, "{ua}");
        }
    }

    #[test]
    fn each_side_says_where_it_is() {
        assert_eq!(
            kept(IPHONE_SAFARI, 5, false).you_are_in(),
            "You are in Safari."
        );
        assert_eq!(
            kept(IPHONE_SAFARI, 5, true).you_are_in(),
            "You are in the Home Screen app."
        );
        assert!(kept(IPAD_SAFARI, 5, false).lives_in().contains("iPad"));
    }
}
