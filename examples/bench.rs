//! Benchmarks, against the in-process test server on 127.0.0.1:
//!
//! 1. plain: 1,000 GETs through postrun and through a bare reqwest loop.
//!    Target: postrun's overhead under 50%.
//! 2. scripted: the same, each request with its own script texts (as an
//!    exported collection has them): a pre-request script that sets a
//!    variable and a test script of 7 assertions (status, `to.eql` on the
//!    parsed body, response time, property and include, `to.be.an('array')`,
//!    `jsonSchema`, a legacy `tests[...]`). Targets: under 2× the bare loop, a median script cost
//!    under 0.2 ms, and peak RSS under 40 MB (the release binary).
//! 3. heavy scripts: 200 responses of ~50 KB JSON, each test script parsing,
//!    looping, aggregating, sorting, mapping/joining and re-parsing. Compared
//!    with Newman when it is installed in `.newman/` (target: at most a third
//!    of Newman's time).
//! 5. parallel: 16 iterations of 10 scripted requests against a server that
//!    answers after 20 ms, sequential and with `--parallel 8` (target: at
//!    least 6× the throughput), and peak RSS with 8 at once (under 64 MB).
//! 6. startup: a one-request run in a fresh process, without scripts and
//!    with a one-line test script, against `examples/bare_get.rs` (within
//!    2×).
//! 7. large: 200 responses of ~1 MB parsed by test scripts, every report
//!    written: peak RSS (under 64 MB).
//!
//! ```text
//! cargo run --release --example bench [-- REQUESTS [plain|scripted|heavy|libraries|parallel|startup|large]]
//! ```
//!
//! Each comparison alternates its two sides for `BENCH_ROUNDS` rounds
//! (default 5; Newman's at most 3) and prints the median ratio.
//! Naming one workload runs only that one (for `perf record`); `BENCH_PRE`
//! and `BENCH_TEST` replace the scripted workload's scripts, to see what a
//! given kind of script costs.

#[allow(dead_code)]
#[path = "../tests/it/support/server.rs"]
mod server;
#[allow(dead_code)]
#[path = "../tests/it/support/verify.rs"]
mod verify;

use std::path::Path;
use std::time::{Duration, Instant};

use postrun::events::{Event, EventKind, EventSink};
use postrun::plan::RunPlan;

// The same allocator as the binary (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The library workload's requests.
const LIBRARY_REQUESTS: usize = 20;

/// A pre-request script that needs the three largest libraries, with the
/// calls collections make of them (the wild corpus's most frequent:
/// `_.random`, `moment().add(30, 'day').format('YYYY-MM-DD')`, a base64
/// HMAC-SHA256) and a collection function (`map`, in a lazy part of lodash).
const REQUIRE_LIBRARIES: &str =
    "var L = require('lodash'), m = require('moment'), C = require('crypto-js');
L.map([L.random(1, 14)], String); m().add(30, 'day').format('YYYY-MM-DD');
C.enc.Base64.stringify(C.HmacSHA256('x', 'k'));";

/// Library calls on the response: HMAC-SHA256 of a distinct 1 KB slice 20
/// times, then tv4 and ajv on the whole ~50 KB body.
const LIBRARY_SCRIPT: &str = "var body = pm.response.text(), C = require('crypto-js'), Ajv = require('ajv');
for (var i = 0; i < 20; i++) { C.HmacSHA256(body.slice(i * 1024, (i + 1) * 1024), 'secret').toString(C.enc.Base64); }
var item = { type: 'object', required: ['id', 'name', 'email', 'score', 'active', 'tags'], properties: { id: { type: 'integer' }, name: { type: 'string' }, email: { type: 'string' }, score: { type: 'integer', minimum: 0 }, active: { type: 'boolean' }, tags: { type: 'array', items: { type: 'string' } } } };
var schema = { type: 'object', required: ['count', 'items'], properties: { count: { type: 'integer' }, items: { type: 'array', items: item } } };
var data = pm.response.json();
pm.test('tv4', function () { pm.expect(tv4.validate(data, schema)).to.be.true; });
pm.test('ajv', function () { pm.expect(new Ajv().validate(schema, data)).to.be.true; });";

