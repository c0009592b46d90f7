//! Organizations: `client.organizations()`.

use crate::call::Op;
use crate::resources::request_future;
use crate::types::{self, Organization};
use crate::{ids, Client, Result};

/// Organizations: read the organization (its limits and usage) and update
/// its name or description.
///
/// ```no_run
/// # async fn run(client: las_client::Client) -> las_client::Result<()> {
/// let org = client.organizations().get("las:organization:abc").await?;
/// println!(
///     "{} of {} predictions used this month",
///     org.monthly_number_of_predictions_created, org.monthly_number_of_predictions_allowed
/// );
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Organizations {
    client: Client,
}

impl Client {
    /// Organizations: read and update.
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let org = client.organizations().get("las:organization:abc").await?;
    /// # let _ = org;
    /// # Ok(())
    /// # }
    /// ```
    pub fn organizations(&self) -> Organizations {
        Organizations {
            client: self.clone(),
        }
    }
}

impl Organizations {
    /// Get an organization (`GET /organizations/{organizationId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// let org = client.organizations().get("las:organization:abc").await?;
    /// println!("{:?}", org.name);
    /// # Ok(())
    /// # }
    /// ```
    pub async fn get(&self, organization_id: &str) -> Result<Organization> {
        let id = ids::check("organization_id", organization_id)?;
        self.client
            .call(Op::get("get_organization"), |api| async move {
                api.get_organization(id).await
            })
            .await
    }

    /// Update an organization's name or description
    /// (`PATCH /organizations/{organizationId}`).
    ///
    /// ```no_run
    /// # async fn run(client: las_client::Client) -> las_client::Result<()> {
    /// client.organizations().update("las:organization:abc").name("Acme AS").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, organization_id: impl Into<String>) -> UpdateOrganization {
        UpdateOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::PatchOrganizationId {
                description: None,
                name: None,
            },
        }
    }
}

/// `PATCH /organizations/{organizationId}`. Created by
/// [`Organizations::update`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateOrganization {
    client: Client,
    organization_id: String,
    body: types::PatchOrganizationId,
}

impl UpdateOrganization {
    /// New name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.body.name = Some(name.into());
        self
    }
    /// New description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.body.description = Some(description.into());
        self
    }

    /// Send.
    pub async fn send(self) -> Result<Organization> {
        let id = ids::check("organization_id", &self.organization_id)?;
        let body = &self.body;
        self.client
            .call(Op::patch("update_organization"), |api| async move {
                api.update_organization(id, body).await
            })
            .await
    }
}

request_future!(UpdateOrganization => Organization);
