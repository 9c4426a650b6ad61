//! XML parsing for `xml2js` and `xml2Json`, on quick-xml: the document
//! comes back as a plain tree (`{ name, attrs, children }`, text as
//! strings, CDATA as `{ cdata }`), and `lib/xml2js.js` shapes it as xml2js
//! does for the options it was given.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use serde_json::{Map, Value, json};

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[("parseXml", 1, parse_xml)];

/// `parseXml(text)`: the root element as a tree; a malformed document
/// throws with its line and column, as sax (xml2js's parser) reports them.
fn parse_xml(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0, ctx)?;
    let tree = tree(&text).map_err(|(message, at)| {
        let (line, column) = position(&text, at);
        JsNativeError::error().with_message(format!("{message}\nLine: {line}\nColumn: {column}"))
    })?;
    Ok(json::from_value(&tree, ctx))
}

/// A zero-based line and column of a byte offset, as sax counts them.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count();
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

/// Why a document is not XML, and the byte offset where that shows.
pub(crate) type Failure = (String, usize);

/// A document as a tree of `{ name, attrs, children }` objects, text as
/// strings and CDATA as `{ cdata }` (also what JUnit merging reads).
pub(crate) fn tree(text: &str) -> Result<Value, Failure> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    // Open elements, innermost last; each holds its children so far.
    let mut open: Vec<(String, Value, Vec<Value>)> = Vec::new();
    let mut root = None;
    loop {
        let at = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|error| (error.to_string(), at))?;
        match event {
            Event::Start(start) => {
                open.push((name_of(&start), attributes(&start, at)?, Vec::new()));
            }
            Event::Empty(start) => {
                let element = element(name_of(&start), attributes(&start, at)?, Vec::new());
                place(&mut open, &mut root, element, at)?;
            }
            Event::End(_) => {
                let (name, attrs, children) =
                    open.pop().ok_or(("Unexpected close tag".to_string(), at))?;
                place(&mut open, &mut root, element(name, attrs, children), at)?;
            }
            Event::Text(text) => {
                let text = text.decode().map_err(|error| (error.to_string(), at))?;
                push_text(&mut open, &text);
            }
            Event::GeneralRef(reference) => {
                let text =
                    resolve(&reference).ok_or(("Invalid character entity".to_string(), at))?;
                push_text(&mut open, &text);
            }
            Event::CData(data) => {
                let data = String::from_utf8_lossy(&data.into_inner()).into_owned();
                if let Some((_, _, children)) = open.last_mut() {
                    children.push(json!({ "cdata": data }));
                }
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::DocType(_) | Event::Comment(_) => {}
        }
    }
    if !open.is_empty() {
        return Err(("Unclosed root tag".to_string(), text.len()));
    }
    root.ok_or(("Non-whitespace before first tag.".to_string(), 0))
}

fn element(name: String, attrs: Value, children: Vec<Value>) -> Value {
    json!({ "name": name, "attrs": attrs, "children": children })
}

fn name_of(start: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(start.name().as_ref()).into_owned()
}

fn attributes(start: &BytesStart<'_>, at: usize) -> Result<Value, Failure> {
    let mut map = Map::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|error| (error.to_string(), at))?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        // Not `normalized_value`: sax, xml2js's parser, keeps tabs and
        // newlines in attribute values as written.
        #[allow(deprecated)]
        let value = attribute
            .unescape_value()
            .map_err(|error| (error.to_string(), at))?
            .into_owned();
        map.insert(key, Value::String(value));
    }
    Ok(Value::Object(map))
}

/// A closed element goes to its parent, or becomes the root.
fn place(
    open: &mut [(String, Value, Vec<Value>)],
    root: &mut Option<Value>,
    element: Value,
    at: usize,
) -> Result<(), Failure> {
    match open.last_mut() {
        Some((_, _, children)) => children.push(element),
        None if root.is_none() => *root = Some(element),
        None => return Err(("Text data outside of root node.".to_string(), at)),
    }
    Ok(())
}

/// Text joins the text before it (an entity splits it into pieces).
fn push_text(open: &mut [(String, Value, Vec<Value>)], text: &str) {
    let Some((_, _, children)) = open.last_mut() else {
        return;
    };
    match children.last_mut() {
        Some(Value::String(before)) => before.push_str(text),
        _ => children.push(Value::String(text.to_string())),
    }
}

/// `&amp;`, `&#38;`, `&#x26;` and the other predefined references.
fn resolve(reference: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if reference.is_char_ref() {
        return reference
            .resolve_char_ref()
            .ok()
            .flatten()
            .map(String::from);
    }
    let name = reference.decode().ok()?;
    let text = match name.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    };
    Some(text.to_string())
}
