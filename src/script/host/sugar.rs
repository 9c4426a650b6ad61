//! Sugar's extensions of the built-ins (`responseBody.has('x')`, `[].first()`,
//! `(5).pad(3)`): a native stub per name on the prototypes, each forwarding
//! to `lib/sugar.js`, which is parsed on the first call. Made here rather
//! than in JavaScript: a run that never calls one pays for about 390 small native
//! functions, not for parsing and running a table. A test keeps these names
//! and `lib/sugar.js`'s implementations paired.

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
    ("DateStatic", &["create", "future", "past", "range"]),
];

/// Natives of boa that Newman's engine (node 20) does not have, so Sugar's
/// method is what scripts there call: ES2025's `RegExp.escape` escapes a
/// leading letter as `\x61`, Sugar's only the regex syntax characters.
const REPLACES_NATIVE: &[(&str, &str)] = &[("RegExpStatic", "escape")];

/// The stubs; a name the built-in has already keeps its native method, as
/// Sugar leaves natives alone.
pub(super) fn install(ctx: &mut Context) -> JsResult<()> {
    let global = ctx.global_object();
    for &(kind, names) in NAMES {
        let statics = kind.strip_suffix("Static");
        let built_in = statics.unwrap_or(kind);
        let constructor = member(&global, built_in, ctx)?;
        let target = match kind == "Object" || statics.is_some() {
            true => constructor,
            false => member(&constructor, "prototype", ctx)?,
        };
        for &name in names {
            let key = JsString::from(name);
            if target.has_own_property(key.clone(), ctx)?
                && !REPLACES_NATIVE.contains(&(kind, name))
            {
                continue;
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
            define_hidden(&target, key, stub, ctx)?;
        }
    }
    Ok(())
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
