// Prints how Newman 6 (postman-collection + postman-url-encoder, from .parity/) sends
// each URL: the cases of src/http/wire_url.rs. Run: NODE_PATH=.parity/node_modules node scripts/url-encoding.js
const sdk = require('postman-collection'); const enc = require('postman-url-encoder');
const cases = ["127.0.0.1:9/get?v=a\nb&t=x\ty", "http://h/a b/\"q\"?k=a b'c\"<>", "http://h/p%20already?x=50%&y=%zz", "http://h/{x}`/é?ü=ö#f g", "HTTP://User:p@ss@HOST/x;y=1", "http://h\\a\\b", "  http:///h/x", "http://h/?"];
for (const c of cases) console.log(JSON.stringify(c), '=>', enc.toNodeUrl(new sdk.Url(c)).href);
