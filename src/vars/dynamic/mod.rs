//! Postman's dynamic variables (`{{$guid}}`, `{{$randomEmail}}`, …): each
//! occurrence gets a fresh value of the documented shape. Values come from
//! one thread-local generator, so `--seed` makes a run's values repeatable.

use fake::locales::{Data, EN};
use fastrand as rng;

mod data;

use data::*;

fn pick<T: Copy>(list: &[T]) -> T {
    list[rng::usize(..list.len())]
}

fn digits(n: usize) -> String {
    (0..n).map(|_| char::from(b'0' + rng::u8(0..10))).collect()
}

fn letters(n: usize) -> String {
    (0..n).map(|_| rng::uppercase()).collect()
}

fn alphanumeric(n: usize) -> String {
    (0..n)
        .map(|_| rng::alphanumeric().to_ascii_lowercase())
        .collect()
}

fn hex(n: usize) -> String {
    (0..n)
        .map(|_| char::from_digit(rng::u32(0..16), 16).unwrap_or('0'))
        .collect()
}

fn uuid() -> String {
    let mut bytes = [0u8; 16];
    bytes.iter_mut().for_each(|b| *b = rng::u8(..));
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// `word` with its first letter in upper case (lodash's `upperFirst`).
pub(crate) fn title(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn join(n: usize, part: impl Fn() -> String, separator: &str) -> String {
    (0..n).map(|_| part()).collect::<Vec<_>>().join(separator)
}

/// A date `days` days from now (give or take half a day), as JavaScript's
/// `String(new Date())` writes it in UTC, which is what Newman substitutes.
fn date(days: i64) -> String {
    let when =
        chrono::Utc::now() + chrono::Duration::seconds(days * 86_400 + rng::i64(-43_200..43_200));
    when.format("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
        .to_string()
}

fn first_name() -> &'static str {
    pick(EN::NAME_FIRST_NAME)
}

fn last_name() -> &'static str {
    pick(EN::NAME_LAST_NAME)
}

/// faker's three user-name patterns: `Ada42`, `Ada.Lovelace`, `Ada_Lovelace7`.
fn user_name() -> String {
    let name = match rng::u8(0..3) {
        0 => format!("{}{}", first_name(), rng::u8(0..100)),
        1 => format!("{}{}{}", first_name(), pick(&[".", "_"]), last_name()),
        _ => format!(
            "{}{}{}{}",
            first_name(),
            pick(&[".", "_"]),
            last_name(),
            rng::u8(0..100)
        ),
    };
    name.replace(['\'', ' '], "")
}

fn domain_word() -> String {
    first_name()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase()
}

fn domain_name() -> String {
    format!("{}.{}", domain_word(), pick(EN::INTERNET_DOMAIN_SUFFIX))
}

fn city() -> String {
    match rng::u8(0..4) {
        0 => format!(
            "{} {}{}",
            pick(EN::ADDRESS_CITY_PREFIX),
            first_name(),
            pick(EN::ADDRESS_CITY_SUFFIX)
        ),
        1 => format!("{} {}", pick(EN::ADDRESS_CITY_PREFIX), first_name()),
        2 => format!("{}{}", first_name(), pick(EN::ADDRESS_CITY_SUFFIX)),
        _ => format!("{}{}", last_name(), pick(EN::ADDRESS_CITY_SUFFIX)),
    }
}

fn street_name() -> String {
    let name = if rng::bool() {
        first_name()
    } else {
        last_name()
    };
    format!("{name} {}", pick(EN::ADDRESS_STREET_SUFFIX))
}

fn company_name() -> String {
    match rng::u8(0..3) {
        0 => format!("{} {}", last_name(), pick(EN::COMPANY_SUFFIX)),
        1 => format!("{}-{}", last_name(), last_name()),
        _ => format!("{}, {} and {}", last_name(), last_name(), last_name()),
    }
}

fn full_name() -> String {
    match rng::u8(0..10) {
        0 => format!("{} {} {}", pick(EN::NAME_TITLE), first_name(), last_name()),
        1 => format!("{} {} {}", first_name(), last_name(), pick(EN::NAME_SUFFIX)),
        _ => format!("{} {}", first_name(), last_name()),
    }
}

fn bitcoin_address() -> String {
    const BASE58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let body: String = (0..rng::usize(24..34))
        .map(|_| char::from(pick(BASE58)))
        .collect();
    format!("{}{body}", pick(&["1", "3"]))
}

fn user_agent() -> String {
    let system = pick(USER_AGENT_SYSTEMS);
    match rng::u8(0..3) {
        0 => format!(
            "Mozilla/5.0 ({system}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{}.0.{}.{} Safari/537.36",
            rng::u16(60..131),
            rng::u16(1000..7000),
            rng::u8(0..200)
        ),
        1 => {
            let version = rng::u8(50..131);
            format!("Mozilla/5.0 ({system}; rv:{version}.0) Gecko/20100101 Firefox/{version}.0")
        }
        _ => {
            let webkit = format!(
                "{}.{}.{}",
                rng::u16(600..616),
                rng::u8(1..50),
                rng::u8(1..20)
            );
            format!(
                "Mozilla/5.0 ({system}) AppleWebKit/{webkit} (KHTML, like Gecko) Version/{}.{} Safari/{webkit}",
                rng::u8(10..18),
                rng::u8(0..7)
            )
        }
    }
}

fn lorem_word() -> &'static str {
    pick(EN::LOREM_WORD)
}

