//! Sugar's extensions of the built-ins (`responseBody.has('x')`, `[].first()`,
//! `(5).pad(3)`): a native stub per name on the prototypes, each forwarding
//! to `lib/sugar.js`, which is parsed on the first call. The stubs are made
//! when a script whose text names them is compiled, so a run that calls
//! none pays for none. A test keeps these names and `lib/sugar.js`'s
//! implementations paired.

use boa_engine::object::FunctionObjectBuilder;

use super::*;

/// The extended built-in's prototype (`Object`, and a name ending in
/// `Static`, mean the constructor itself, for its statics) and the names
/// `lib/sugar.js` implements for it.
const NAMES: &[(&str, &[&str])] = &[
    (
        "String",
        &[
            "add",
            "assign",
            "camelize",
            "capitalize",
            "chars",
            "codes",
            "compact",
            "dasherize",
            "decodeBase64",
            "each",
            "encodeBase64",
            "escapeHTML",
            "escapeRegExp",
            "escapeURL",
            "first",
            "from",
            "hankaku",
            "has",
            "hasArabic",
            "hasCyrillic",
            "hasDevanagari",
            "hasGreek",
            "hasHan",
            "hasHangul",
            "hasHebrew",
            "hasHiragana",
            "hasKana",
            "hasKanji",
            "hasKatakana",
            "hasLatin",
            "hasThai",
            "hiragana",
            "humanize",
            "insert",
            "isArabic",
            "isBlank",
            "isCyrillic",
            "isDevanagari",
            "isGreek",
            "isHan",
            "isHangul",
            "isHebrew",
            "isHiragana",
            "isKana",
            "isKanji",
            "isKatakana",
            "isLatin",
            "isThai",
            "katakana",
            "last",
            "lines",
            "pad",
            "padLeft",
            "padRight",
            "paragraphs",
            "parameterize",
            "pluralize",
            "remove",
            "removeTags",
            "reverse",
            "shift",
            "singularize",
            "spacify",
            "stripTags",
            "titleize",
            "to",
            "toNumber",
            "truncate",
            "underscore",
            "unescapeHTML",
            "unescapeURL",
            "words",
            "zenkaku",
        ],
    ),
    (
        "Array",
        &[
            "add",
            "all",
            "any",
            "average",
            "clone",
            "compact",
            "count",
            "each",
            "exclude",
            "findAll",
            "first",
            "flatten",
            "from",
            "groupBy",
            "inGroups",
            "inGroupsOf",
            "include",
            "insert",
            "intersect",
            "isEmpty",
            "last",
            "least",
            "max",
            "min",
            "most",
            "none",
            "randomize",
            "remove",
            "removeAt",
            "sample",
            "sortBy",
            "subtract",
            "sum",
            "to",
            "union",
            "unique",
            "zip",
        ],
    ),
    (
        "Number",
        &[
            "abbr",
            "abs",
            "acos",
            "asin",
            "atan",
            "bytes",
            "ceil",
            "chr",
            "cos",
            "day",
            "dayAfter",
            "dayAgo",
            "dayBefore",
            "dayFromNow",
            "days",
            "daysAfter",
            "daysAgo",
            "daysBefore",
            "daysFromNow",
            "downto",
            "duration",
            "exp",
            "floor",
            "format",
            "hex",
            "hour",
            "hourAfter",
            "hourAgo",
            "hourBefore",
            "hourFromNow",
            "hours",
            "hoursAfter",
            "hoursAgo",
            "hoursBefore",
            "hoursFromNow",
            "isEven",
            "isInteger",
            "isMultipleOf",
            "isOdd",
            "log",
            "metric",
            "millisecond",
            "millisecondAfter",
            "millisecondAgo",
            "millisecondBefore",
            "millisecondFromNow",
            "milliseconds",
            "millisecondsAfter",
            "millisecondsAgo",
            "millisecondsBefore",
            "millisecondsFromNow",
            "minute",
            "minuteAfter",
            "minuteAgo",
            "minuteBefore",
            "minuteFromNow",
            "minutes",
            "minutesAfter",
            "minutesAgo",
            "minutesBefore",
            "minutesFromNow",
            "month",
            "monthAfter",
            "monthAgo",
            "monthBefore",
            "monthFromNow",
            "months",
            "monthsAfter",
            "monthsAgo",
            "monthsBefore",
            "monthsFromNow",
            "ordinalize",
            "pad",
            "pow",
            "round",
            "second",
            "secondAfter",
            "secondAgo",
            "secondBefore",
            "secondFromNow",
            "seconds",
            "secondsAfter",
            "secondsAgo",
            "secondsBefore",
            "secondsFromNow",
            "sin",
            "sqrt",
            "tan",
            "times",
            "toNumber",
            "upto",
            "week",
            "weekAfter",
            "weekAgo",
            "weekBefore",
            "weekFromNow",
            "weeks",
            "weeksAfter",
            "weeksAgo",
            "weeksBefore",
            "weeksFromNow",
            "year",
            "yearAfter",
            "yearAgo",
            "yearBefore",
            "yearFromNow",
            "years",
            "yearsAfter",
            "yearsAgo",
            "yearsBefore",
            "yearsFromNow",
        ],
    ),
    (
        "Date",
        &[
            "addDays",
            "addHours",
            "addMilliseconds",
            "addMinutes",
            "addMonths",
            "addSeconds",
            "addWeeks",
            "addYears",
            "advance",
            "beginningOfDay",
            "beginningOfMonth",
            "beginningOfWeek",
            "beginningOfYear",
            "clone",
            "daysAgo",
            "daysFromNow",
            "daysInMonth",
            "daysSince",
            "daysUntil",
            "endOfDay",
            "endOfMonth",
            "endOfWeek",
            "endOfYear",
            "format",
            "full",
            "getISOWeek",
            "getUTCOffset",
            "getUTCWeekday",
            "getWeekday",
            "hoursAgo",
            "hoursFromNow",
            "hoursSince",
            "hoursUntil",
            "is",
            "isAfter",
            "isApril",
            "isAugust",
            "isBefore",
            "isBetween",
            "isDecember",
            "isFebruary",
            "isFriday",
            "isFuture",
            "isJanuary",
            "isJuly",
            "isJune",
            "isLastMonth",
            "isLastWeek",
            "isLastYear",
            "isLeapYear",
            "isMarch",
            "isMay",
            "isMonday",
            "isNextMonth",
            "isNextWeek",
            "isNextYear",
            "isNovember",
            "isOctober",
            "isPast",
            "isSaturday",
            "isSeptember",
            "isSunday",
            "isThisMonth",
            "isThisWeek",
            "isThisYear",
            "isThursday",
            "isToday",
            "isTomorrow",
            "isTuesday",
            "isUTC",
            "isValid",
            "isWednesday",
            "isWeekday",
            "isWeekend",
            "isYesterday",
            "iso",
            "long",
            "millisecondsAgo",
            "millisecondsFromNow",
            "millisecondsSince",
            "millisecondsUntil",
            "minutesAgo",
            "minutesFromNow",
            "minutesSince",
            "minutesUntil",
            "monthsAgo",
            "monthsFromNow",
            "monthsSince",
            "monthsUntil",
            "relative",
            "reset",
            "rewind",
            "secondsAgo",
            "secondsFromNow",
            "secondsSince",
            "secondsUntil",
            "set",
            "setISOWeek",
            "setWeekday",
            "short",
            "utc",
            "weeksAgo",
            "weeksFromNow",
            "weeksSince",
            "weeksUntil",
            "yearsAgo",
            "yearsFromNow",
            "yearsSince",
            "yearsUntil",
        ],
    ),
    (
        "Object",
        &[
            "all",
            "any",
            "average",
            "clone",
            "count",
            "each",
            "equal",
            "extended",
            "find",
            "findAll",
            "fromQueryString",
            "has",
            "isArray",
            "isBoolean",
            "isDate",
            "isEmpty",
            "isFunction",
            "isNaN",
            "isNumber",
            "isObject",
            "isRegExp",
            "isString",
            "least",
            "map",
            "max",
            "merge",
            "min",
            "most",
            "none",
            "reduce",
            "reject",
            "select",
            "size",
            "sum",
            "tap",
            "toQueryString",
            "watch",
        ],
    ),
    (
        "Function",
        &[
            "after", "cancel", "debounce", "delay", "fill", "lazy", "once", "throttle",
        ],
    ),
    ("RegExp", &["addFlag", "getFlags", "removeFlag", "setFlags"]),
    ("ArrayStatic", &["create"]),
    ("RegExpStatic", &["escape"]),
    ("NumberStatic", &["random"]),
    (
        "DateStatic",
        &[
            "addFormat",
            "addLocale",
            "create",
            "future",
            "getLocale",
            "past",
            "range",
            "setLocale",
        ],
    ),
];

