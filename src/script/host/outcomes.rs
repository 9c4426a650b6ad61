//! What scripts report: assertions, console lines, uncaught errors, `setNextRequest` and `skipRequest`.

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("assertion", 6, assertion),
    ("testStarted", 0, test_started),
    ("testsStarted", 0, tests_started),
    ("console", 2, console),
    ("scriptError", 3, script_error),
    ("next", 1, next),
    ("skip", 0, skip),
];

fn assertion(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let skipped = args.get(1).is_some_and(JsValue::to_boolean);
    let error_name = optional_string_arg(args, 2, ctx)?;
    let mut message = optional_string_arg(args, 3, ctx)?.unwrap_or_default();
    if let (Some(error_name), Some(stack)) = (&error_name, optional_string_arg(args, 4, ctx)?) {
        message = in_v8_words(error_name, message, &stack, ctx)?;
    }
    // The number the test got when it started; one recorded at once takes
    // the next.
    let index = match args.get(5).filter(|index| index.is_number()) {
        Some(index) => index.to_number(ctx)? as usize,
        None => start_test(ctx)?,
    };
    let outcome = match (skipped, error_name) {
        (true, _) => AssertionOutcome::Skipped,
        (false, None) => AssertionOutcome::Passed,
        (false, Some(error_name)) => AssertionOutcome::Failed {
            error_name,
            message,
        },
    };
    host(ctx)?
        .borrow_mut()
        .outputs
        .push(ScriptOutput::Assertion {
            name,
            outcome,
            index,
        });
    Ok(JsValue::undefined())
}

/// `testStarted()`: the number of a test that starts now.
fn test_started(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(start_test(ctx)? as f64))
}

/// `pm.test.index()`: how many tests this script has started.
fn tests_started(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(host(ctx)?.borrow().tests_started as f64))
}

/// Numbers a test that starts now, as Newman numbers them (`assertion:N`).
fn start_test(ctx: &mut Context) -> JsResult<usize> {
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    host.tests_started += 1;
    Ok(host.tests_started - 1)
}

/// Replaces `pm.test` with a native function for the usual test, a
/// function without a `done` parameter: run from here, it skips a JS frame
/// and the calls the prelude's `test` makes to record its result, about a
/// third of a short test. Every other form goes on to the prelude's `test`.
/// Not for `--timeout-script`: a callback run from a native function is out
/// of reach of the budgeted evaluation that enforces it.
pub fn install_quick_test(
    ctx: &mut Context,
    pm: JsObject,
    prelude_test: JsObject,
    await_test: JsObject,
) -> JsResult<()> {
    let skip = prelude_test.get(js_string!("skip"), ctx)?;
    let index = prelude_test.get(js_string!("index"), ctx)?;
    let native = NativeFunction::from_copy_closure_with_captures(
        quick_test,
        (pm.clone(), prelude_test, await_test),
    );
    let function = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(js_string!("test"))
        .length(2)
        .constructor(false)
        .build();
    function.set(js_string!("skip"), skip, false, ctx)?;
    function.set(js_string!("index"), index, false, ctx)?;
    pm.set(js_string!("test"), function, false, ctx)?;
    Ok(())
}

/// `pm`, the prelude's `test` and its `awaitTest`.
type QuickTestGlue = (JsObject, JsObject, JsObject);

fn quick_test(
    _: &JsValue,
    args: &[JsValue],
    (pm, prelude_test, await_test): &QuickTestGlue,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let name = args.first().cloned().unwrap_or_default();
    let callback = match args.get(1).and_then(JsValue::as_callable) {
        Some(callback) if !takes_done(&callback, ctx)? => callback,
        _ => return prelude_test.call(&JsValue::undefined(), args, ctx),
    };
    let index = start_test(ctx)?;
    let outcome = match callback.call(&JsValue::undefined(), &[], ctx) {
        Ok(result) if is_thenable(&result, ctx)? => {
            let index = JsValue::from(index as f64);
            await_test.call(&JsValue::undefined(), &[name, result, index], ctx)?;
            return Ok(pm.clone().into());
        }
        Ok(_) => AssertionOutcome::Passed,
        Err(error) if is_call_stack_overflow(&error) => AssertionOutcome::Failed {
            error_name: "RangeError".to_string(),
            message: "Maximum call stack size exceeded".to_string(),
        },
        // What a JS `catch` would get; the engine's other limits go on up.
        Err(error) => {
            let thrown = error.into_opaque(ctx)?;
            let test_name = rust_string(&name.to_string(ctx)?);
            thrown_outcome(&thrown, &test_name, ctx)?
        }
    };
    let name = rust_string(&name.to_string(ctx)?);
    host(ctx)?
        .borrow_mut()
        .outputs
        .push(ScriptOutput::Assertion {
            name,
            outcome,
            index,
        });
    Ok(pm.clone().into())
}