fn lorem_sentence() -> String {
    title(&join(rng::usize(3..11), || lorem_word().to_string(), " ")) + "."
}

fn lorem_paragraph() -> String {
    join(rng::usize(3..7), lorem_sentence, " ")
}

/// One word from one of the word lists (faker's `random.word`): a single
/// word even where the list holds phrases.
fn random_word() -> String {
    let lists: &[&[&str]] = &[
        DEPARTMENTS,
        PRODUCTS,
        PRODUCT_ADJECTIVES,
        MATERIALS,
        COLORS,
        EN::COMPANY_BUZZWORD_HEAD,
        EN::COMPANY_BUZZWORD_MIDDLE,
        EN::COMPANY_BUZZWORD_TAIL,
        EN::COMPANY_BS_VERBS,
        EN::COMPANY_BS_ADJ,
        EN::COMPANY_BS_NOUNS,
        EN::ADDRESS_STREET_SUFFIX,
        EN::ADDRESS_COUNTRY,
        EN::ADDRESS_STATE,
        EN::CURRENCY_NAME,
        BANK_ACCOUNT_KINDS,
        HACKER_ADJECTIVES,
        HACKER_NOUNS,
        ABBREVIATIONS,
        JOB_DESCRIPTORS,
        JOB_AREAS,
        EN::JOB_POSITION,
    ];
    let phrase = pick(pick(lists));
    let words: Vec<&str> = phrase.split(' ').collect();
    pick(&words).to_string()
}

fn hacker_phrase() -> String {
    let template = pick(PHRASES);
    let mut phrase = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        phrase.push_str(&rest[..open]);
        let slot = rest[open + 1..].chars().next().unwrap_or(' ');
        let value = match slot {
            'a' => pick(ABBREVIATIONS).to_string(),
            'j' => pick(HACKER_ADJECTIVES).to_string(),
            'n' => pick(HACKER_NOUNS).to_string(),
            'v' => pick(HACKER_VERBS).0.to_string(),
            _ => pick(HACKER_VERBS).1.to_string(),
        };
        phrase.push_str(&if open == 0 { title(&value) } else { value });
        rest = rest.get(open + 3..).unwrap_or("");
    }
    phrase + rest
}

/// A MIME type from the `fake` crate's list of registered types, drawn
/// with this thread's generator so `--seed` still repeats it.
fn mime_type() -> String {
    use fake::Fake;
    use fake::rand::SeedableRng;
    let mut seeded = fake::rand::rngs::SmallRng::seed_from_u64(rng::u64(..));
    fake::faker::filesystem::raw::MimeType(EN).fake_with_rng(&mut seeded)
}

/// One of the first `most` extensions registered for `mime`, if any (the
/// first ones are the usual ones: `txt` before `conf` for `text/plain`).
fn extension_of(mime: &str, most: usize) -> Option<&'static str> {
    let extensions = mime_guess::get_mime_extensions_str(mime)?;
    // mime_guess also lists compound ones (`exe.config`), which faker's
    // mime-db never gives.
    let usual: Vec<&'static str> = extensions[..extensions.len().min(most)]
        .iter()
        .copied()
        .filter(|extension| !extension.contains('.'))
        .collect();
    (!usual.is_empty()).then(|| pick(&usual))
}

