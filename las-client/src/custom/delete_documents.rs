//! `deleteDocuments`: `delete_all` repeats the call until nothing matching is left.

use crate::call::Op;
use crate::documents::Documents;
use crate::paginate;
use crate::types::Documents as DocumentPage;
use crate::{Client, Error, Result};

impl Documents {
    /// Delete documents by dataset or consent (`DELETE /documents`). One
    /// call deletes one page; [`DeleteDocuments::delete_all`] follows
    /// `nextToken` until nothing matching is left.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let deleted = client.documents().delete_many().dataset_id("las:dataset:abc").delete_all().send().await?;
    /// println!("deleted {}", deleted.documents.len());
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_many(&self) -> DeleteDocuments {
        DeleteDocuments {
            client: self.client.clone(),
            filter: Filter::default(),
            max_results: None,
            next_token: None,
            delete_all: false,
        }
    }
}

/// `DELETE /documents`. Created by [`Documents::delete_many`].
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDocuments {
    client: Client,
    filter: Filter,
    max_results: Option<u64>,
    next_token: Option<String>,
    delete_all: bool,
}

impl DeleteDocuments {
    /// Only documents of this dataset (repeat for several).
    pub fn dataset_id(mut self, dataset_id: impl Into<String>) -> Self {
        self.filter.dataset_ids.push(dataset_id.into());
        self
    }
    /// Only documents with this consent id (repeat for several).
    pub fn consent_id(mut self, consent_id: impl Into<String>) -> Self {
        self.filter.consent_ids.push(consent_id.into());
        self
    }
    /// Delete at most this many documents (one page).
    pub fn max_results(mut self, max_results: u64) -> Self {
        self.max_results = Some(max_results);
        self
    }
    /// Continue from this token.
    pub fn next_token(mut self, token: impl Into<String>) -> Self {
        self.next_token = Some(token.into());
        self
    }
    /// Keep deleting until nothing matching is left (the Python SDK's
    /// `delete_all`). Cannot be combined with `max_results`.
    pub fn delete_all(mut self) -> Self {
        self.delete_all = true;
        self
    }

    /// Delete. With `delete_all`, the returned page holds every deleted
    /// document and no `nextToken`.
    pub async fn send(self) -> Result<DocumentPage> {
        let size = paginate::check_page_size(self.max_results)?;
        if self.delete_all && size.is_some() {
            return Err(Error::invalid_input(
                "delete_all deletes every matching document; it cannot be combined with max_results",
            ));
        }
        let mut all = self.delete_page(self.next_token.as_deref(), size).await?;
        if !self.delete_all {
            return Ok(all);
        }
        let mut seen = std::collections::HashSet::new();
        let mut token = all.next_token.take();
        while let Some(t) = token {
            if !seen.insert(t.clone()) {
                return Err(Error::InvalidResponse {
                    operation: "delete_documents",
                    what: format!("nextToken {t:?} was already returned"),
                });
            }
            let page = self.delete_page(Some(&t), size).await?;
            all.documents.extend(page.documents);
            token = page.next_token;
        }
        Ok(all)
    }

    async fn delete_page(
        &self,
        token: Option<&str>,
        size: Option<std::num::NonZeroU64>,
    ) -> Result<DocumentPage> {
        let filter = &self.filter;
        self.client
            .call(Op::delete("delete_documents"), |api| async move {
                api.delete_documents(filter.consent(), filter.dataset(), size, token)
                    .await
            })
            .await
    }
}

crate::resources::request_future!(DeleteDocuments => DocumentPage);

/// `consentId`/`datasetId` filters.
#[derive(Clone, Debug, Default)]
struct Filter {
    consent_ids: Vec<String>,
    dataset_ids: Vec<String>,
}

impl Filter {
    fn consent(&self) -> Option<&Vec<String>> {
        (!self.consent_ids.is_empty()).then_some(&self.consent_ids)
    }
    fn dataset(&self) -> Option<&Vec<String>> {
        (!self.dataset_ids.is_empty()).then_some(&self.dataset_ids)
    }
}