/// Whether the test function declares a `done` parameter (`fn.length > 0`,
/// as the prelude's `test` asks).
fn takes_done(function: &JsObject, ctx: &mut Context) -> JsResult<bool> {
    Ok(function.get(js_string!("length"), ctx)?.to_number(ctx)? > 0.0)
}

/// boa's call-depth limits: an error no script can catch, where V8's
/// `RangeError` is one `pm.test` records as the test's failure before the
/// script goes on, as in Newman.
fn is_call_stack_overflow(error: &boa_engine::JsError) -> bool {
    use boa_engine::error::{EngineError, RuntimeLimitError};
    matches!(
        error.as_engine(),
        Some(EngineError::RuntimeLimit(
            RuntimeLimitError::Recursion | RuntimeLimitError::StackSize
        ))
    )
}

fn is_thenable(value: &JsValue, ctx: &mut Context) -> JsResult<bool> {
    match value.as_object() {
        Some(object) => Ok(object.get(js_string!("then"), ctx)?.is_callable()),
        None => Ok(false),
    }
}

/// A thrown value as Newman records it: an `Error` by its own `name` and
/// `message`; anything else (`throw 'x'`, `throw null`, a plain object) as
/// an `AssertionError` whose message is the test's name, unless the value
/// has a `name` or `message` of its own.
fn thrown_outcome(
    thrown: &JsValue,
    test_name: &str,
    ctx: &mut Context,
) -> JsResult<AssertionOutcome> {
    let error = JsValue::from(ctx.intrinsics().constructors().error().constructor());
    let is_error = thrown.is_object() && thrown.instance_of(&error, ctx)?;
    let (mut error_name, mut message) = ("AssertionError".to_string(), test_name.to_string());
    let Some(object) = thrown.as_object() else {
        return Ok(AssertionOutcome::Failed {
            error_name,
            message,
        });
    };
    for (key, into) in [
        (js_string!("name"), &mut error_name),
        (js_string!("message"), &mut message),
    ] {
        if is_error || object.has_own_property(key.clone(), ctx)? {
            *into = rust_string(&object.get(key, ctx)?.to_string(ctx)?);
        }
    }
    if is_error {
        let stack = object.get(js_string!("stack"), ctx)?;
        if stack.is_string() {
            let stack = rust_string(&stack.to_string(ctx)?);
            message = in_v8_words(&error_name, message, &stack, ctx)?;
        }
    }
    Ok(AssertionOutcome::Failed {
        error_name,
        message,
    })
}

/// An error's message as V8 words it, where postrun knows how
/// (`wording.rs`); else as it is.
fn in_v8_words(
    error_name: &str,
    message: String,
    stack: &str,
    ctx: &mut Context,
) -> JsResult<String> {
    let (source, literals) = {
        let host = host(ctx)?;
        let host = host.borrow();
        (host.source.clone(), host.literals.clone())
    };
    // boa's columns count in the shape; the wording reads the script.
    let stack = match literals {
        Some(literals) => literals.stack_in_script(stack, crate::script::WRAPPER_LINES),
        None => stack.to_string(),
    };
    Ok(super::wording::v8_message(error_name, &message, &stack, &source).unwrap_or(message))
}

fn console(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (level, message) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    host(ctx)?
        .borrow_mut()
        .outputs
        .push(ScriptOutput::Console(ConsoleLine { level, message }));
    Ok(JsValue::undefined())
}

fn script_error(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (name, stack) = (string_arg(args, 0, ctx)?, string_arg(args, 2, ctx)?);
    let message = in_v8_words(&name, string_arg(args, 1, ctx)?, &stack, ctx)?;
    let error = ThrownError {
        name,
        message,
        stack,
    };
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    // The first uncaught error is what stopped the script.
    if host.error.is_none() {
        host.error = Some(error);
    }
    Ok(JsValue::undefined())
}

/// `setNextRequest`: a name, `null` to end the run, `undefined` for none.
fn next(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let next = match args.first() {
        None => None,
        Some(value) if value.is_undefined() => None,
        Some(value) if value.is_null() => Some(NextRequest::Stop),
        Some(value) => Some(NextRequest::Named(
            value.to_string(ctx)?.to_std_string_escaped(),
        )),
    };
    host(ctx)?.borrow_mut().next = next;
    Ok(JsValue::undefined())
}

fn skip(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    if host.skipped.is_none() {
        host.skipped = Some(Box::new(Skipped {
            outputs: host.outputs.len(),
            scopes: host.scopes.clone(),
            next: host.next.clone(),
        }));
        // Timers still waiting never fire, as in Newman.
        host.timers.clear();
    }
    Ok(JsValue::undefined())
}