const HEAVY_REQUESTS: usize = 200;
/// ~50 KB of JSON per response.
const HEAVY_RECORDS: usize = 480;

const HEAVY_SCRIPT: &str = r#"
const payload = pm.response.json();
let total = 0, active = 0;
const byTag = {};
for (const item of payload.items) {
    total += item.score;
    if (item.active) { active++; }
    for (const tag of item.tags) { byTag[tag] = (byTag[tag] || 0) + 1; }
}
const sorted = payload.items.slice().sort((a, b) => b.score - a.score || a.id - b.id);
const names = sorted.slice(0, 100).map((i) => i.name.toUpperCase()).join(', ');
const filtered = JSON.parse(JSON.stringify(payload.items.filter((i) => i.active && i.score > 500)));
pm.test('aggregates', () => {
    pm.expect(payload.items).to.have.lengthOf(480);
    pm.expect(total).to.be.above(0);
    pm.expect(Object.keys(byTag).length).to.equal(16);
    pm.expect(names).to.be.a('string');
    pm.expect(filtered.length).to.be.below(active);
});
"#;

/// Collects script durations (ScriptStarted → ScriptFinished) and failures.
#[derive(Default)]
struct Timings {
    script_started: Duration,
    scripts: Vec<Duration>,
    /// The same durations split by event: pre-request, test.
    by_event: [Vec<Duration>; 2],
}

impl Timings {
    fn absorb(&mut self, other: Timings) {
        self.scripts.extend(other.scripts);
        for (mine, theirs) in self.by_event.iter_mut().zip(other.by_event) {
            mine.extend(theirs);
        }
    }
}

impl EventSink for Timings {
    fn event(&mut self, event: &Event<'_>) {
        match &event.kind {
            EventKind::ScriptStarted { .. } => self.script_started = event.elapsed,
            EventKind::ScriptFinished { listen, .. } => {
                let took = event.elapsed - self.script_started;
                self.scripts.push(took);
                self.by_event[usize::from(*listen == postrun::load::Listen::Test)].push(took);
            }
            _ => {}
        }
    }
}

fn main() {
    let requests: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let only = std::env::args().nth(2);
    let wanted = |name: &str| only.as_deref().is_none_or(|o| o == name);
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5)
        .max(1);
    let server = server::TestServer::start();
    let base = server.url();

    // Warm both up once so neither pays for the first connection.
    bare_loop(&base, 20, "/get");
    postrun_run(&collection(20, "/get", None, None), &base);

    if wanted("plain") {
        plain_workload(&base, requests, rounds);
    }
    if wanted("scripted") {
        scripted_workload(&base, requests, rounds);
    }
    if wanted("heavy") {
        heavy_workload(&base, rounds);
    }
    if wanted("libraries") {
        libraries_workload(&base, rounds);
    }
    if wanted("parallel") {
        parallel_workload(&base, rounds);
    }
    if wanted("startup") {
        startup_workload(&base, rounds);
    }
    if wanted("large") {
        large_responses_workload(&base);
    }
}

/// The release binary and the bare one (`examples/bare_get.rs`), as a user
/// runs them: each a fresh process.
fn binary(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/release")
        .join(name)
}

/// Wall time of one process, or `None` when it did not succeed.
fn time_process(command: &mut std::process::Command) -> Option<Duration> {
    let started = Instant::now();
    let status = command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    status.success().then(|| started.elapsed())
}

