//! Which requests a run sends, in what order: depth-first over the item
//! tree, narrowed by `--folder`.

use crate::load::{Auth, Behavior, Collection, Item, Listen, RequestItem};

use super::PlanError;

/// One request of the run, with what it inherits from its folders.
#[derive(Debug, Clone)]
pub struct Step<'c> {
    /// The request item.
    pub item: &'c RequestItem,
    /// `Folder / Sub folder / Request`.
    pub path: String,
    /// The enclosing folders, outermost first.
    pub folders: Vec<&'c crate::load::Folder>,
}

impl<'c> Step<'c> {
    /// The auth that applies: the request's own, else the nearest folder's,
    /// else the collection's. `noauth` at any level stops the search.
    pub fn auth(&self, collection: &'c Collection) -> Option<&'c Auth> {
        self.item
            .request
            .auth
            .as_ref()
            .or_else(|| self.folders.iter().rev().find_map(|f| f.auth.as_ref()))
            .or(collection.auth.as_ref())
    }

    /// The scripts for `listen`, in Newman's order: collection, then each
    /// folder from the outermost, then the request. An empty one is listed
    /// too: Newman runs and counts it.
    pub fn scripts(
        &self,
        collection: &'c Collection,
        listen: Listen,
    ) -> impl Iterator<Item = &'c str> + '_ {
        let folders = self.folders.iter().flat_map(|f| f.events.iter());
        collection
            .events
            .iter()
            .chain(folders)
            .chain(self.item.events.iter())
            .filter(move |script| script.listen == listen)
            .map(|script| script.source.as_str())
    }

    /// `protocolProfileBehavior` merged collection → folders → request.
    pub fn behavior(&self, collection: &Collection) -> Behavior {
        let folders = self.folders.iter().map(|f| &f.behavior);
        std::iter::once(&collection.behavior)
            .chain(folders)
            .chain(std::iter::once(&self.item.behavior))
            .fold(Behavior::default(), |outer, inner| outer.merged_with(inner))
    }
}

/// Every request in depth-first order, or only those inside the folders and
/// requests named by `selected` (matched by name at any depth).
pub fn steps<'c>(
    collection: &'c Collection,
    selected: &[String],
) -> Result<Vec<Step<'c>>, PlanError> {
    for name in selected {
        if !contains_name(&collection.items, name) {
            return Err(PlanError::UnknownFolder {
                name: name.clone(),
                suggestion: suggest(collection, name),
            });
        }
    }
    let mut out = Vec::new();
    walk(
        &collection.items,
        &mut Vec::new(),
        selected,
        selected.is_empty(),
        &mut out,
    );
    Ok(out)
}

fn walk<'c>(
    items: &'c [Item],
    folders: &mut Vec<&'c crate::load::Folder>,
    selected: &[String],
    inside_selection: bool,
    out: &mut Vec<Step<'c>>,
) {
    for item in items {
        let chosen = inside_selection || selected.iter().any(|s| s == item.name());
        match item {
            Item::Folder(folder) => {
                folders.push(folder);
                walk(&folder.items, folders, selected, chosen, out);
                folders.pop();
            }
            Item::Request(request) if chosen => out.push(Step {
                item: request,
                path: item_path(folders, &request.name),
                folders: folders.clone(),
            }),
            Item::Request(_) => {}
        }
    }
}

fn item_path(folders: &[&crate::load::Folder], name: &str) -> String {
    let mut parts: Vec<&str> = folders.iter().map(|f| f.name.as_str()).collect();
    parts.push(name);
    parts.join(" / ")
}

fn contains_name(items: &[Item], name: &str) -> bool {
    items.iter().any(|item| {
        item.name() == name || matches!(item, Item::Folder(f) if contains_name(&f.items, name))
    })
}

fn all_names(items: &[Item], out: &mut Vec<String>) {
    for item in items {
        out.push(item.name().to_string());
        if let Item::Folder(folder) = item {
            all_names(&folder.items, out);
        }
    }
}

/// The closest folder or request name, when one is close enough to be a typo.
fn suggest(collection: &Collection, name: &str) -> Option<String> {
    let mut names = Vec::new();
    all_names(&collection.items, &mut names);
    crate::suggest::closest(name, names)
}
