//! The default locale of `toLocaleString()` and its kin when a script
//! names none. Node takes ICU's default, which comes from the environment
//! (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: `de_DE.UTF-8` writes
//! `1.234,5` and `1.7.2024`), so a run on a German desktop writes German
//! dates in Newman. postrun reads the same variables and uses the locale
//! when it writes both its dates and its numbers; any other (and `C`,
//! `POSIX`, an empty one) gives en-US, where ICU would use that locale or
//! its root.

/// The locales postrun writes both dates and numbers in.
const WRITTEN: [&str; 13] = [
    "en-US", "en-GB", "en-CA", "en-AU", "en-IN", "de-DE", "fr-FR", "es-ES", "it-IT", "ja-JP",
    "nl-NL", "pt-BR", "sv-SE",
];

/// A language alone (`LANG=de`), as ICU fills in its region.
const BY_LANGUAGE: [(&str, &str); 9] = [
    ("en", "en-US"),
    ("de", "de-DE"),
    ("fr", "fr-FR"),
    ("es", "es-ES"),
    ("it", "it-IT"),
    ("ja", "ja-JP"),
    ("nl", "nl-NL"),
    ("pt", "pt-BR"),
    ("sv", "sv-SE"),
];

/// The default locale for the environment `var` reads, as a BCP 47 tag.
pub fn locale_from_environment(var: impl Fn(&str) -> Option<String>) -> &'static str {
    // The first one set counts, even empty (ICU then uses its root
    // locale, which postrun does not write: en-US).
    let Some(posix) = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(var) else {
        return "en-US";
    };
    // `de_DE.UTF-8@euro`: the language and region only.
    let tag = posix
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    WRITTEN
        .into_iter()
        .find(|written| written.eq_ignore_ascii_case(&tag))
        .or_else(|| {
            BY_LANGUAGE
                .into_iter()
                .find(|(language, _)| language.eq_ignore_ascii_case(&tag))
                .map(|(_, locale)| locale)
        })
        .unwrap_or("en-US")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(vars: &[(&str, &str)]) -> &'static str {
        locale_from_environment(|name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        })
    }

    /// Node's choices, seen with Newman 6 under each environment.
    #[test]
    fn the_environment_names_the_locale_as_icu_reads_it() {
        assert_eq!(locale(&[]), "en-US");
        assert_eq!(locale(&[("LANG", "de_DE.UTF-8")]), "de-DE");
        assert_eq!(locale(&[("LC_MESSAGES", "de_DE.UTF-8")]), "de-DE");
        assert_eq!(
            locale(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "de_DE.UTF-8")]),
            "de-DE"
        );
        assert_eq!(locale(&[("LC_ALL", ""), ("LANG", "en_GB.UTF-8")]), "en-US");
        assert_eq!(locale(&[("LANG", "de")]), "de-DE");
        assert_eq!(locale(&[("LANG", "pt_BR.UTF-8")]), "pt-BR");
        assert_eq!(locale(&[("LANG", "nl_NL.UTF-8@euro")]), "nl-NL");
        assert_eq!(locale(&[("LANG", "C.UTF-8")]), "en-US");
        assert_eq!(locale(&[("LANG", "POSIX")]), "en-US");
        assert_eq!(locale(&[("LANG", "xx_YY.UTF-8")]), "en-US");
    }
}
