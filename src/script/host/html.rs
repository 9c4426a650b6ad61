//! HTML for `cheerio`, on scraper (html5ever and CSS selectors): documents
//! stay here and scripts hold numbered handles to their nodes;
//! `lib/cheerio.js` builds cheerio's API on them.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::{Map, Value, json};

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("htmlLoad", 1, load),
    ("htmlSelect", 3, select),
    ("htmlNode", 2, node),
    ("htmlChildren", 2, children),
    ("htmlParent", 2, parent),
    ("htmlText", 2, text_of),
    ("htmlInner", 2, inner),
    ("htmlOuter", 2, outer),
];

/// Documents a sandbox keeps; the oldest goes when a new one would pass it.
const KEPT: usize = 16;

struct Document {
    id: u32,
    html: Html,
    /// The root: the document, or for a fragment the `<html>` holding it.
    root: NodeId,
    handles: Vec<NodeId>,
    index: HashMap<NodeId, usize>,
}

impl Document {
    fn handle(&mut self, node: NodeId) -> usize {
        if let Some(&known) = self.index.get(&node) {
            return known;
        }
        self.handles.push(node);
        self.index.insert(node, self.handles.len() - 1);
        self.handles.len() - 1
    }
}

thread_local! {
    static DOCUMENTS: RefCell<(u32, Vec<Document>)> = const { RefCell::new((0, Vec::new())) };
}

fn no_document() -> JsError {
    JsNativeError::error()
        .with_message("this cheerio document is no longer held (more than 16 were loaded)")
        .into()
}

/// A number argument (a document id, a handle); -1 when missing.
fn number(args: &[JsValue], index: usize, ctx: &mut Context) -> JsResult<f64> {
    Ok(args
        .get(index)
        .map(|v| v.to_number(ctx))
        .transpose()?
        .unwrap_or(-1.0))
}

/// Runs `work` on document `id`.
fn with_document<T>(id: f64, work: impl FnOnce(&mut Document) -> JsResult<T>) -> JsResult<T> {
    let id = id as u32;
    DOCUMENTS.with(|documents| {
        let mut documents = documents.borrow_mut();
        let document = documents
            .1
            .iter_mut()
            .find(|d| d.id == id)
            .ok_or_else(no_document)?;
        work(document)
    })
}

fn node_at(document: &Document, handle: f64) -> JsResult<NodeId> {
    document
        .handles
        .get(handle as usize)
        .copied()
        .filter(|_| handle >= 0.0)
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("not a node of this document")
                .into()
        })
}

/// `htmlLoad(text)`: a document (a whole page) or a fragment, and its id;
/// handle 0 is its root.
fn load(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0, ctx)?;
    let whole = {
        let head = text
            .trim_start()
            .get(..64)
            .unwrap_or(text.trim_start())
            .to_ascii_lowercase();
        head.starts_with("<!doctype") || head.starts_with("<html") || head.starts_with("<?xml")
    };
    let html = if whole {
        Html::parse_document(&text)
    } else {
        Html::parse_fragment(&text)
    };
    let root = if whole {
        html.tree.root().id()
    } else {
        html.root_element().id()
    };
    DOCUMENTS.with(|documents| {
        let mut documents = documents.borrow_mut();
        documents.0 += 1;
        let id = documents.0;
        if documents.1.len() >= KEPT {
            documents.1.remove(0);
        }
        let mut document = Document {
            id,
            html,
            root,
            handles: Vec::new(),
            index: HashMap::new(),
        };
        document.handle(root);
        documents.1.push(document);
        Ok(JsValue::from(id))
    })
}

/// `htmlSelect(doc, handles, selector)`: the elements under any of the
/// handles that match, in document order, each once.
fn select(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let selector = string_arg(args, 2, ctx)?;
    let selector = Selector::parse(&selector)
        .map_err(|error| JsNativeError::syntax().with_message(format!("{error}")))?;
    let contexts: Vec<f64> = match args.get(1).and_then(JsValue::as_object) {
        Some(list) => {
            let length = list.get(js_string!("length"), ctx)?.to_number(ctx)? as usize;
            (0..length)
                .map(|i| list.get(i, ctx).and_then(|v| v.to_number(ctx)))
                .collect::<JsResult<_>>()?
        }
        None => vec![0.0],
    };
    let doc = number(args, 0, ctx)?;
    let found = with_document(doc, |document| {
        let mut matched = HashSet::new();
        for handle in contexts {
            let Some(&id) = document.handles.get(handle as usize) else {
                continue;
            };
            let Some(node) = document.html.tree.get(id) else {
                continue;
            };
            let scope: Box<dyn Iterator<Item = ElementRef<'_>>> = match ElementRef::wrap(node) {
                Some(element) => Box::new(element.select(&selector)),
                None => Box::new(
                    node.descendants()
                        .filter_map(ElementRef::wrap)
                        .filter(|e| selector.matches(e)),
                ),
            };
            matched.extend(scope.map(|element| element.id()));
        }
        let root = document.html.tree.root();
        let ordered: Vec<NodeId> = root
            .descendants()
            .map(|n| n.id())
            .filter(|id| matched.contains(id))
            .collect();
        Ok(ordered
            .into_iter()
            .map(|id| document.handle(id))
            .collect::<Vec<_>>())
    })?;
    Ok(json::from_value(&json!(found), ctx))
}