fn file_extension() -> String {
    (0..50)
        .find_map(|_| extension_of(&mime_type(), usize::MAX))
        .unwrap_or("bin")
        .to_string()
}

fn common_file_extension() -> &'static str {
    extension_of(pick(COMMON_MIME_TYPES), 2).unwrap_or("txt")
}

/// Two words joined by `_`, each kept to letters, digits and `-` (a word
/// such as `24/7` must not add a folder to a file name).
fn file_stem() -> String {
    let word = || {
        let word: String = random_word()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if word.is_empty() {
            pick(PRODUCTS).to_string()
        } else {
            word
        }
    };
    join(2, word, "_").to_lowercase()
}

/// A fresh value for the dynamic variable `name` (without the `$`), or `None`
/// when postrun does not know it (it then stays unresolved).
pub fn generate(name: &str) -> Option<String> {
    basics(name)
        .or_else(|| people_and_places(name))
        .or_else(|| business_and_files(name))
        .or_else(|| products_and_lorem(name))
}

/// Identifiers, times, numbers and the machine-ish values.
fn basics(name: &str) -> Option<String> {
    let value = match name {
        "guid" | "randomUUID" => uuid(),
        "timestamp" => chrono::Utc::now().timestamp().to_string(),
        "isoTimestamp" => chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string(),
        "randomAlphaNumeric" => alphanumeric(1),
        "randomBoolean" => rng::bool().to_string(),
        "randomInt" => rng::u32(0..=1000).to_string(),
        "randomColor" => pick(COLORS).to_string(),
        "randomHexColor" => format!("#{}", hex(6)),
        "randomAbbreviation" => pick(ABBREVIATIONS).to_string(),
        "randomIP" => format!(
            "{}.{}.{}.{}",
            rng::u8(..),
            rng::u8(..),
            rng::u8(..),
            rng::u8(..)
        ),
        "randomIPV6" => join(8, || hex(4), ":"),
        "randomMACAddress" => join(6, || hex(2), ":"),
        "randomPassword" => (0..15)
            .map(|_| match rng::u8(0..63) {
                62 => '_',
                _ => rng::alphanumeric(),
            })
            .collect(),
        "randomLocale" => pick(LOCALES).to_string(),
        "randomUserAgent" => user_agent(),
        "randomProtocol" => pick(PROTOCOLS).to_string(),
        "randomSemver" => format!("{}.{}.{}", rng::u8(0..10), rng::u8(0..10), rng::u8(0..10)),
        _ => return None,
    };
    Some(value)
}

/// People, jobs, addresses and money.
fn people_and_places(name: &str) -> Option<String> {
    let value = match name {
        "randomFirstName" => first_name().to_string(),
        "randomLastName" => last_name().to_string(),
        "randomFullName" => full_name(),
        "randomNamePrefix" => pick(EN::NAME_TITLE).to_string(),
        "randomNameSuffix" => pick(EN::NAME_SUFFIX).to_string(),
        "randomJobArea" => pick(JOB_AREAS).to_string(),
        "randomJobDescriptor" => pick(JOB_DESCRIPTORS).to_string(),
        "randomJobTitle" => format!(
            "{} {} {}",
            pick(JOB_DESCRIPTORS),
            pick(JOB_AREAS),
            pick(EN::JOB_POSITION)
        ),
        "randomJobType" => pick(EN::JOB_POSITION).to_string(),
        "randomPhoneNumber" => format!("{}-{}-{}", digits(3), digits(3), digits(4)),
        "randomPhoneNumberExt" => {
            format!("{}-{}-{}-{}", digits(2), digits(3), digits(3), digits(4))
        }
        "randomCity" => city(),
        "randomStreetName" => street_name(),
        "randomStreetAddress" => format!("{} {}", digits(rng::usize(3..6)), street_name()),
        "randomCountry" => pick(EN::ADDRESS_COUNTRY).to_string(),
        "randomCountryCode" => pick(EN::ADDRESS_COUNTRY_CODE).to_string(),
        "randomLatitude" => format!("{:.4}", rng::f64() * 180.0 - 90.0),
        "randomLongitude" => format!("{:.4}", rng::f64() * 360.0 - 180.0),
        "randomAvatarImage" => format!(
            "https://cloudflare-ipfs.com/ipfs/avatar/{}.jpg",
            rng::u16(1..10_000)
        ),
        "randomImageUrl" => "http://placeimg.com/640/480".to_string(),
        "randomImageDataUri" => "data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%221%22%20height%3D%221%22%2F%3E".to_string(),
        "randomBankAccount" => digits(8),
        "randomBankAccountName" => format!("{} Account", pick(BANK_ACCOUNT_KINDS)),
        "randomCreditCardMask" => digits(4),
        "randomBankAccountBic" => format!(
            "{}{}{}{}",
            letters(4),
            pick(EN::ADDRESS_COUNTRY_CODE),
            alphanumeric(2).to_ascii_uppercase(),
            if rng::bool() { digits(3) } else { String::new() }
        ),
        "randomBankAccountIban" => format!(
            "{}{}{}",
            pick(EN::ADDRESS_COUNTRY_CODE),
            digits(2),
            digits(rng::usize(12..27))
        ),
        "randomTransactionType" => pick(TRANSACTIONS).to_string(),
        "randomCurrencyCode" => pick(EN::CURRENCY_CODE).to_string(),
        "randomCurrencyName" => pick(EN::CURRENCY_NAME).to_string(),
        "randomCurrencySymbol" => pick(CURRENCY_SYMBOLS).to_string(),
        _ => return None,
    };
    Some(value)
}