/// Start-up: `postrun run` of a one-request collection, without scripts
/// and with a one-line test script, against the bare binary sending that
/// request (target: within 2x). Needs `cargo build --release --bin postrun
/// --example bare_get`.
fn startup_workload(base: &str, rounds: usize) {
    println!(
        "\n== start-up: one request, a fresh process each time (median of {} runs)",
        rounds * 10
    );
    let Ok(dir) = tempfile::tempdir() else { return };
    let test = "pm.test('ok', function () { pm.response.to.have.status(200); });";
    let files = [
        ("without scripts", None),
        ("with a one-line test script", Some(test)),
    ]
    .map(|(name, test)| {
        let file = dir.path().join(format!("{}.json", name.len()));
        let _ = std::fs::write(&file, collection(1, "/get", None, test));
        (name, file)
    });
    let url = format!("{base}/get");
    let mut bare = Vec::new();
    let mut runs: [Vec<Duration>; 2] = Default::default();
    for _ in 0..rounds * 10 {
        let Some(time) =
            time_process(std::process::Command::new(binary("examples/bare_get")).arg(&url))
        else {
            println!(
                "not measured (needs target/release/examples/bare_get and target/release/postrun)"
            );
            return;
        };
        bare.push(time);
        for ((_, file), times) in files.iter().zip(runs.iter_mut()) {
            let mut command = std::process::Command::new(binary("postrun"));
            command.arg("run").arg(file).args([
                "--env-var",
                &format!("baseUrl={base}"),
                "--env-var",
                "trace=bench",
                "-r",
                "cli",
            ]);
            let Some(time) = time_process(&mut command) else {
                println!("not measured (postrun failed)");
                return;
            };
            times.push(time);
        }
    }
    let bare = median_ms(&bare);
    println!("bare reqwest:     {bare:.1} ms");
    for ((name, _), times) in files.iter().zip(&runs) {
        let postrun = median_ms(times);
        println!(
            "postrun {name}: {postrun:.1} ms, {:.2}x (target: within 2x)",
            postrun / bare
        );
    }
}

/// 200 responses of about 1 MB, each read by a test script, with every
/// report written: peak RSS of the release binary (target: under 64 MB).
fn large_responses_workload(base: &str) {
    println!(
        "\n== large responses: 200 of ~1 MB JSON, each parsed by a test script, -r cli,json,junit,html"
    );
    let test = "const records = pm.response.json(); pm.test('records', () => pm.expect(Object.keys(records).length).to.be.above(0));";
    let text = collection(200, "/json/9000", None, Some(test));
    let Ok(out) = tempfile::tempdir() else { return };
    let export = |name: &str| out.path().join(name).to_string_lossy().into_owned();
    let (json, junit, html) = (export("r.json"), export("r.xml"), export("r.html"));
    let flags = [
        "--silent",
        "-r",
        "cli,json,junit,html",
        "--reporter-json-export",
        &json,
        "--reporter-junit-export",
        &junit,
        "--reporter-html-export",
        &html,
    ];
    let peak = peak_rss_with(&text, base, &flags).map(|kb| kb as f64);
    match peak {
        Some(kb) => println!(
            "peak RSS:         {:.1} MB (target: under 64 MB)",
            kb / 1024.0
        ),
        None => println!(
            "peak RSS:         not measured (needs target/release/postrun and /usr/bin/time)"
        ),
    }
}