/// `htmlNode(doc, handle)`: `{ type, name, attribs, data }` as cheerio's
/// nodes describe themselves (`tag`, `text`, `comment`, `root`, …).
fn node(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (doc, handle) = (number(args, 0, ctx)?, number(args, 1, ctx)?);
    let described = with_document(doc, |document| {
        let id = node_at(document, handle)?;
        let node = document.html.tree.get(id).ok_or_else(no_document)?;
        Ok(match node.value() {
            Node::Element(element) => {
                let attribs: Map<String, Value> = element
                    .attrs()
                    .map(|(name, value)| (name.to_string(), Value::String(value.to_string())))
                    .collect();
                let kind = match element.name() {
                    "script" => "script",
                    "style" => "style",
                    _ => "tag",
                };
                json!({ "type": kind, "name": element.name(), "attribs": attribs })
            }
            Node::Text(text) => json!({ "type": "text", "data": &**text }),
            Node::Comment(comment) => json!({ "type": "comment", "data": &**comment }),
            Node::Document | Node::Fragment => json!({ "type": "root", "name": "root" }),
            _ => json!({ "type": "directive" }),
        })
    })?;
    Ok(json::from_value(&described, ctx))
}

/// `htmlChildren(doc, handle)`: every child node, text included.
fn children(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (doc, handle) = (number(args, 0, ctx)?, number(args, 1, ctx)?);
    let handles = with_document(doc, |document| {
        let id = node_at(document, handle)?;
        let ids: Vec<NodeId> = document
            .html
            .tree
            .get(id)
            .ok_or_else(no_document)?
            .children()
            .map(|c| c.id())
            .collect();
        Ok(ids
            .into_iter()
            .map(|id| document.handle(id))
            .collect::<Vec<_>>())
    })?;
    Ok(json::from_value(&json!(handles), ctx))
}

/// `htmlParent(doc, handle)`: the parent's handle, or -1 at the root.
fn parent(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (doc, handle) = (number(args, 0, ctx)?, number(args, 1, ctx)?);
    let found = with_document(doc, |document| {
        let id = node_at(document, handle)?;
        if id == document.root {
            return Ok(-1);
        }
        let parent = document
            .html
            .tree
            .get(id)
            .and_then(|n| n.parent())
            .map(|p| p.id());
        Ok(parent.map_or(-1, |p| document.handle(p) as i64))
    })?;
    Ok(JsValue::from(found as f64))
}

/// The text of a node and everything under it.
fn text_of(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (doc, handle) = (number(args, 0, ctx)?, number(args, 1, ctx)?);
    let text = with_document(doc, |document| {
        let id = node_at(document, handle)?;
        let node = document.html.tree.get(id).ok_or_else(no_document)?;
        Ok(node
            .descendants()
            .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
            .collect::<String>())
    })?;
    Ok(JsValue::from(JsString::from(text.as_str())))
}

fn serialized(args: &[JsValue], ctx: &mut Context, outer: bool) -> JsResult<JsValue> {
    let (doc, handle) = (number(args, 0, ctx)?, number(args, 1, ctx)?);
    let html = with_document(doc, |document| {
        let id = node_at(document, handle)?;
        let node = document.html.tree.get(id).ok_or_else(no_document)?;
        Ok(match ElementRef::wrap(node) {
            Some(element) if outer && id != document.root => element.html(),
            Some(element) => element.inner_html(),
            None if node.value().is_text() => node
                .value()
                .as_text()
                .map(|t| escape_text(t))
                .unwrap_or_default(),
            None => node
                .children()
                .map(|child| match ElementRef::wrap(child) {
                    Some(element) => element.html(),
                    None => child
                        .value()
                        .as_text()
                        .map(|t| escape_text(t))
                        .unwrap_or_default(),
                })
                .collect(),
        })
    })?;
    Ok(JsValue::from(JsString::from(html.as_str())))
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `htmlInner(doc, handle)`: the markup inside a node.
fn inner(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    serialized(args, ctx, false)
}

/// `htmlOuter(doc, handle)`: the node's own markup.
fn outer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    serialized(args, ctx, true)
}
