//! Blocking forms of the hand-written helpers on generated handlers (the
//! handlers and requests themselves are generated, see
//! `crate::generated::blocking`).

use std::path::Path;

use super::{Assets, Documents, Users};
use crate::documents::Conversion;

impl Assets {
    methods!(assets Assets;
        /// The decoded content of an asset.
        fn download(&self, asset_id: &str) -> Vec<u8>;
        /// Write the decoded content of an asset to `path`.
        fn download_to(&self, asset_id: &str, path: impl AsRef<Path>) -> ();
    );
}

impl Documents {
    /// The content of a document (through its `fileUrl`, or decoded from
    /// its `content`). Blocks until done.
    ///
    /// The async form: [`Documents::download`](crate::documents::Documents::download).
    pub fn download(&self, document_id: &str) -> crate::Result<Vec<u8>> {
        self.rt.run(self.inner.download(document_id).send())
    }

    /// Write the content of a document to `path`. Blocks until done.
    ///
    /// The async form: [`Documents::download_to`](crate::documents::Documents::download_to).
    pub fn download_to(&self, document_id: &str, path: impl AsRef<Path>) -> crate::Result<()> {
        self.rt
            .run(self.inner.download_to(document_id, path).send())
    }

    /// The content of a document converted by the API's file server (page,
    /// size, rotation, …). Blocks until done.
    ///
    /// ```no_run
    /// # fn run(client: las_client::blocking::Client) -> las_client::Result<()> {
    /// use las_client::documents::Conversion;
    /// let jpeg = client.documents().download_converted("las:document:3f2a", Conversion::new().width(200))?;
    /// # let _ = jpeg;
    /// # Ok(())
    /// # }
    /// ```
    pub fn download_converted(
        &self,
        document_id: &str,
        conversion: Conversion,
    ) -> crate::Result<Vec<u8>> {
        self.rt.run(
            self.inner
                .download(document_id)
                .conversion(conversion)
                .send(),
        )
    }

    /// Write the content of a document, converted by the API's file server,
    /// to `path`. Blocks until done.
    pub fn download_converted_to(
        &self,
        document_id: &str,
        path: impl AsRef<Path>,
        conversion: Conversion,
    ) -> crate::Result<()> {
        self.rt.run(
            self.inner
                .download_to(document_id, path)
                .conversion(conversion)
                .send(),
        )
    }
}

impl Users {
    methods!(users Users;
        /// The profile of a user (name, email, locale, picture).
        fn profile(&self, user_id: &str) -> crate::types::Profile;
    );
}