/// Companies, databases, dates, domains and files.
fn business_and_files(name: &str) -> Option<String> {
    let value = match name {
        "randomBitcoin" => bitcoin_address(),
        "randomCompanyName" => company_name(),
        "randomCompanySuffix" => pick(EN::COMPANY_SUFFIX).to_string(),
        "randomBs" => format!(
            "{} {} {}",
            pick(EN::COMPANY_BS_VERBS),
            pick(EN::COMPANY_BS_ADJ),
            pick(EN::COMPANY_BS_NOUNS)
        ),
        "randomBsAdjective" => pick(EN::COMPANY_BS_ADJ).to_string(),
        "randomBsBuzz" => pick(EN::COMPANY_BS_VERBS).to_string(),
        "randomBsNoun" => pick(EN::COMPANY_BS_NOUNS).to_string(),
        "randomCatchPhrase" => format!(
            "{} {} {}",
            pick(EN::COMPANY_BUZZWORD_HEAD),
            pick(EN::COMPANY_BUZZWORD_MIDDLE),
            pick(EN::COMPANY_BUZZWORD_TAIL)
        ),
        "randomCatchPhraseAdjective" => pick(EN::COMPANY_BUZZWORD_HEAD).to_string(),
        "randomCatchPhraseDescriptor" => pick(EN::COMPANY_BUZZWORD_MIDDLE).to_string(),
        "randomCatchPhraseNoun" => pick(EN::COMPANY_BUZZWORD_TAIL).to_string(),
        "randomDatabaseColumn" => pick(DB_COLUMNS).to_string(),
        "randomDatabaseType" => pick(DB_TYPES).to_string(),
        "randomDatabaseCollation" => pick(DB_COLLATIONS).to_string(),
        "randomDatabaseEngine" => pick(DB_ENGINES).to_string(),
        "randomDateFuture" => date(rng::i64(1..365)),
        "randomDatePast" => date(-rng::i64(1..365)),
        "randomDateRecent" => date(-rng::i64(0..2)),
        "randomWeekday" => pick(WEEKDAYS).to_string(),
        "randomMonth" => pick(MONTHS).to_string(),
        "randomDomainName" => domain_name(),
        "randomDomainSuffix" => pick(EN::INTERNET_DOMAIN_SUFFIX).to_string(),
        "randomDomainWord" => domain_word(),
        "randomEmail" => format!("{}@{}", user_name(), pick(EN::INTERNET_FREE_EMAIL_PROVIDER)),
        "randomExampleEmail" => format!("{}@{}", user_name(), pick(EXAMPLE_DOMAINS)),
        "randomUserName" => user_name(),
        "randomUrl" => format!("{}://{}", pick(PROTOCOLS), domain_name()),
        "randomFileName" => format!("{}.{}", file_stem(), file_extension()),
        "randomCommonFileName" => format!("{}.{}", file_stem(), common_file_extension()),
        "randomFileType" => pick(MEDIA_TYPES).to_string(),
        "randomCommonFileType" => pick(COMMON_MIME_TYPES)
            .split('/')
            .next()
            .unwrap_or("application")
            .to_string(),
        "randomFileExt" => file_extension(),
        "randomCommonFileExt" => common_file_extension().to_string(),
        "randomFilePath" => format!("{}/{}.{}", pick(DIRECTORIES), file_stem(), file_extension()),
        "randomDirectoryPath" => pick(DIRECTORIES).to_string(),
        "randomMimeType" => mime_type(),
        _ => return None,
    };
    Some(value)
}

