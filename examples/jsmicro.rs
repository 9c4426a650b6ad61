use boa_engine::{Context, Script, Source};
use std::time::Instant;

fn main() {
    let mut ctx = Context::default();
    let setup = r#"
    function P(a,b,c,d,e){ this.a=a; this.b=b; this.c=c; this.d=d; this.e=e; }
    P.prototype = { x: function(){}, y: function(){}, z: function(){} };
    Object.defineProperty(P.prototype, 'h', {get: function(){ return 1; }});
    function lit(a,b,c,d,e){ return {__proto__: P.prototype, a:a, b:b, c:c, d:d, e:e}; }
    function plain(a,b,c,d,e){ return {a:a, b:b, c:c, d:d, e:e}; }
    function rest(...args){ return args.length; }
    function argsf(){ return arguments.length; }
    function fixed(a,b){ return a; }
    var o = {__flags: {object: 1, negate: false}};
    function flag(x, n) { return x.__flags[n]; }
    "#;
    ctx.eval(Source::from_bytes(setup)).unwrap();
    let cases = [
        ("empty loop", "for (var i = 0; i < 100000; i++) {}"),
        ("new P (5 sets)", "for (var i = 0; i < 100000; i++) { new P(1,2,3,4,5); }"),
        ("literal with __proto__", "for (var i = 0; i < 100000; i++) { lit(1,2,3,4,5); }"),
        ("plain literal", "for (var i = 0; i < 100000; i++) { plain(1,2,3,4,5); }"),
        ("rest call", "for (var i = 0; i < 100000; i++) { rest(1); }"),
        ("arguments call", "for (var i = 0; i < 100000; i++) { argsf(1); }"),
        ("fixed call", "for (var i = 0; i < 100000; i++) { fixed(1); }"),
        ("flag()", "for (var i = 0; i < 100000; i++) { flag(o, 'negate'); }"),
        ("inline flag", "for (var i = 0; i < 100000; i++) { o.__flags.negate; }"),
        ("closure", "for (var i = 0; i < 100000; i++) { (function(){}); }"),
        ("arrow", "for (var i = 0; i < 100000; i++) { (() => 1); }"),
        ("Number()", "for (var i = 0; i < 100000; i++) { Number(i); }"),
        ("instanceof", "var p = new P(); for (var i = 0; i < 100000; i++) { p instanceof P; }"),
    ];
    for (name, code) in cases {
        let code = format!("(function () {{ {} }})()", code.replace("var i", "let i"));
        let script = Script::parse(Source::from_bytes(code.as_bytes()), None, &mut ctx).unwrap();
        script.evaluate(&mut ctx).unwrap();
        let t = Instant::now();
        script.evaluate(&mut ctx).unwrap();
        println!("{name:28} {:>8.1} ns/iter", t.elapsed().as_nanos() as f64 / 100000.0);
    }
}