/// `--parallel 8` against a server that answers after 20 ms, as real APIs
/// make a run wait: 16 iterations of 10 scripted requests, sequential and
/// with `--parallel 8` (target: at least 6x the throughput), and the peak RSS
/// of the release binary running 1,000 scripted requests 8 iterations at once
/// (target: under 64 MB).
fn parallel_workload(base: &str, rounds: usize) {
    const ITERATIONS: usize = 16;
    // Each request its own script texts, with a deep-equality assertion on
    // the parsed body, as in the scripted workload.
    let items: Vec<serde_json::Value> = (0..10)
        .map(|i| {
            let pre = format!("pm.variables.set('at_{i}', Date.now() + {i});");
            let test = format!(
                "pm.test('status of request {i}', () => pm.response.to.have.status(200));\n\
                 pm.test('body of request {i}', () => pm.expect(pm.response.json()).to.eql({{ delay: '0.02' }}));\n\
                 tests['request {i} timed'] = pm.variables.get('at_{i}') > {i};"
            );
            let script = |listen: &str, text: &str| {
                serde_json::json!({ "listen": listen, "script": { "exec": text.lines().collect::<Vec<_>>() } })
            };
            serde_json::json!({
                "name": format!("slow {i}"),
                "event": [script("prerequest", &pre), script("test", &test)],
                "request": { "method": "GET", "url": "{{baseUrl}}/delay/0.02" }
            })
        })
        .collect();
    let slow = serde_json::json!({ "info": { "name": "slow" }, "item": items }).to_string();
    let run = |workers: usize| {
        let collection =
            postrun::load::parse_collection(&slow, Path::new("bench.json")).expect("collection");
        let options = postrun::plan::RunOptions {
            iterations: ITERATIONS,
            parallel: workers,
            ..Default::default()
        };
        let plan = RunPlan::builder(collection)
            .env_var("baseUrl", base)
            .env_var("trace", "bench")
            .options(options)
            .build()
            .expect("plan");
        let started = Instant::now();
        let summary = postrun::run::run(&plan, &mut Timings::default()).expect("run");
        assert_eq!(summary.requests.total, 10 * ITERATIONS);
        assert!(!summary.has_failures(), "{:?}", summary.failures.first());
        started.elapsed()
    };
    let mut ratios = Rounds::new();
    let (mut one, mut eight) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds.min(3) {
        let (sequential, parallel) = (run(1), run(8));
        ratios.push(sequential, parallel);
        one = one.min(sequential);
        eight = eight.min(parallel);
    }
    let requests = 10 * ITERATIONS;
    println!(
        "\n== parallel: {ITERATIONS} iterations of 10 requests (each its own scripts: status, \
         to.eql on the parsed body, a legacy tests[...]), each answered after 20 ms"
    );
    println!(
        "sequential:       {:>8.0} req/s ({one:.1?})",
        rate(one, requests)
    );
    println!(
        "--parallel 8:     {:>8.0} req/s ({eight:.1?})",
        rate(eight, requests)
    );
    println!(
        "speed-up:         {:.2}x median, {} (target: at least 6x)",
        ratios.median(),
        ratios.range()
    );
    let thousand = realistic_collection(125, Reuse::None);
    match peak_rss_with(
        &thousand,
        base,
        &["-r", "cli", "--silent", "-n", "8", "--parallel", "8"],
    ) {
        Some(kb) => println!(
            "peak RSS:         {:.1} MB, 8 iterations of 125 scripted requests, 8 at once (target: under 64 MB)",
            kb as f64 / 1024.0
        ),
        None => println!(
            "peak RSS:         not measured (needs target/release/postrun and /usr/bin/time)"
        ),
    }
}

/// Wall time on a shared machine varies from one run to the next, so each
/// comparison alternates its two sides for several rounds and reports the
/// median of the per-round ratios, with their range.
struct Rounds {
    ratios: Vec<f64>,
}

impl Rounds {
    fn new() -> Rounds {
        Rounds { ratios: Vec::new() }
    }

    fn push(&mut self, ours: Duration, theirs: Duration) {
        self.ratios.push(ours.as_secs_f64() / theirs.as_secs_f64());
    }

    fn median(&self) -> f64 {
        let mut sorted = self.ratios.clone();
        sorted.sort_by(f64::total_cmp);
        sorted[sorted.len() / 2]
    }

    fn range(&self) -> String {
        let min = self.ratios.iter().copied().fold(f64::INFINITY, f64::min);
        let max = self.ratios.iter().copied().fold(0.0, f64::max);
        format!("{min:.2}–{max:.2} over {} rounds", self.ratios.len())
    }
}

fn plain_workload(base: &str, requests: usize, rounds: usize) {
    let text = collection(requests, "/get", None, None);
    let mut ratios = Rounds::new();
    let (mut bare, mut plain) = (Duration::MAX, Duration::MAX);
    for _ in 0..rounds {
        let bare_round = bare_loop(base, requests, "/get");
        let (plain_round, _) = postrun_run(&text, base);
        ratios.push(plain_round, bare_round);
        bare = bare.min(bare_round);
        plain = plain.min(plain_round);
    }
    println!("== plain: {requests} GET requests (fastest round of each)");
    println!(
        "bare reqwest:     {:>8.0} req/s ({:.1?})",
        rate(bare, requests),
        bare
    );
    println!(
        "postrun:          {:>8.0} req/s ({:.1?})",
        rate(plain, requests),
        plain
    );
    println!(
        "overhead:         {:+.1}% median, ratios {} (target: under +50%)",
        (ratios.median() - 1.0) * 100.0,
        ratios.range()
    );
}