/// Products, words, lorem text and topic images.
fn products_and_lorem(name: &str) -> Option<String> {
    let value = match name {
        "randomPrice" => format!("{}.{:02}", rng::u16(0..1000), rng::u8(0..100)),
        "randomProduct" => pick(PRODUCTS).to_string(),
        "randomProductAdjective" => pick(PRODUCT_ADJECTIVES).to_string(),
        "randomProductMaterial" => pick(MATERIALS).to_string(),
        "randomProductName" => format!(
            "{} {} {}",
            pick(PRODUCT_ADJECTIVES),
            pick(MATERIALS),
            pick(PRODUCTS)
        ),
        "randomDepartment" => pick(DEPARTMENTS).to_string(),
        "randomAdjective" => pick(HACKER_ADJECTIVES).to_string(),
        "randomNoun" => pick(HACKER_NOUNS).to_string(),
        "randomVerb" => pick(HACKER_VERBS).0.to_string(),
        "randomIngverb" => pick(HACKER_VERBS).1.to_string(),
        "randomPhrase" => hacker_phrase(),
        "randomWord" => random_word(),
        "randomWords" => join(rng::usize(1..4), random_word, " "),
        "randomLoremWord" => lorem_word().to_string(),
        "randomLoremWords" => join(3, || lorem_word().to_string(), " "),
        "randomLoremSentence" => lorem_sentence(),
        "randomLoremSentences" => join(rng::usize(2..7), lorem_sentence, " "),
        "randomLoremParagraph" => lorem_paragraph(),
        "randomLoremParagraphs" => join(3, lorem_paragraph, "\n \r"),
        "randomLoremText" => match rng::u8(0..4) {
            0 => lorem_sentence(),
            1 => lorem_paragraph(),
            2 => join(rng::usize(2..7), lorem_sentence, " "),
            _ => join(3, lorem_paragraph, "\n \r"),
        },
        "randomLoremSlug" => join(3, || lorem_word().to_string(), "-"),
        "randomLoremLines" => join(rng::usize(1..6), lorem_sentence, "\n"),
        other => {
            let topic = other
                .strip_prefix("random")?
                .strip_suffix("Image")?
                .to_lowercase();
            if !IMAGE_TOPICS.contains(&topic.as_str()) {
                return None;
            }
            format!("http://placeimg.com/640/480/{topic}")
        }
    };
    Some(value)
}

/// Makes every dynamic value of this thread repeatable (`--seed`).
pub fn seed(seed: u64) {
    rng::seed(seed);
}