/// Natives of boa that Newman's engine (node 20) does not have, so Sugar's
/// method is what scripts there call: ES2025's `RegExp.escape` escapes a
/// leading letter as `\x61`, Sugar's only the regex syntax characters.
const REPLACES_NATIVE: &[(&str, &str)] = &[("RegExpStatic", "escape")];

/// Words that let a script reach a method by a name its own text need not
/// hold (code made at run time, reflection on the prototypes): a script with
/// one gets every stub.
const REACHES_ANY_NAME: &[&str] = &[
    "eval",
    "Function",
    "Reflect",
    "getOwnPropertyNames",
    "getOwnPropertyDescriptor",
    "getOwnPropertyDescriptors",
];

/// The built-ins one of Sugar's names extends (three at most: `each` and
/// `clone`), and where its stubs are marked made in [`Stubbed`].
struct Extends {
    name: &'static str,
    kinds: [&'static str; 3],
    count: usize,
    index: usize,
}

/// Sugar's names to the built-ins each extends: looked up for every word of
/// every script compiled, so hashed with FNV-1a (a few instructions a byte;
/// the standard hasher is built to resist floods, which a map of fixed
/// keys does not need).
fn names_by_word() -> &'static NameMap {
    static BY_WORD: std::sync::OnceLock<NameMap> = std::sync::OnceLock::new();
    BY_WORD.get_or_init(|| {
        let count = NAMES.iter().map(|(_, names)| names.len()).sum();
        let mut by_word = NameMap::with_capacity_and_hasher(count, Default::default());
        for &(kind, names) in NAMES {
            for &name in names {
                let index = by_word.len();
                let extends = by_word.entry(name).or_insert(Extends {
                    name,
                    kinds: [""; 3],
                    count: 0,
                    index,
                });
                extends.kinds[extends.count] = kind;
                extends.count += 1;
            }
        }
        by_word
    })
}

