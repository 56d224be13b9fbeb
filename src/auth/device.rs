//! A coarse name for the device of a session, from the browser's User-Agent: only the
//! browser family and the operating system, enough to recognise "that is my phone"
//! without keeping the full, more identifying string.

/// (browser code, system code); the names are in the locale files (`browser-*`, `system-*`).
pub fn label(user_agent: &str) -> (&'static str, &'static str) {
    let ua = user_agent.to_ascii_lowercase();
    let browser = if ua.contains("edg/") {
        "edge"
    } else if ua.contains("firefox/") {
        "firefox"
    } else if ua.contains("chrome/") || ua.contains("chromium/") {
        "chrome"
    } else if ua.contains("safari/") {
        "safari"
    } else {
        "other"
    };
    let system = if ua.contains("android") {
        "android"
    } else if ua.contains("iphone") || ua.contains("ipad") {
        "ios"
    } else if ua.contains("windows") {
        "windows"
    } else if ua.contains("mac os") {
        "macos"
    } else if ua.contains("linux") {
        "linux"
    } else {
        "other"
    };
    (browser, system)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_browsers_are_recognised() {
        let firefox =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
        assert_eq!(label(firefox), ("firefox", "windows"));
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(label(iphone), ("safari", "ios"));
        assert_eq!(label(""), ("other", "other"));
    }
}