fn scripted_workload(base: &str, requests: usize, rounds: usize) {
    let pre_env = std::env::var("BENCH_PRE").ok();
    let test_env = std::env::var("BENCH_TEST").ok();
    let pre = pre_env
        .as_deref()
        .unwrap_or("pm.variables.set('step', pm.info.requestName);");
    let test_default = "pm.test('status', () => pm.response.to.have.status(200));\n\
                pm.test('args', () => pm.expect(pm.response.json().args).to.have.property('i'));\n\
                pm.test('step', () => pm.expect(pm.variables.get('step')).to.be.a('string'));";
    let test = test_env.as_deref().unwrap_or(test_default);
    // As exported collections have them: every request its own script text
    // (so each is compiled), unless BENCH_PRE/BENCH_TEST ask for one text.
    let text = match (&pre_env, &test_env) {
        (None, None) => realistic_collection(requests, Reuse::None),
        _ => collection(requests, "/get", Some(pre), Some(test)),
    };
    let mut ratios = Rounds::new();
    let mut timings = Timings::default();
    let mut fastest = Duration::MAX;
    for _ in 0..rounds {
        let bare = bare_loop(base, requests, "/get");
        let (scripted, round_timings) = postrun_run(&text, base);
        ratios.push(scripted, bare);
        fastest = fastest.min(scripted);
        timings.absorb(round_timings);
    }
    println!(
        "\n== scripted: {requests} requests, each with its own pre-request script and a test \
         script, no two of one shape, of 7 assertions (status, deep equality on the parsed body, response time, \
         property and include, to.be.an('array'), jsonSchema, a legacy tests[...])"
    );
    println!(
        "postrun:          {:>8.0} req/s ({:.1?}, fastest round)",
        rate(fastest, requests),
        fastest
    );
    println!(
        "vs bare loop:     {:.2}x median, {} (target: under 2x)",
        ratios.median(),
        ratios.range()
    );
    println!(
        "script median:    {:.3} ms (target: under 0.2 ms), mean {:.3} ms",
        median_ms(&timings.scripts),
        mean_ms(&timings.scripts)
    );
    println!(
        "  by event:       pre-request {:.3} ms, test {:.3} ms (medians)",
        median_ms(&timings.by_event[0]),
        median_ms(&timings.by_event[1])
    );
    if pre_env.is_none() && test_env.is_none() {
        let repeated = realistic_collection(requests, Reuse::AsCorpus);
        let mut ratios = Rounds::new();
        for _ in 0..rounds {
            let bare = bare_loop(base, requests, "/get");
            let (scripted, _) = postrun_run(&repeated, base);
            ratios.push(scripted, bare);
        }
        println!(
            "  shapes repeated as in the wild corpus (239 per 545 scripts): {:.2}x the bare loop, median",
            ratios.median()
        );
    }
    match peak_rss(&text, base) {
        Some(kb) => println!(
            "peak RSS:         {:.1} MB, the release binary with -r cli (target: under 40 MB)",
            kb as f64 / 1024.0
        ),
        None => println!(
            "peak RSS:         not measured (needs target/release/postrun and /usr/bin/time)"
        ),
    }
}

/// How often a collection's scripts repeat one shape (the same text but
/// for literals), which postrun compiles once from its second script on.
#[derive(Clone, Copy)]
enum Reuse {
    /// Every script its own shape: the most compiling a run can need.
    None,
    /// As the wild corpus's collections repeat them: [`CORPUS_SHAPES`].
    AsCorpus,
}

/// Scripts per shape in the 28 collections of `../shared/corpus/wild`
/// (545 distinct texts, 239 shapes, by `script::shape`'s rules; the test
/// `shape::corpus` measures it): how many shapes have 1 script, 2, ….
const CORPUS_SHAPES: &[(usize, usize)] = &[
    (1, 202),
    (2, 11),
    (3, 8),
    (4, 2),
    (5, 3),
    (6, 1),
    (7, 2),
    (9, 3),
    (11, 1),
    (14, 1),
    (16, 1),
    (17, 1),
    (19, 1),
    (75, 2),
];

