//! The word lists dynamic variables draw from.

pub(super) const FIRST: &[&str] = &[
    "Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Edsger",
    "Radia", "Tim",
];
pub(super) const LAST: &[&str] = &[
    "Lovelace",
    "Hopper",
    "Turing",
    "Torvalds",
    "Hamilton",
    "Thompson",
    "Liskov",
    "Ritchie",
    "Allen",
    "Dijkstra",
    "Perlman",
    "Berners-Lee",
];
pub(super) const WORDS: &[&str] = &[
    "alpha", "bravo", "copper", "delta", "ember", "falcon", "garden", "harbor", "island", "jasper",
    "kernel", "lantern", "meadow", "nectar", "orbit", "prairie", "quartz", "river", "summit",
    "timber",
];
pub(super) const LOREM: &[&str] = &[
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
    "sed",
    "do",
    "eiusmod",
    "tempor",
    "incididunt",
    "ut",
    "labore",
    "et",
    "dolore",
    "magna",
    "aliqua",
];
pub(super) const ADJECTIVES: &[&str] = &[
    "quick", "bright", "calm", "bold", "gentle", "sharp", "vivid", "quiet", "brave", "clever",
];
pub(super) const NOUNS: &[&str] = &[
    "system",
    "matrix",
    "circuit",
    "bandwidth",
    "protocol",
    "interface",
    "pixel",
    "driver",
    "array",
    "monitor",
];
pub(super) const VERBS: &[&str] = &[
    "compress",
    "parse",
    "index",
    "connect",
    "navigate",
    "override",
    "transmit",
    "calculate",
    "reboot",
    "generate",
];
pub(super) const CITIES: &[&str] = &[
    "Lisbon", "Nairobi", "Osaka", "Quito", "Oslo", "Hanoi", "Lima", "Perth", "Tunis", "Graz",
];
pub(super) const COUNTRIES: &[(&str, &str)] = &[
    ("Portugal", "PT"),
    ("Kenya", "KE"),
    ("Japan", "JP"),
    ("Ecuador", "EC"),
    ("Norway", "NO"),
    ("Vietnam", "VN"),
    ("Peru", "PE"),
    ("Australia", "AU"),
];
pub(super) const STREETS: &[&str] = &[
    "Maple", "Cedar", "Harbor", "Station", "Mill", "Church", "Park", "Bridge",
];
pub(super) const COLORS: &[&str] = &[
    "red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "orchid", "salmon",
    "teal", "violet",
];
pub(super) const TLDS: &[&str] = &["com", "org", "net", "io", "info", "biz"];
pub(super) const JOBS_AREA: &[&str] = &[
    "Security",
    "Infrastructure",
    "Research",
    "Quality",
    "Data",
    "Operations",
];
pub(super) const JOBS_DESCRIPTOR: &[&str] =
    &["Lead", "Senior", "Principal", "Chief", "Junior", "Global"];
pub(super) const JOBS_TYPE: &[&str] = &[
    "Engineer",
    "Analyst",
    "Designer",
    "Architect",
    "Manager",
    "Consultant",
];
pub(super) const PREFIXES: &[&str] = &["Mr.", "Mrs.", "Ms.", "Dr.", "Miss"];
pub(super) const SUFFIXES: &[&str] = &["Jr.", "Sr.", "I", "II", "III", "PhD", "MD"];
pub(super) const CURRENCIES: &[(&str, &str, &str)] = &[
    ("USD", "US Dollar", "$"),
    ("EUR", "Euro", "€"),
    ("GBP", "Pound Sterling", "£"),
    ("JPY", "Yen", "¥"),
    ("INR", "Indian Rupee", "₹"),
];
pub(super) const TRANSACTIONS: &[&str] = &["deposit", "withdrawal", "payment", "invoice"];
pub(super) const COMPANY_SUFFIXES: &[&str] = &["Inc", "LLC", "Group", "and Sons"];
pub(super) const DB_COLUMNS: &[&str] = &[
    "id",
    "title",
    "name",
    "email",
    "createdAt",
    "updatedAt",
    "status",
    "token",
];
pub(super) const DB_TYPES: &[&str] = &[
    "int",
    "varchar",
    "text",
    "date",
    "boolean",
    "decimal",
    "timestamp",
    "bigint",
];
pub(super) const DB_COLLATIONS: &[&str] = &[
    "utf8_unicode_ci",
    "utf8_general_ci",
    "ascii_bin",
    "cp1250_general_ci",
];
pub(super) const DB_ENGINES: &[&str] = &["InnoDB", "MyISAM", "MEMORY", "ARCHIVE", "CSV"];
pub(super) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
pub(super) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(super) const FILE_TYPES: &[(&str, &str, &str)] = &[
    ("text", "txt", "text/plain"),
    ("image", "png", "image/png"),
    ("application", "json", "application/json"),
    ("audio", "mp3", "audio/mpeg"),
    ("video", "mp4", "video/mp4"),
    ("application", "pdf", "application/pdf"),
];
pub(super) const DEPARTMENTS: &[&str] = &[
    "Books",
    "Garden",
    "Toys",
    "Electronics",
    "Grocery",
    "Outdoors",
    "Music",
];
pub(super) const MATERIALS: &[&str] = &[
    "Steel", "Wooden", "Cotton", "Granite", "Rubber", "Plastic", "Fresh",
];
pub(super) const PRODUCTS: &[&str] = &[
    "Chair", "Table", "Keyboard", "Shoes", "Gloves", "Bike", "Lamp",
];
pub(super) const LOCALES: &[&str] = &["en", "de", "fr", "es", "pt", "ja", "nl", "sv"];
pub(super) const PROTOCOLS: &[&str] = &["http", "https"];
pub(super) const IMAGE_TOPICS: &[&str] = &[
    "abstract",
    "animals",
    "business",
    "cats",
    "city",
    "food",
    "nightlife",
    "fashion",
    "people",
    "nature",
    "sports",
    "transport",
];
pub(super) const ABBREVIATIONS: &[&str] = &[
    "TCP", "HTTP", "SDD", "RAM", "GB", "CSS", "SSL", "AGP", "SQL", "FTP", "PCI", "AI", "ADP",
    "RSS", "XML", "EXE", "COM", "HDD", "THX", "SMTP", "SMS", "USB", "PNG", "SAS", "IB", "SCSI",
    "JSON", "XSS", "JBOD",
];
pub(super) const USER_AGENTS: &[&str] = &[
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
];
