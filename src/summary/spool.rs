//! Response bodies a report asked for (`--reporter-json-include-body`),
//! kept in an anonymous temporary file rather than in memory: a run of many
//! large responses holds only their places until the report reads them back.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::rc::Rc;

/// Where one kept body is.
#[derive(Debug, Clone, PartialEq)]
pub enum KeptBody {
    /// In the spool file, at this offset, this long.
    Spooled {
        /// Byte offset.
        offset: u64,
        /// Length in bytes.
        len: usize,
    },
    /// In memory (no temporary file could be made).
    Held(Vec<u8>),
}

/// The spool file, shared by the summary's clones.
#[derive(Debug, Clone, Default)]
pub struct Spool(Option<Rc<RefCell<File>>>);

impl PartialEq for Spool {
    /// Two summaries are alike whatever file their bodies are in.
    fn eq(&self, _: &Spool) -> bool {
        true
    }
}

impl Spool {
    /// Keeps `body`, in the file when there is one.
    pub fn keep(&mut self, body: &[u8]) -> KeptBody {
        if self.0.is_none() {
            self.0 = tempfile::tempfile().ok().map(|f| Rc::new(RefCell::new(f)));
        }
        let Some(file) = &self.0 else {
            return KeptBody::Held(body.to_vec());
        };
        let mut file = file.borrow_mut();
        let spooled = file.seek(SeekFrom::End(0)).and_then(|offset| {
            file.write_all(body)?;
            Ok(KeptBody::Spooled {
                offset,
                len: body.len(),
            })
        });
        spooled.unwrap_or_else(|_| KeptBody::Held(body.to_vec()))
    }

    /// A kept body, read back.
    pub fn read(&self, body: &KeptBody) -> io::Result<Vec<u8>> {
        match (body, &self.0) {
            (KeptBody::Held(bytes), _) => Ok(bytes.clone()),
            (KeptBody::Spooled { offset, len }, Some(file)) => {
                let mut file = file.borrow_mut();
                file.seek(SeekFrom::Start(*offset))?;
                let mut bytes = vec![0; *len];
                file.read_exact(&mut bytes)?;
                Ok(bytes)
            }
            (KeptBody::Spooled { .. }, None) => Err(io::Error::other("the body spool is gone")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_come_back_as_they_went_in() {
        let mut spool = Spool::default();
        let first = spool.keep(b"first body");
        let second = spool.keep(&[0, 1, 2, 255]);
        assert!(matches!(first, KeptBody::Spooled { .. }));
        assert_eq!(spool.read(&second).unwrap(), [0, 1, 2, 255]);
        assert_eq!(spool.read(&first).unwrap(), b"first body");
    }
}
