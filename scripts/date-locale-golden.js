// Regenerates fixtures/scripts/date-locales.json: how node (V8 with ICU,
// the runtime of Newman's sandbox) writes dates for a locale and options
// with toLocaleString, toLocaleDateString and toLocaleTimeString. postrun's
// js/date-locale.js is tested against it (tests/it/scripts_dates.rs).
//
//   TZ=UTC node scripts/date-locale-golden.js > fixtures/scripts/date-locales.json
//
// The cases write in UTC (`timeZone: 'UTC'`): the English locales are
// asked with every option below, the others with none (their numeric
// date and time), which is what postrun writes for them. The zone cases
// write in IANA zones.
const dates = [Date.UTC(2024, 0, 5, 13, 4, 5), Date.UTC(2023, 10, 23, 0, 9, 7), Date.UTC(2024, 8, 5, 9, 4, 5),
    Date.UTC(2024, 5, 30, 23, 59, 59), Date.UTC(2025, 6, 14, 12, 30, 0)];
const english = [null, 'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'en'];
const numericOnly = ['de-DE', 'fr-FR', 'sv-SE', 'es-ES', 'pt-BR', 'ja-JP', 'nl-NL', 'it-IT'];
const methods = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'];
const options = [{},
    { month: 'short', day: 'numeric', year: 'numeric' }, { month: 'long', day: 'numeric', year: 'numeric' },
    { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { month: 'long', year: 'numeric' },
    { weekday: 'long', day: 'numeric', month: 'short' }, { year: 'numeric', month: '2-digit', day: '2-digit' },
    { day: '2-digit', month: 'short', year: 'numeric' }, { weekday: 'short' }, { month: 'long' }, { year: 'numeric' },
    { year: 'numeric', month: 'numeric' }, { month: '2-digit', day: '2-digit' }, { year: 'numeric', month: '2-digit' },
    { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }, { weekday: 'long', year: 'numeric', month: 'short', day: 'numeric' },
    { weekday: 'short', month: 'short', day: 'numeric' }, { year: 'numeric', month: 'long', day: '2-digit' },
    { year: '2-digit', month: '2-digit', day: '2-digit' }, { year: '2-digit', month: 'numeric', day: 'numeric' },
    { month: 'short', day: '2-digit' }, { month: 'narrow' }, { day: 'numeric' }, { month: 'numeric', day: 'numeric' },
    { year: 'numeric', month: 'short' }, { month: 'short' },
    { hour: '2-digit', minute: '2-digit' }, { hour: 'numeric', minute: '2-digit' }, { hour: 'numeric', minute: '2-digit', hour12: true },
    { hour12: false }, { hour12: true }, { hourCycle: 'h23' }, { hourCycle: 'h12' }, { hour: '2-digit', hour12: false },
    { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }, { hour: 'numeric', minute: 'numeric', second: 'numeric' },
    { hour: 'numeric' }, { minute: '2-digit' }, { second: 'numeric' }, { minute: '2-digit', second: '2-digit' },
    { timeZoneName: 'short' }, { weekday: 'long', hour: 'numeric', minute: 'numeric' },
    { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
    { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
    { dateStyle: 'short' }, { dateStyle: 'medium' }, { dateStyle: 'long' }, { dateStyle: 'full' },
    { timeStyle: 'short' }, { timeStyle: 'medium' }, { timeStyle: 'long' },
    { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'full', timeStyle: 'medium' }];

function written(locale, option) {
    const out = [];
    for (const time of dates) {
        for (const method of methods) {
            try {
                out.push(new Date(time)[method](locale === null ? undefined : locale, Object.assign({ timeZone: 'UTC' }, option)));
            } catch (e) {
                out.push('throws ' + e.name + ': ' + e.message);
            }
        }
    }
    return out;
}

const cases = [];
for (const option of options) {
    const texts = {};
    for (const locale of english) { texts[locale === null ? 'default' : locale] = written(locale, option); }
    if (Object.keys(option).length === 0) {
        for (const locale of numericOnly) { texts[locale] = written(locale, option); }
    }
    cases.push({ options: option, texts });
}
// IANA zones (daylight saving on both sides of the year): every English
// locale with the field options, en-US with the zone's short name too.
const zones = ['America/New_York', 'Asia/Kolkata', 'Europe/London', 'Australia/Sydney', 'America/Los_Angeles',
    'Etc/GMT-5', 'US/Eastern', 'asia/tokyo', 'America/St_Johns', 'Foo/Bar'];
const zoneTimes = [Date.UTC(2024, 0, 5, 13, 4, 5), Date.UTC(2024, 6, 14, 23, 30, 0)];
const zoneOptions = [{}, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { dateStyle: 'medium', timeStyle: 'medium' }];
const zoneCases = [];
for (const zone of zones) {
    for (const locale of english) {
        const named = locale === 'en-US' ? [{ timeZoneName: 'short' }, { dateStyle: 'full', timeStyle: 'long' }] : [];
        for (const option of zoneOptions.concat(named)) {
            const texts = [];
            for (const time of zoneTimes) {
                for (const method of methods) {
                    try {
                        texts.push(new Date(time)[method](locale === null ? undefined : locale, Object.assign({ timeZone: zone }, option)));
                    } catch (e) {
                        texts.push('throws ' + e.name + ': ' + e.message);
                    }
                }
            }
            zoneCases.push({ zone, locale: locale === null ? 'default' : locale, options: option, texts });
        }
    }
}

// One case a line, so that a change reads as one.
const head = JSON.stringify({ node: process.version, icu: process.versions.icu, dates, methods, zoneTimes });
const lines = (list) => list.map((c) => JSON.stringify(c)).join(',\n');
process.stdout.write(head.slice(0, -1) + ',"cases":[\n' + lines(cases) + '\n],"zones":[\n' + lines(zoneCases) + '\n]}\n');