/// Every dynamic variable postrun knows, for documentation and tests.
pub const NAMES: &[&str] = &[
    "guid",
    "timestamp",
    "isoTimestamp",
    "randomUUID",
    "randomAlphaNumeric",
    "randomBoolean",
    "randomInt",
    "randomColor",
    "randomHexColor",
    "randomAbbreviation",
    "randomIP",
    "randomIPV6",
    "randomMACAddress",
    "randomPassword",
    "randomLocale",
    "randomUserAgent",
    "randomProtocol",
    "randomSemver",
    "randomFirstName",
    "randomLastName",
    "randomFullName",
    "randomNamePrefix",
    "randomNameSuffix",
    "randomJobArea",
    "randomJobDescriptor",
    "randomJobTitle",
    "randomJobType",
    "randomPhoneNumber",
    "randomPhoneNumberExt",
    "randomCity",
    "randomStreetName",
    "randomStreetAddress",
    "randomCountry",
    "randomCountryCode",
    "randomLatitude",
    "randomLongitude",
    "randomAvatarImage",
    "randomImageUrl",
    "randomAbstractImage",
    "randomAnimalsImage",
    "randomBusinessImage",
    "randomCatsImage",
    "randomCityImage",
    "randomFoodImage",
    "randomNightlifeImage",
    "randomFashionImage",
    "randomPeopleImage",
    "randomNatureImage",
    "randomSportsImage",
    "randomTransportImage",
    "randomImageDataUri",
    "randomBankAccount",
    "randomBankAccountName",
    "randomCreditCardMask",
    "randomBankAccountBic",
    "randomBankAccountIban",
    "randomTransactionType",
    "randomCurrencyCode",
    "randomCurrencyName",
    "randomCurrencySymbol",
    "randomBitcoin",
    "randomCompanyName",
    "randomCompanySuffix",
    "randomBs",
    "randomBsAdjective",
    "randomBsBuzz",
    "randomBsNoun",
    "randomCatchPhrase",
    "randomCatchPhraseAdjective",
    "randomCatchPhraseDescriptor",
    "randomCatchPhraseNoun",
    "randomDatabaseColumn",
    "randomDatabaseType",
    "randomDatabaseCollation",
    "randomDatabaseEngine",
    "randomDateFuture",
    "randomDatePast",
    "randomDateRecent",
    "randomWeekday",
    "randomMonth",
    "randomDomainName",
    "randomDomainSuffix",
    "randomDomainWord",
    "randomEmail",
    "randomExampleEmail",
    "randomUserName",
    "randomUrl",
    "randomFileName",
    "randomFileType",
    "randomFileExt",
    "randomCommonFileName",
    "randomCommonFileType",
    "randomCommonFileExt",
    "randomFilePath",
    "randomDirectoryPath",
    "randomMimeType",
    "randomPrice",
    "randomProduct",
    "randomProductAdjective",
    "randomProductMaterial",
    "randomProductName",
    "randomDepartment",
    "randomNoun",
    "randomVerb",
    "randomIngverb",
    "randomAdjective",
    "randomWord",
    "randomWords",
    "randomPhrase",
    "randomLoremWord",
    "randomLoremWords",
    "randomLoremSentence",
    "randomLoremSentences",
    "randomLoremParagraph",
    "randomLoremParagraphs",
    "randomLoremText",
    "randomLoremSlug",
    "randomLoremLines",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn all_match(name: &str, check: impl Fn(&str) -> bool) {
        for _ in 0..20 {
            let value = generate(name).unwrap();
            assert!(check(&value), "${name} gave {value:?}");
        }
    }

    /// The shape of each variable's values (Newman's, where the format is
    /// faker's).
    fn shape(name: &str) -> &'static str {
        match name {
            "guid" | "randomUUID" => {
                r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
            }
            "timestamp" => r"^\d{10}$",
            "isoTimestamp" => r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$",
            "randomAlphaNumeric" => r"^[a-z0-9]$",
            "randomBoolean" => r"^(true|false)$",
            "randomInt" => r"^(\d{1,3}|1000)$",
            "randomHexColor" => r"^#[0-9a-f]{6}$",
            "randomIP" => r"^(\d{1,3}\.){3}\d{1,3}$",
            "randomIPV6" => r"^([0-9a-f]{4}:){7}[0-9a-f]{4}$",
            "randomMACAddress" => r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$",
            "randomPassword" => r"^\w{15}$",
            "randomSemver" => r"^\d\.\d\.\d$",
            "randomPhoneNumber" => r"^\d{3}-\d{3}-\d{4}$",
            "randomPhoneNumberExt" => r"^\d{2}-\d{3}-\d{3}-\d{4}$",
            "randomStreetAddress" => r"^\d{3,5} \S+ [A-Z]\w+$",
            "randomCountryCode" => r"^[A-Z]{2}$",
            "randomLocale" => r"^[a-z]{2}$",
            "randomLatitude" | "randomLongitude" => r"^-?\d{1,3}\.\d{4}$",
            "randomBankAccount" => r"^\d{8}$",
            "randomCreditCardMask" => r"^\d{4}$",
            "randomBankAccountBic" => r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(\d{3})?$",
            "randomBankAccountIban" => r"^[A-Z]{2}\d{14,28}$",
            "randomCurrencyCode" => r"^[A-Z]{3}$",
            "randomBitcoin" => r"^[13][1-9A-HJ-NP-Za-km-z]{24,33}$",
            "randomDateFuture" | "randomDatePast" | "randomDateRecent" => {
                r"^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0000 \(Coordinated Universal Time\)$"
            }
            "randomDomainName" => r"^[a-z-]+\.[a-z]+$",
            "randomDomainWord" => r"^[a-z-]+$",
            "randomDomainSuffix" => r"^[a-z]{2,4}$",
            "randomFileExt" | "randomCommonFileExt" => r"^[a-z0-9+_-]+$",
            "randomEmail" | "randomExampleEmail" => {
                r"^[A-Za-z]+([._][A-Za-z-]+)?\d{0,2}@[a-z]+\.[a-z]+$"
            }
            "randomUserName" => r"^[A-Za-z]+([._][A-Za-z-]+)?\d{0,2}$",
            "randomUrl" => r"^https?://[a-z-]+\.[a-z]+$",
            "randomFileName" | "randomCommonFileName" => r"^[a-z0-9-]+_[a-z0-9-]+\.[a-z0-9+_-]+$",
            "randomFilePath" => r"^(/[\w+.-]+)+/[a-z0-9-]+_[a-z0-9-]+\.[a-z0-9+_-]+$",
            "randomDirectoryPath" => r"^(/[\w+.-]+)+$",
            "randomMimeType" => r"^[a-z-]+/[\w.+-]+$",
            "randomPrice" => r"^\d{1,3}\.\d{2}$",
            "randomAvatarImage" | "randomImageUrl" => r"^https?://\S+$",
            "randomImageDataUri" => r"^data:image/svg\+xml;charset=UTF-8,\S+$",
            "randomLoremSlug" => r"^[a-z]+-[a-z]+-[a-z]+$",
            "randomUserAgent" => r"^Mozilla/5\.0 \(.+\) .+$",
            "randomDatabaseCollation" => r"^[a-z0-9]+_[a-z0-9_]+$",
            "randomDatabaseColumn" => r"^[a-zA-Z]+$",
            "randomLoremSentence" => r"^[A-Z][a-z ]+\.$",
            name if name.ends_with("Image") => r"^http://placeimg\.com/640/480/[a-z]+$",
            _ => r"^\S(?s:.*\S)?$",
        }
    }

    #[test]
    fn every_variable_has_its_shape() {
        for name in NAMES {
            let pattern = regex::Regex::new(shape(name)).unwrap();
            all_match(name, |value| pattern.is_match(value));
        }
    }

    #[test]
    fn every_listed_name_generates() {
        for name in NAMES {
            assert!(generate(name).is_some_and(|v| !v.is_empty()), "${name}");
        }
        assert!(NAMES.len() >= 110, "{}", NAMES.len());
        assert_eq!(generate("noSuchThing"), None);
        assert_eq!(generate("randomUnicornImage"), None);
    }

    #[test]
    fn each_occurrence_is_fresh() {
        assert_ne!(generate("guid"), generate("guid"));
    }

    #[test]
    fn seeding_repeats_the_values() {
        seed(7);
        let first: Vec<String> = NAMES
            .iter()
            .filter(|n| !n.contains("imestamp") && !n.starts_with("randomDate"))
            .filter_map(|n| generate(n))
            .collect();
        seed(7);
        let again: Vec<String> = NAMES
            .iter()
            .filter(|n| !n.contains("imestamp") && !n.starts_with("randomDate"))
            .filter_map(|n| generate(n))
            .collect();
        assert_eq!(first, again);
    }

    /// A thousand draws of every variable that is random in Newman give at
    /// least four fifths as many distinct values as Newman's (suites that
    /// create users with `{{$randomUserName}}` must not collide more often
    /// than they do under Newman). The counts are Newman's own:
    /// `scripts/dynamic-variables.js`.
    #[test]
    fn draws_are_as_varied_as_newmans() {
        let golden: serde_json::Value =
            serde_json::from_str(include_str!("../../../fixtures/vars/dynamic-distinct.json"))
                .unwrap();
        let draws = golden["draws"].as_u64().unwrap() as usize;
        let mut poorer = Vec::new();
        for (name, newman) in golden["variables"].as_object().unwrap() {
            assert!(
                NAMES.contains(&name.as_str()),
                "${name} is Newman's but not postrun's"
            );
            // Clock readings, not random draws: a fast loop sees one tick.
            if name.contains("imestamp") {
                continue;
            }
            let newman = newman["distinct"].as_u64().unwrap() as usize;
            let ours: std::collections::HashSet<String> =
                (0..draws).map(|_| generate(name).unwrap()).collect();
            if ours.len() * 5 < newman * 4 {
                poorer.push(format!(
                    "${name}: {} distinct (Newman {newman})",
                    ours.len()
                ));
            }
        }
        assert!(poorer.is_empty(), "{}", poorer.join("\n"));
    }
}
