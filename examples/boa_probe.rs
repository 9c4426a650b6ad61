use boa_engine::{
    Context, JsValue, NativeFunction, Script, Source, js_string, property::Attribute,
};
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let mut ctx = Context::default();
    println!("context: {:?}", t.elapsed());
    ctx.register_global_callable(
        js_string!("hostlog"),
        1,
        NativeFunction::from_fn_ptr(|_, args, ctx| {
            println!(
                "hostlog: {}",
                args[0].to_string(ctx)?.to_std_string_escaped()
            );
            Ok(JsValue::undefined())
        }),
    )
    .unwrap();
    // syntax error
    for src in [
        "(async function () {\nlet x = ;\n})()",
        "(async function () {\nfoo(\n})()",
    ] {
        match Script::parse(Source::from_bytes(src), None, &mut ctx) {
            Ok(_) => println!("parsed?"),
            Err(e) => println!(
                "syntax: {e} | {:?}",
                e.try_native(&mut ctx).map(|n| n.message().to_string())
            ),
        }
    }
    // runtime error with stack
    let src = "(function () {\nlet a = 1;\nnull.foo;\n})()";
    let s = Script::parse(Source::from_bytes(src), None, &mut ctx).unwrap();
    match s.evaluate(&mut ctx) {
        Ok(_) => {}
        Err(e) => {
            let v = e.clone().into_opaque(&mut ctx).unwrap();
            let o = v.as_object().unwrap();
            let stack = o.get(js_string!("stack"), &mut ctx).unwrap();
            println!("runtime: {e} ; stack={}", stack.display());
        }
    }
    let r = ctx.eval(Source::from_bytes("try { (function(){\n\n throw new TypeError('boom') })() } catch (e) { e.stack + ' | ' + e.name + ' | ' + e.message }")).unwrap();
    println!("caught: {}", r.display());
    // promise + jobs
    ctx.eval(Source::from_bytes("var out = []; Promise.resolve(1).then(v => out.push(v)); (async () => { await null; out.push(2); })();")).unwrap();
    println!(
        "before jobs: {}",
        ctx.eval(Source::from_bytes("out.join()"))
            .unwrap()
            .display()
    );
    ctx.run_jobs().unwrap();
    println!(
        "after jobs: {}",
        ctx.eval(Source::from_bytes("out.join()"))
            .unwrap()
            .display()
    );
    // budgeted infinite loop with deadline
    let s = Script::parse(
        Source::from_bytes("(function(){ while (true) {} })()"),
        None,
        &mut ctx,
    )
    .unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let t = Instant::now();
    let res = rt.block_on(async {
        tokio::time::timeout(
            std::time::Duration::from_millis(200),
            s.evaluate_async_with_budget(&mut ctx, 10_000),
        )
        .await
    });
    println!("timeout result: {:?} after {:?}", res.is_err(), t.elapsed());
    // loop limit
    let mut ctx = Context::default();
    ctx.runtime_limits_mut().set_loop_iteration_limit(1_000_000);
    let t = Instant::now();
    let r = ctx.eval(Source::from_bytes(
        "try { let i = 0; while (true) { i++ } } catch (e) { 'caught ' + e }",
    ));
    println!(
        "loop limit: {:?} {:?}",
        r.map(|v| v.display().to_string())
            .map_err(|e| e.to_string()),
        t.elapsed()
    );
    let r = ctx.eval(Source::from_bytes(
        "function f(){ return f() }; try { f() } catch (e) { 'caught ' + e }",
    ));
    println!(
        "recursion: {:?}",
        r.map(|v| v.display().to_string())
            .map_err(|e| e.to_string())
    );
    // globals
    let r = ctx.eval(Source::from_bytes("[typeof structuredClone, typeof URL, typeof TextEncoder, typeof atob, typeof setTimeout, typeof queueMicrotask, typeof globalThis.crypto].join()")).unwrap();
    println!("globals: {}", r.display());
    let _ = Attribute::all();
}
