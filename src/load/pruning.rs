//! `disableBodyPruning` across formats. Newman (v2.1) drops the body of a
//! GET/HEAD/… unless told; the v3 runtime always sends it. A conversion
//! writes the setting on exactly the requests whose meaning would change,
//! so both round trips send the same requests (and a v3 collection turned
//! into v2.1 does not switch the setting on for the whole collection).

use super::model::{Collection, Item};

/// Methods whose body Newman drops unless `disableBodyPruning` is set.
pub const BODYLESS_METHODS: [&str; 5] = ["GET", "COPY", "HEAD", "PURGE", "UNLOCK"];

/// Before writing v3: a request whose body Newman drops gets
/// `disableBodyPruning: false`; one set to the v3 default (sending) loses
/// the setting where nothing above it says otherwise.
pub fn for_v3(collection: &mut Collection) {
    // The v3 writer keeps only a collection-level `false`.
    let written = collection
        .behavior
        .disable_body_pruning
        .filter(|keep| !keep);
    let v2_1 = collection.behavior.disable_body_pruning;
    settle(&mut collection.items, v2_1, written.unwrap_or(true));
}

/// Before writing v2.1 from v3: the v3 default (send every body) moves from
/// the collection onto the requests it changes; a request that asks for
/// pruning, which is v2.1's default, no longer needs to.
pub fn for_v2_1(collection: &mut Collection) {
    let meant = collection.behavior.disable_body_pruning.take();
    settle_v2_1(&mut collection.items, meant, None);
}

/// `meant`: the setting the v2.1 source gives (unset: v2.1 prunes);
/// `v3_default`: what the written v3 tree gives without a request setting.
fn settle(items: &mut [Item], meant: Option<bool>, v3_default: bool) {
    for item in items {
        match item {
            Item::Folder(folder) => {
                let own = folder.behavior.disable_body_pruning;
                settle(&mut folder.items, own.or(meant), own.unwrap_or(v3_default));
            }
            Item::Request(request) if has_prunable_body(request) => {
                let keeps = request
                    .behavior
                    .disable_body_pruning
                    .or(meant)
                    .unwrap_or(false);
                request.behavior.disable_body_pruning = (keeps != v3_default).then_some(keeps);
            }
            Item::Request(_) => {}
        }
    }
}

/// `meant`: the setting the v3 source gives; `written`: what the folders
/// written above give in v2.1 (unset: v2.1 prunes).
fn settle_v2_1(items: &mut [Item], meant: Option<bool>, written: Option<bool>) {
    for item in items {
        match item {
            Item::Folder(folder) => {
                let own = folder.behavior.disable_body_pruning;
                settle_v2_1(&mut folder.items, own.or(meant), own.or(written));
            }
            Item::Request(request) if has_prunable_body(request) => {
                let keeps = request
                    .behavior
                    .disable_body_pruning
                    .or(meant)
                    .unwrap_or(false);
                let default = written.unwrap_or(false);
                request.behavior.disable_body_pruning = (keeps != default).then_some(keeps);
            }
            Item::Request(_) => {}
        }
    }
}

fn has_prunable_body(request: &super::model::RequestItem) -> bool {
    request.request.body.is_some() && BODYLESS_METHODS.contains(&request.request.method.as_str())
}
