//! Starting a sandbox: a boa context with the host installed, the prelude
//! evaluated, and the host's fast paths put in front of the prelude's.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::context::ContextBuilder;
use boa_engine::job::SimpleJobExecutor;
use boa_engine::optimizer::OptimizerOptions;
use boa_engine::{Context, JsObject, JsResult, Source};

use super::host::{self, Host, HostHandle};
use super::{Glue, SandboxOptions, assert, json};

/// The prelude, in dependency order.
const PRELUDE: [(&str, &str); 4] = [
    ("lazy.js", include_str!("js/lazy.js")),
    ("expect.js", include_str!("js/expect.js")),
    ("globals.js", include_str!("js/globals.js")),
    ("pm.js", include_str!("js/pm.js")),
];

/// Prelude files loaded when a script first needs them (`__lazy(name)`).
pub(in crate::script) const LAZY_PRELUDE: [(&str, &str); 11] = [
    ("inspect.js", include_str!("js/inspect.js")),
    ("dates.js", include_str!("js/dates.js")),
    ("date-locale.js", include_str!("js/date-locale.js")),
    (
        "expect-assertions.js",
        include_str!("js/expect-assertions.js"),
    ),
    ("request.js", include_str!("js/request.js")),
    (
        "response-assertions.js",
        include_str!("js/response-assertions.js"),
    ),
    ("expect-more.js", include_str!("js/expect-more.js")),
    ("web.js", include_str!("js/web.js")),
    ("cookies.js", include_str!("js/cookies.js")),
    ("sdk-more.js", include_str!("js/sdk-more.js")),
    ("legacy.js", include_str!("js/legacy.js")),
];

/// The sandbox's libraries (`lib/modules.js` maps module names to them), loaded
/// like the lazy prelude parts: parsed when a script first asks.
pub(in crate::script) const LIBRARIES: [(&str, &str); 25] = [
    ("lib/chai.js", include_str!("lib/chai.js")),
    ("lib/stream.js", include_str!("lib/stream.js")),
    ("lib/backbone.js", include_str!("lib/backbone.js")),
    (
        "lib/postman-collection.js",
        include_str!("lib/postman-collection.js"),
    ),
    ("lib/moment-more.js", include_str!("lib/moment-more.js")),
    ("lib/moment-locale.js", include_str!("lib/moment-locale.js")),
    ("lib/lodash-common.js", include_str!("lib/lodash-common.js")),
    ("lib/lodash-more.js", include_str!("lib/lodash-more.js")),
    ("lib/lodash-rest.js", include_str!("lib/lodash-rest.js")),
    ("lib/modules.js", include_str!("lib/modules.js")),
    ("lib/cheerio.js", include_str!("lib/cheerio.js")),
    ("lib/csv-parse.js", include_str!("lib/csv-parse.js")),
    ("lib/sugar.js", include_str!("lib/sugar.js")),
    ("lib/node.js", include_str!("lib/node.js")),
    ("lib/xml2js.js", include_str!("lib/xml2js.js")),
    ("lib/ajv.js", include_str!("lib/ajv.js")),
    ("lib/tv4.js", include_str!("lib/tv4.js")),
    ("lib/schema-common.js", include_str!("lib/schema-common.js")),
    ("lib/crypto-js.js", include_str!("lib/crypto-js.js")),
    (
        "lib/crypto-js-cipher.js",
        include_str!("lib/crypto-js-cipher.js"),
    ),
    ("lib/lodash.js", include_str!("lib/lodash.js")),
    ("lib/lodash3.js", include_str!("lib/lodash3.js")),
    ("lib/moment.js", include_str!("lib/moment.js")),
    ("lib/buffer.js", include_str!("lib/buffer.js")),
    ("lib/small.js", include_str!("lib/small.js")),
];

pub(super) fn new_context(
    host: &Rc<RefCell<Host>>,
    options: SandboxOptions,
) -> JsResult<(Context, Glue)> {
    let executor = Rc::new(SimpleJobExecutor::new());
    let token = executor.get_cancellation_token();
    let jobs_stop: super::watchdog::Token =
        std::sync::Arc::new(move |raised| token.store(raised, std::sync::atomic::Ordering::SeqCst));
    let mut context = ContextBuilder::new()
        .job_executor(executor)
        .host_hooks(Rc::new(super::nesting::Hooks))
        .build()?;
    // boa folds constants and drops dead code in passes over every script's
    // syntax tree, for code that mostly runs once: 0.7% of the instructions
    // of 200 requests with distinct scripts, for nothing a script can see.
    context.set_optimizer_options(OptimizerOptions::empty());
    context
        .runtime_limits_mut()
        .set_loop_iteration_limit(options.loop_limit);
    context.insert_data(HostHandle(host.clone()));
    context.insert_data(json::KeyCache::default());
    host::install(&mut context)?;
    // js/dates.js reads it when a script names no locale.
    let host_object = member(&context.global_object(), "__host", &mut context)?;
    host_object.set(
        boa_engine::js_string!("defaultLocale"),
        boa_engine::JsString::from(options.locale),
        false,
        &mut context,
    )?;
    for (name, source) in PRELUDE {
        let source = Source::from_bytes(source.as_bytes()).with_path(std::path::Path::new(name));
        context.eval(source)?;
    }
    host::modules::install(&mut context)?;
    let global = context.global_object();
    let postrun = member(&global, "__postrun", &mut context)?;
    let glue = Glue {
        end: member(&postrun, "end", &mut context)?,
        settle_legacy: member(&postrun, "settleLegacy", &mut context)?,
        deliver: member(&postrun, "deliver", &mut context)?,
        fire_timer: member(&global, "__fireTimer", &mut context)?,
        postrun,
        jobs_stop,
    };
    let expect = member(&global, "__expect", &mut context)?;
    let assertion = member(&expect, "Assertion", &mut context)?;
    let assertion_prototype = member(&assertion, "prototype", &mut context)?;
    super::guard::install(&assertion_prototype, &mut context)?;
    // The host makes `pm.response` and `pm.sendRequest` replies with it.
    let response_prototype = member(&glue.postrun, "responsePrototype", &mut context)?;
    assert::install_response_to(&response_prototype, &assertion_prototype, &mut context)?;
    host::install_response_json(&response_prototype, &mut context)?;
    context.insert_data(host::ResponsePrototype(response_prototype));
    if options.native_paths() {
        install_shortcuts(&glue.postrun, &expect, &assertion_prototype, &mut context)?;
    }
    super::guard::install_for_methods(&assertion_prototype, &mut context)?;
    Ok((context, glue))
}

/// The host's native stand-ins for the prelude's hottest paths: `pm.test`,
/// the commonest assertions, the variable scopes. Each hands what it
/// cannot do exactly to the prelude. Not under `--timeout-script`: user
/// code called from a native function is out of reach of the budgeted
/// evaluation that enforces it, and there the prelude runs everything.
fn install_shortcuts(
    postrun: &JsObject,
    expect: &JsObject,
    assertion_prototype: &JsObject,
    context: &mut Context,
) -> JsResult<()> {
    let [pm, test, await_test] =
        ["pm", "test", "awaitTest"].map(|name| member(postrun, name, context));
    let pm = pm?;
    host::install_quick_test(context, pm.clone(), test?, await_test?)?;
    assert::install(expect, assertion_prototype, &pm, context)?;
    let scope = member(&pm, "environment", context)?;
    if let Some(scope_prototype) = scope.prototype() {
        host::install_scope_methods(&scope_prototype, context)?;
    }
    Ok(())
}

/// A property of a prelude object that must hold an object.
use host::member;