type NameMap = std::collections::HashMap<&'static str, Extends, std::hash::BuildHasherDefault<Fnv>>;

#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// Which of Sugar's names this engine has stubs for (an index into
/// [`names_by_word`]), kept in the context's data.
#[derive(Default)]
struct Stubbed {
    names: std::cell::RefCell<Vec<bool>>,
    all: std::cell::Cell<bool>,
}

impl Finalize for Stubbed {}

// SAFETY: holds no garbage-collected value.
unsafe impl Trace for Stubbed {
    empty_trace!();
}

/// Puts the stubs a script's text can call on the built-ins before it is
/// compiled: one for each of Sugar's names that appears in it as a word
/// (`'x'.has(…)`, `d['addDays']`, `{ first } = …` alike), or all of them
/// when it can reach names it does not spell (see [`REACHES_ANY_NAME`]).
/// A run whose scripts name none pays for no stub, where making all ~390
/// at the start cost a million instructions.
pub(in crate::script) fn stub_names_in(source: &str, ctx: &mut Context) -> JsResult<()> {
    if ctx.get_data::<Stubbed>().is_none() {
        ctx.insert_data(Stubbed::default());
    }
    if ctx.get_data::<Stubbed>().is_some_and(|s| s.all.get()) {
        return Ok(());
    }
    let by_word = names_by_word();
    let mut wanted: Vec<&Extends> = Vec::new();
    for word in words(source) {
        if REACHES_ANY_NAME.contains(&word) {
            wanted = by_word.values().collect();
            if let Some(stubbed) = ctx.get_data::<Stubbed>() {
                stubbed.all.set(true);
            }
            break;
        }
        wanted.extend(by_word.get(word));
    }
    for extends in wanted {
        let fresh = ctx.get_data::<Stubbed>().is_some_and(|stubbed| {
            let mut made = stubbed.names.borrow_mut();
            made.resize(by_word.len(), false);
            !std::mem::replace(&mut made[extends.index], true)
        });
        if fresh {
            for &kind in &extends.kinds[..extends.count] {
                install_stub(kind, extends.name, ctx)?;
            }
        }
    }
    Ok(())
}

/// The identifier-like words of a text (comments and strings included)
/// that start with a letter, as all of Sugar's names do.
fn words(source: &str) -> impl Iterator<Item = &str> {
    let bytes = source.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            while at < bytes.len() && is_word(bytes[at]) {
                at += 1;
            }
            if at == start {
                at += 1;
                continue;
            }
            if at - start >= 2 && bytes[start].is_ascii_alphabetic() {
                // ASCII bytes only, so both ends are character boundaries.
                return Some(&source[start..at]);
            }
        }
        None
    })
}

