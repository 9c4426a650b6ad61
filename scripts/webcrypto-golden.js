// Regenerates fixtures/scripts/webcrypto.json: what WebCrypto (node's
// crypto.subtle, the W3C API the current Postman sandbox exposes) answers
// for each call. tests/it/scripts_libraries.rs replays the cases through
// postrun's crypto.subtle. Run: node scripts/webcrypto-golden.js > fixtures/scripts/webcrypto.json
//
// Each case is an async expression over `subtle`, `enc` (UTF-8 bytes),
// `hex` (an ArrayBuffer in hex) and the keys in `setup`; the value is its
// JSON, or `throws: <error name>`. RSA-PSS and ECDSA signatures are random,
// so their cases record the length (src/http/auth/keys.rs verifies them).
const { generateKeyPairSync } = require('crypto');
const subtle = globalThis.crypto.subtle;

const pkcs8 = (key) => key.export({ type: 'pkcs8', format: 'der' }).toString('base64');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
const setup = [
    "var enc = function (text) { return new TextEncoder().encode(text); };",
    "var hex = function (buffer) { return Array.from(new Uint8Array(buffer)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join(''); };",
    "var der = function (b64) { return Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); }); };",
    `var RSA = der('${pkcs8(rsa)}');`,
    `var P256 = der('${pkcs8(p256)}');`,
    `var P384 = der('${pkcs8(p384)}');`,
    "var hmac = function (hash, usages, extractable) { return subtle.importKey('raw', enc('key material'), { name: 'HMAC', hash: hash }, !!extractable, usages || ['sign', 'verify']); };",
].join('\n');

const cases = [
    "hex(await subtle.digest('SHA-256', enc('abc')))",
    "hex(await subtle.digest('SHA-1', enc('The quick brown fox')))",
    "hex(await subtle.digest('SHA-384', enc('The quick brown fox')))",
    "hex(await subtle.digest({ name: 'sha-512' }, enc('The quick brown fox')))",
    "hex(await subtle.digest('SHA-256', enc('xxabcxx').subarray(2, 5)))",
    "hex(await subtle.digest('SHA-256', enc('abc').buffer))",
    "hex(await subtle.digest('SHA-256', new Uint8Array(0)))",
    "(await subtle.digest('SHA-256', enc('abc'))) instanceof ArrayBuffer",
    "await subtle.digest('MD5', enc('abc')).then(function () { return 'resolved'; }, function (e) { return 'rejected: ' + e.name; })",
    "hex(await subtle.sign('HMAC', await hmac('SHA-256'), enc('symbol=LTCBTC&side=BUY&timestamp=1499827319559')))",
    "hex(await subtle.sign({ name: 'HMAC' }, await hmac('SHA-1'), enc('message')))",
    "hex(await subtle.sign('hmac', await hmac({ name: 'SHA-384' }), enc('message')))",
    "hex(await subtle.sign('HMAC', await hmac('SHA-512'), enc('message')))",
    "hex(await subtle.sign('HMAC', await subtle.importKey('raw', enc(''), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), enc('')))",
    "await subtle.verify('HMAC', await hmac('SHA-256'), await subtle.sign('HMAC', await hmac('SHA-256'), enc('m')), enc('m'))",
    "await subtle.verify('HMAC', await hmac('SHA-256'), await subtle.sign('HMAC', await hmac('SHA-256'), enc('m')), enc('n'))",
    "(await hmac('SHA-256')).algorithm",
    "[(await hmac('SHA-256')).type, (await hmac('SHA-256')).extractable, (await hmac('SHA-256', ['sign'])).usages]",
    "hex(await subtle.exportKey('raw', await hmac('SHA-256', ['sign'], true)))",
    "await subtle.exportKey('jwk', await hmac('SHA-256', ['sign'], true))",
    "await subtle.exportKey('jwk', await hmac('SHA-1', ['sign', 'verify'], true))",
    "hex(await subtle.sign('HMAC', await subtle.importKey('jwk', { kty: 'oct', k: 'a2V5IG1hdGVyaWFs' }, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), enc('message')))",
    "await subtle.sign('HMAC', await hmac('SHA-256', ['verify']), enc('m')).then(function () { return 'resolved'; }, function (e) { return 'rejected: ' + e.name; })",
    "await subtle.exportKey('raw', await hmac('SHA-256')).then(function () { return 'resolved'; }, function (e) { return 'rejected: ' + e.name; })",
    "await subtle.importKey('raw', enc('k'), { name: 'NOPE' }, false, ['sign']).then(function () { return 'resolved'; }, function (e) { return 'rejected: ' + e.name; })",
    "(await subtle.exportKey('raw', await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']))).byteLength",
    "(await subtle.exportKey('raw', await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']))).byteLength",
    "(await subtle.exportKey('raw', await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']))).byteLength",
    "hex(await subtle.sign('RSASSA-PKCS1-v1_5', await subtle.importKey('pkcs8', RSA, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']), enc('payload')))",
    "hex(await subtle.sign({ name: 'RSASSA-PKCS1-v1_5' }, await subtle.importKey('pkcs8', RSA, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, false, ['sign']), enc('payload')))",
    "(await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, await subtle.importKey('pkcs8', RSA, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']), enc('payload'))).byteLength",
    "(await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, await subtle.importKey('pkcs8', P256, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']), enc('payload'))).byteLength",
    "(await subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, await subtle.importKey('pkcs8', P384, { name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign']), enc('payload'))).byteLength",
    "(await subtle.importKey('pkcs8', P256, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])).type",
];

(async () => {
    const scope = new Function('subtle', `${setup}\nreturn { ${['enc', 'hex', 'der', 'RSA', 'P256', 'P384', 'hmac'].join(', ')} };`)(subtle);
    const out = [];
    for (const expr of cases) {
        const run = new Function('subtle', ...Object.keys(scope), `return (async () => (${expr}))();`);
        let value;
        try { value = JSON.stringify(await run(subtle, ...Object.values(scope))); } catch (e) { value = 'throws: ' + e.name; }
        out.push({ expr, value });
    }
    console.log(JSON.stringify({ setup, cases: out }, null, 1));
})();