/// For each of `n` requests, its script's shape: the corpus's shapes, the
/// scripts of each spread evenly over the run (as a collection has one
/// per endpoint), `n` of them taken at even steps.
fn corpus_shapes(n: usize) -> Vec<usize> {
    let mut scripts: Vec<(f64, usize)> = Vec::new();
    let mut shape = 0;
    for &(per_shape, shapes) in CORPUS_SHAPES {
        for _ in 0..shapes {
            for member in 0..per_shape {
                scripts.push(((member as f64 + 0.5) / per_shape as f64, shape));
            }
            shape += 1;
        }
    }
    scripts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    (0..n).map(|i| scripts[i * scripts.len() / n].1).collect()
}

/// `n` GETs whose scripts are all different, as in a real collection: a
/// pre-request script that sets a variable, and a test script with the
/// assertions exported collections use most, on the echoed query. Names
/// in the scripts differ by shape (`body3`), literals by request.
fn realistic_collection(n: usize, reuse: Reuse) -> String {
    let shapes = match reuse {
        Reuse::None => (0..n).collect(),
        Reuse::AsCorpus => corpus_shapes(n),
    };
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let k = shapes[i];
            let pre = format!(
                "const name{k} = pm.info.requestName;\n\
                 pm.variables.set('step_{i}', name{k} + ' #{i}');"
            );
            let test = format!(
                "const body{k} = pm.response.json();\n\
                 pm.test('status of request {i}', () => pm.response.to.have.status(200));\n\
                 pm.test('echoes query {i}', () => pm.expect(body{k}.args).to.eql({{ i: '{i}' }}));\n\
                 pm.test('request {i} is quick', () => pm.expect(pm.response.responseTime).to.be.below(5000));\n\
                 pm.test('shape of {i}', () => {{ pm.expect(body{k}).to.have.property('headers'); pm.expect(body{k}.url).to.include('i={i}'); }});\n\
                 pm.test('keys of {i}', () => pm.expect(Object.keys(body{k}.args)).to.be.an('array'));\n\
                 pm.test('schema of {i}', () => pm.response.to.have.jsonSchema({{ type: 'object', required: ['args', 'url'], properties: {{ args: {{ type: 'object', required: ['i'] }}, url: {{ type: 'string' }} }} }}));\n\
                 tests['step {i} set'] = pm.variables.get('step_{i}') === 'request {i} #{i}';"
            );
            let script = |listen: &str, text: &str| {
                serde_json::json!({ "listen": listen, "script": { "exec": text.lines().collect::<Vec<_>>() } })
            };
            serde_json::json!({
                "name": format!("request {i}"),
                "event": [script("prerequest", &pre), script("test", &test)],
                "request": {
                    "method": "GET",
                    "header": [{ "key": "X-Trace", "value": "{{trace}}-{i}" }],
                    "url": format!("{{{{baseUrl}}}}/get?i={i}")
                }
            })
        })
        .collect();
    serde_json::json!({ "info": { "name": "bench" }, "item": items }).to_string()
}

/// Peak RSS in KB of the release binary running `text` (as a user runs
/// it: `postrun run FILE`), by `/usr/bin/time -f %M`.
fn peak_rss(text: &str, base: &str) -> Option<u64> {
    peak_rss_with(text, base, &["-r", "cli", "--silent"])
}

/// Peak RSS in KB of the release binary running `text` with `flags`
/// (reporters included), by `/usr/bin/time -f %M`.
fn peak_rss_with(text: &str, base: &str, flags: &[&str]) -> Option<u64> {
    let binary = binary("postrun");
    let dir = tempfile::tempdir().ok()?;
    let file = dir.path().join("bench.postman_collection.json");
    std::fs::write(&file, text).ok()?;
    let output = std::process::Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(binary)
        .arg("run")
        .arg(&file)
        .args([
            "--env-var",
            &format!("baseUrl={base}"),
            "--env-var",
            "trace=bench",
        ])
        .args(flags)
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    (output.status.success())
        .then(|| stderr.lines().last()?.trim().parse().ok())
        .flatten()
}

