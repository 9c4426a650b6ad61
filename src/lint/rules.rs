//! The rules `lint` checks, each with its stable id, severity and usual fix.

use super::Severity;

/// One lint rule. Its id is what `--allow`, the config file and every
/// output format use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// A credential stored as a plain value.
    SecretInPlainValue,
    /// A variable named like a credential that is not typed `secret`.
    SecretNameNotSecretType,
    /// A `secret`-typed variable that still has a value in the file.
    SecretWithValueInExport,
    /// A `{{variable}}` nothing defines.
    UndefinedVariable,
    /// A variable nothing uses.
    UnusedVariable,
    /// The same key defined twice in one file.
    DuplicateKey,
    /// A variable used, but only defined disabled.
    DisabledButReferenced,
    /// A variable a URL or auth needs, defined empty.
    EmptyRequired,
    /// A plain `http://` URL to another machine.
    InsecureUrl,
    /// A `{{vault:…}}` reference, and where its value must come from.
    VaultReference,
    /// A value its declared type reads as something else (`NaN`, `true`).
    TypeMismatch,
}

impl Rule {
    /// Every rule, in the order reports list them.
    pub const ALL: [Rule; 11] = [
        Rule::SecretInPlainValue,
        Rule::SecretNameNotSecretType,
        Rule::SecretWithValueInExport,
        Rule::UndefinedVariable,
        Rule::UnusedVariable,
        Rule::DuplicateKey,
        Rule::DisabledButReferenced,
        Rule::EmptyRequired,
        Rule::InsecureUrl,
        Rule::VaultReference,
        Rule::TypeMismatch,
    ];

    /// The stable id, e.g. `secret-in-plain-value`.
    pub fn id(self) -> &'static str {
        match self {
            Rule::SecretInPlainValue => "secret-in-plain-value",
            Rule::SecretNameNotSecretType => "secret-name-not-secret-type",
            Rule::SecretWithValueInExport => "secret-with-value-in-export",
            Rule::UndefinedVariable => "undefined-variable",
            Rule::UnusedVariable => "unused-variable",
            Rule::DuplicateKey => "duplicate-key",
            Rule::DisabledButReferenced => "disabled-but-referenced",
            Rule::EmptyRequired => "empty-required",
            Rule::InsecureUrl => "insecure-url",
            Rule::VaultReference => "vault-reference",
            Rule::TypeMismatch => "type-mismatch",
        }
    }

    /// The rule with this id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.id() == id)
    }

    /// How much a finding of this rule matters.
    pub fn severity(self) -> Severity {
        match self {
            Rule::SecretInPlainValue => Severity::Error,
            Rule::SecretNameNotSecretType
            | Rule::SecretWithValueInExport
            | Rule::UndefinedVariable
            | Rule::DuplicateKey
            | Rule::DisabledButReferenced
            | Rule::EmptyRequired
            | Rule::InsecureUrl
            | Rule::TypeMismatch => Severity::Warning,
            Rule::UnusedVariable | Rule::VaultReference => Severity::Info,
        }
    }

    /// The usual fix; a finding may give a more precise one.
    pub fn hint(self) -> &'static str {
        match self {
            Rule::SecretInPlainValue => {
                "type it `secret` and empty its value before sharing (postrun lint --write-shareable OUT.json does both)"
            }
            Rule::SecretNameNotSecretType => {
                "type it `secret`, so Postman keeps its value out of shared copies"
            }
            Rule::SecretWithValueInExport => {
                "Postman exports secret values too: empty it before sharing"
            }
            Rule::UndefinedVariable => "define it in the environment, or pass it with --env-var",
            Rule::UnusedVariable => "remove it if nothing else needs it",
            Rule::DuplicateKey => "keep one definition",
            Rule::DisabledButReferenced => "enable the definition, or remove the reference",
            Rule::EmptyRequired => "fill it at run time from a CI secret with --secret-env",
            Rule::InsecureUrl => "use https for anything not on this machine",
            Rule::VaultReference => "give its value with --vault-file or POSTRUN_VAULT_<NAME>",
            Rule::TypeMismatch => "write the value the type wants, or type it `default`",
        }
    }

    /// Where to read more: Postman's documentation of what the rule is
    /// about (secret-typed values, variables, vault secrets), or OWASP's
    /// page on cleartext transport.
    pub fn help_uri(self) -> &'static str {
        const SENSITIVE: &str =
            "https://learning.postman.com/docs/sending-requests/variables/environment-variables/";
        const VARIABLES: &str =
            "https://learning.postman.com/docs/sending-requests/variables/variables/";
        match self {
            Rule::SecretInPlainValue
            | Rule::SecretNameNotSecretType
            | Rule::SecretWithValueInExport
            | Rule::EmptyRequired => SENSITIVE,
            Rule::UndefinedVariable
            | Rule::UnusedVariable
            | Rule::DuplicateKey
            | Rule::DisabledButReferenced
            | Rule::TypeMismatch => VARIABLES,
            Rule::InsecureUrl => {
                "https://owasp.org/www-community/vulnerabilities/Insecure_Transport"
            }
            Rule::VaultReference => {
                "https://learning.postman.com/docs/use/postman-vault/use-vault-secrets/"
            }
        }
    }

    /// One sentence on what the rule finds.
    pub fn description(self) -> &'static str {
        match self {
            Rule::SecretInPlainValue => "A credential is stored as a plain value.",
            Rule::SecretNameNotSecretType => {
                "A variable named like a credential is not typed secret."
            }
            Rule::SecretWithValueInExport => "A secret-typed variable still holds a value.",
            Rule::UndefinedVariable => "A {{variable}} is used that nothing defines.",
            Rule::UnusedVariable => "A variable is defined that nothing uses.",
            Rule::DuplicateKey => "The same key is defined twice in one file.",
            Rule::DisabledButReferenced => "A variable is used but only defined disabled.",
            Rule::EmptyRequired => "A variable that a URL or auth needs is empty.",
            Rule::InsecureUrl => "A plain http:// URL points at another machine.",
            Rule::VaultReference => "A {{vault:...}} reference needs its value at run time.",
            Rule::TypeMismatch => "A variable's declared type reads its value as something else.",
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_id(rule.id()), Some(rule));
        }
        let mut ids: Vec<_> = Rule::ALL.iter().map(|r| r.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), Rule::ALL.len());
        assert_eq!(Rule::from_id("no-such-rule"), None);
    }
}