/// One stub; a name the built-in has already keeps its native method, as
/// Sugar leaves natives alone.
fn install_stub(kind: &'static str, name: &'static str, ctx: &mut Context) -> JsResult<()> {
    let global = ctx.global_object();
    let statics = kind.strip_suffix("Static");
    let constructor = member(&global, statics.unwrap_or(kind), ctx)?;
    let target = match kind == "Object" || statics.is_some() {
        true => constructor,
        false => member(&constructor, "prototype", ctx)?,
    };
    let key = JsString::from(name);
    if target.has_own_property(key.clone(), ctx)? && !REPLACES_NATIVE.contains(&(kind, name)) {
        return Ok(());
    }
    let stub = FunctionObjectBuilder::new(
        ctx.realm(),
        NativeFunction::from_copy_closure(move |this, args, ctx| {
            forward(kind, name, this, args, ctx)
        }),
    )
    .name(key.clone())
    .length(0)
    .build();
    define_hidden(&target, key, stub, ctx)
}

/// A stub's call: `__lazy('lib/sugar.js')[kind][name].apply(this, args)`.
fn forward(
    kind: &str,
    name: &str,
    this: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let sugar = super::modules::lazy_file("lib/sugar.js", ctx)?;
    let method = member(&sugar, kind, ctx)?.get(JsString::from(name), ctx)?;
    let method = method.as_callable().ok_or_else(|| {
        JsNativeError::typ().with_message(format!("lib/sugar.js has no {kind}.{name}"))
    })?;
    method.call(this, args, ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_own(ctx: &mut Context, object: &str, name: &str) -> bool {
        let source = format!("Object.prototype.hasOwnProperty.call({object}, '{name}')");
        ctx.eval(Source::from_bytes(&source)).unwrap().to_boolean()
    }

    #[test]
    fn a_script_gets_the_stubs_its_text_names_and_only_those() {
        let mut ctx = Context::default();
        stub_names_in("var s = 'abc'.first(); d['addDays'](1); // each", &mut ctx).unwrap();
        assert!(has_own(&mut ctx, "String.prototype", "first"));
        assert!(has_own(&mut ctx, "Array.prototype", "first"));
        assert!(has_own(&mut ctx, "Date.prototype", "addDays"));
        // Words in comments count too: three built-ins have `each`.
        assert!(has_own(&mut ctx, "String.prototype", "each"));
        assert!(has_own(&mut ctx, "Object", "each"));
        assert!(!has_own(&mut ctx, "String.prototype", "has"));
        assert!(!has_own(&mut ctx, "Date", "create"));
        // Sugar's `String#reverse` is a stub; the native `Array#reverse` stays.
        stub_names_in("x.reverse()", &mut ctx).unwrap();
        assert!(has_own(&mut ctx, "String.prototype", "reverse"));
        let native = ctx
            .eval(Source::from_bytes("[1, 2].reverse().join()"))
            .unwrap();
        assert_eq!(native.display().to_string(), "\"2,1\"");
    }

    #[test]
    fn a_script_that_can_reach_names_it_does_not_spell_gets_every_stub() {
        for source in ["eval(code)", "new Function('x', body)", "Reflect.get(o, k)"] {
            let mut ctx = Context::default();
            stub_names_in(source, &mut ctx).unwrap();
            for &(kind, names) in NAMES {
                let statics = kind.strip_suffix("Static");
                let object = match (kind, statics) {
                    ("Object", _) => "Object".to_string(),
                    (_, Some(built_in)) => built_in.to_string(),
                    (built_in, None) => format!("{built_in}.prototype"),
                };
                for name in names {
                    let native = ctx
                        .eval(Source::from_bytes(&format!("typeof {object}.{name}")))
                        .unwrap();
                    assert_eq!(
                        native.display().to_string(),
                        "\"function\"",
                        "{source}: {object}.{name}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_stub_has_an_implementation_and_every_implementation_a_stub() {
        let mut ctx = Context::default();
        let source = Source::from_bytes(include_str!("../lib/sugar.js"));
        let sugar = ctx.eval(source).unwrap();
        let sugar = sugar.as_object().unwrap();
        for &(kind, names) in NAMES {
            let group = sugar.get(JsString::from(kind), &mut ctx).unwrap();
            let keys = group
                .as_object()
                .unwrap()
                .own_property_keys(&mut ctx)
                .unwrap();
            let mut implemented: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            implemented.sort();
            let mut stubs: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            stubs.sort();
            assert_eq!(
                stubs, implemented,
                "{kind}: stubs (left) and lib/sugar.js (right)"
            );
        }
    }
}