fn heavy_workload(base: &str, rounds: usize) {
    let path = format!("/json/{HEAVY_RECORDS}");
    let heavy = collection(HEAVY_REQUESTS, &path, None, Some(HEAVY_SCRIPT));
    let title = format!("heavy scripts: {HEAVY_REQUESTS} responses of ~50 KB JSON");
    versus_newman(&title, &heavy, HEAVY_REQUESTS, base, rounds, "at most 0.33");
}

/// The sandbox's libraries: what the first `require` of lodash, moment and
/// crypto-js adds to a run, and library calls on real bodies against Newman.
fn libraries_workload(base: &str, rounds: usize) {
    let with = collection(3, "/get", Some(REQUIRE_LIBRARIES), None);
    let without = collection(3, "/get", Some("var a = 1;"), None);
    let mut added = Vec::new();
    for _ in 0..rounds.max(5) {
        let (libraries, _) = postrun_run(&with, base);
        let (plain, _) = postrun_run(&without, base);
        added.push(libraries.saturating_sub(plain));
    }
    println!(
        "\n== libraries: first require of lodash, moment and crypto-js, with the calls collections make"
    );
    println!(
        "postrun:          adds {:.1} ms median (target: at most 20 ms)",
        median_ms(&added)
    );
    // Each side minus the same run without the script: Newman's start-up
    // (about a second of node) must not count in its favour or against it.
    let path = format!("/json/{HEAVY_RECORDS}");
    let calls = collection(LIBRARY_REQUESTS, &path, None, Some(LIBRARY_SCRIPT));
    let bare = collection(LIBRARY_REQUESTS, &path, None, None);
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..rounds.min(3) {
        ours.push(
            postrun_run(&calls, base)
                .0
                .saturating_sub(postrun_run(&bare, base).0),
        );
        if let (Some(with), Some(plain)) = (newman_run(&calls, base), newman_run(&bare, base)) {
            theirs.push(with.saturating_sub(plain));
        }
    }
    println!(
        "\n== library calls: {LIBRARY_REQUESTS} responses of ~50 KB JSON, each hashed 20 times \
         (HMAC-SHA256 of a distinct 1 KB slice) and validated by tv4 and ajv; the script's cost \
         (run with it minus run without), median per request"
    );
    let per_request = |times: &[Duration]| median_ms(times) / LIBRARY_REQUESTS as f64;
    println!("postrun:          {:.2} ms", per_request(&ours));
    if theirs.is_empty() {
        println!("newman:           not installed (npm install --prefix .newman newman@6)");
        return;
    }
    println!(
        "newman:           {:.2} ms (target: postrun below it)",
        per_request(&theirs)
    );
}

/// Runs `text` with postrun and, when installed, Newman; prints both and
/// the median ratio against `target`.
fn versus_newman(
    title: &str,
    text: &str,
    requests: usize,
    base: &str,
    rounds: usize,
    target: &str,
) {
    let newman_installed = newman_path().exists();
    let mut ratios = Rounds::new();
    let mut timings = Timings::default();
    let (mut ours, mut theirs) = (Duration::MAX, Duration::MAX);
    // Newman takes seconds a round: fewer rounds keep the benchmark short.
    for _ in 0..rounds.min(3) {
        let (round, round_timings) = postrun_run(text, base);
        ours = ours.min(round);
        timings.absorb(round_timings);
        if let Some(newman) = newman_installed.then(|| newman_run(text, base)).flatten() {
            theirs = theirs.min(newman);
            ratios.push(round, newman);
        }
    }
    println!("\n== {title}");
    println!(
        "postrun:          {:.1?} total (fastest round), {:.2} ms per request, script median {:.2} ms, mean {:.2} ms",
        ours,
        ours.as_secs_f64() * 1e3 / requests as f64,
        median_ms(&timings.scripts),
        mean_ms(&timings.scripts)
    );
    if ratios.ratios.is_empty() {
        println!("newman:           not installed (npm install --prefix .newman newman@6)");
        return;
    }
    println!(
        "newman:           {:.1?} total (fastest round), {:.2} ms per request",
        theirs,
        theirs.as_secs_f64() * 1e3 / requests as f64
    );
    println!(
        "postrun/newman:   {:.2} median, {} (target: {target})",
        ratios.median(),
        ratios.range()
    );
}

