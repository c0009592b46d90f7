//! Blocking forms of the hand-written helpers on generated handlers (the
//! handlers and requests themselves are generated, see
//! `crate::generated::blocking`).

use std::path::Path;

use super::{Assets, Documents};

impl Assets {
    methods!(assets Assets;
        /// The decoded content of an asset.
        fn download(&self, asset_id: &str) -> Vec<u8>;
        /// Write the decoded content of an asset to `path`.
        fn download_to(&self, asset_id: &str, path: impl AsRef<Path>) -> ();
    );
}

impl Documents {
    methods!(documents Documents;
        /// The decoded content of a document.
        fn download(&self, document_id: &str) -> Vec<u8>;
        /// Write the decoded content of a document to `path`.
        fn download_to(&self, document_id: &str, path: impl AsRef<Path>) -> ();
    );
}
