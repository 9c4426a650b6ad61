// Regenerates fixtures/report/junit-classnames.json: the classname Newman
// 6's JUnit reporter gives each suite, for every request of the corpus's
// collections (their full names, folders included) and for names made to
// reach the corners (accents, `&`, line breaks, scripts other than Latin,
// emoji, ordinals, contractions). The reporter stores the suite's name as
// xmlbuilder escapes an attribute and names the class
// `upperFirst(camelCase(that).replace(/\W/g, ''))`; this runs the same
// steps with the lodash and xmlbuilder of Newman's own install.
// `src/report/junit.rs` replays the file.
//
//   node scripts/junit-classnames.js > fixtures/report/junit-classnames.json
//
// Needs Newman in .parity/ (`cargo test` installs it; see README).
const fs = require('fs');
const path = require('path');
const modules = path.resolve(__dirname, '../.parity/node_modules');
const _ = require(path.join(modules, 'lodash'));
const xml = require(path.join(modules, 'xmlbuilder'));

function stored(name) {
    const suite = xml.create('testsuites').ele('testsuite');
    suite.att('name', name);
    return suite.attribs.name.value;
}

function className(name) {
    return _.upperFirst(_.camelCase(stored(name)).replace(/\W/g, ''));
}

// Newman's suite name: the item's name after its folders', ` / ` between.
function fullNames(items, parents, out) {
    for (const item of items || []) {
        const names = parents.concat(String(item.name === undefined ? '' : item.name));
        if (Array.isArray(item.item)) {
            fullNames(item.item, names, out);
        } else {
            out.push(names.join(' / '));
        }
    }
    return out;
}

const corpus = path.resolve(__dirname, '../../shared/corpus');
const files = [path.join(corpus, 'postman-api')]
    .concat([path.join(corpus, 'wild')])
    .flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)));
const names = new Set();
for (const file of files.sort()) {
    let collection;
    try { collection = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { continue; }
    if (!collection || !Array.isArray(collection.item)) { continue; }
    fullNames(collection.item, [], []).forEach((name) => names.add(name));
}
const made = [
    'Usuários / Cadastro de usuário', 'Ærøskøbing Łódź straße', 'Crème brûlée', 'ŉ Ŀ ĸ ſ İ ı Ĳ',
    '4. Performance & Advanced Testing / Response Time', 'a < b > c "quoted"', 'line\nbreak\r\nand\ttab',
    'Пользователи / Получить', 'ユーザー一覧を取得', 'Получить user', 'userПолучить', 'APIПолучить', 'get用户Info',
    '✅ Status code is 200', '🔥hot🔥path', '👍🏽 thumbs', '🇫🇷 flag', 'a\u200db', 'x\ufe0fY',
    '1st request', '2ND STEP', '3rd', '4th of July', '11th hour', '21st', 'v2nd', '22ndStreet',
    "user's profile", 'USER\u2019S ID', "don't stop", "it'll", 'we\'VE', 'rock\'n\'roll',
    'getHTTPResponse', 'HTTPServer', 'XMLHttpRequest', 'iOS App', 'ABCdef', 'abcDEF', 'ABC', 'aBc',
    'snake_case_name', 'kebab-case-name', 'dot.separated.name', 'slash/separated', 'a+b=c', 'price £5 €6 ¥7',
    'x × y ÷ z', '± 5', '¬ not', 'a\u00a0b', 'a\u2003b', 'a\u3000b', 'em\u2014dash', 'e\u0301 combining',
    'a\u20d0b', '', '   ', '!!!', '123', '123abc456', 'abc123def', 'A1B2C3', 'version 1.2.3',
    'Ωmega ΔELTA', 'ΑΒΓ', 'straße', 'ÀÉÎÕÜ', 'àéîõü', 'Ÿ', 'ÿ', 'Đ đ Ħ ħ Ŧ ŧ Ŋ ŋ', '×', 'Ø ø', 'Þorn',
    'MixedCASEWords', 'lower UPPER Title', 'aB', 'Ab', 'AB', 'a1', '1a', 'A1', '1A', 'a_1', 'ÀB', 'aÀ', 'àB'
];
made.forEach((name) => names.add(name));
for (let c = 0xc0; c <= 0x17f; c++) {
    names.add('x' + String.fromCharCode(c) + 'y Z');
}
const cases = Array.from(names).map((name) => [name, className(name)]);
// One case a line, so a change reads as a diff.
const versions = {
    lodash: require(path.join(modules, 'lodash/package.json')).version,
    xmlbuilder: require(path.join(modules, 'xmlbuilder/package.json')).version
};
process.stdout.write('{"versions": ' + JSON.stringify(versions) + ', "cases": [\n' +
    cases.map((c) => JSON.stringify(c)).join(',\n') + '\n]}\n');