fn rate(elapsed: Duration, requests: usize) -> f64 {
    requests as f64 / elapsed.as_secs_f64()
}

fn mean_ms(times: &[Duration]) -> f64 {
    times.iter().map(Duration::as_secs_f64).sum::<f64>() * 1e3 / times.len().max(1) as f64
}

fn median_ms(times: &[Duration]) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted
        .get(sorted.len() / 2)
        .map_or(0.0, |d| d.as_secs_f64() * 1e3)
}

/// `n` GETs of `{{baseUrl}}PATH?i=N`, each with a header that resolves a
/// variable, and the given scripts.
fn collection(n: usize, path: &str, pre: Option<&str>, test: Option<&str>) -> String {
    let script = |listen: &str, source: Option<&str>| {
        source.map(|s| serde_json::json!({ "listen": listen, "script": { "exec": s.lines().collect::<Vec<_>>() } }))
    };
    let events: Vec<serde_json::Value> = [script("prerequest", pre), script("test", test)]
        .into_iter()
        .flatten()
        .collect();
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "name": format!("request {i}"),
                "event": events,
                "request": {
                    "method": "GET",
                    "header": [{ "key": "X-Trace", "value": "{{trace}}-{i}" }],
                    "url": {
                        "raw": format!("{{{{baseUrl}}}}{path}?i={i}"),
                        "host": ["{{baseUrl}}"],
                        "path": path.trim_start_matches('/').split('/').collect::<Vec<_>>(),
                        "query": [{ "key": "i", "value": i.to_string() }]
                    }
                }
            })
        })
        .collect();
    serde_json::json!({ "info": { "name": "bench" }, "item": items }).to_string()
}

fn postrun_run(text: &str, base: &str) -> (Duration, Timings) {
    let collection =
        postrun::load::parse_collection(text, Path::new("bench.json")).expect("collection");
    let plan = RunPlan::builder(collection)
        .env_var("baseUrl", base)
        .env_var("trace", "bench")
        .build()
        .expect("plan");
    let requests = plan.steps().len();
    let mut timings = Timings::default();
    let started = Instant::now();
    let summary = postrun::run::run(&plan, &mut timings).expect("run");
    let elapsed = started.elapsed();
    assert_eq!(summary.requests.total, requests);
    assert!(!summary.has_failures(), "{:?}", summary.failures.first());
    (elapsed, timings)
}

fn bare_loop(base: &str, n: usize, path: &str) -> Duration {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let client = reqwest::Client::new();
        let started = Instant::now();
        for i in 0..n {
            let response = client
                .get(format!("{base}{path}?i={i}"))
                .header("X-Trace", format!("bench-{i}"))
                .send()
                .await
                .expect("send");
            let body = response.bytes().await.expect("body");
            assert!(!body.is_empty());
        }
        started.elapsed()
    })
}

/// Newman from `.newman/`, or the one the parity suite installed in `.parity/`.
fn newman_path() -> std::path::PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let own = root.join(".newman/node_modules/newman/bin/newman.js");
    if own.exists() {
        return own;
    }
    root.join(".parity/node_modules/newman/bin/newman.js")
}

/// Newman on the same collection, when `.newman/` has it (start-up included).
fn newman_run(text: &str, base: &str) -> Option<Duration> {
    let newman = newman_path();
    let dir = tempfile::tempdir().ok()?;
    let file = dir.path().join("heavy.postman_collection.json");
    std::fs::write(&file, text).ok()?;
    let started = Instant::now();
    let status = std::process::Command::new("node")
        .arg(&newman)
        .args([
            "run",
            file.to_str()?,
            "--env-var",
            &format!("baseUrl={base}"),
            "--env-var",
            "trace=bench",
            "-r",
            "json",
        ])
        .arg("--reporter-json-export")
        .arg(dir.path().join("out.json"))
        .stdout(std::process::Stdio::null())
        .status()
        .ok()?;
    status.success().then(|| started.elapsed())
}
