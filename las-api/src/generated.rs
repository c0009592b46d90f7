// generated — do not edit.
// Source: openapi.yaml. Regenerate with `cargo xtask generate`; CI runs
// `cargo xtask generate --check` and fails when this file is stale.

#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AppClient`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct AppClient {
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "apiKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_key: ::std::option::Option<crate::SecretString>,
        #[serde(rename = "appClientId")]
        pub app_client_id: ::std::string::String,
        #[serde(
            rename = "callbackUrls",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub callback_urls: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(rename = "clientId")]
        pub client_id: ::std::string::String,
        #[serde(
            rename = "clientSecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_secret: ::std::option::Option<crate::SecretString>,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "defaultLoginUrl",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub default_login_url: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "hasSecret")]
        pub has_secret: bool,
        #[serde(
            rename = "loginUrls",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub login_urls: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "logoutUrls",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub logout_urls: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "roleIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl AppClient {
        /// `AppClient` from its required fields; every optional field starts empty.
        pub fn new(
            app_client_id: ::std::string::String,
            client_id: ::std::string::String,
            has_secret: bool,
        ) -> Self {
            Self {
                api_key: ::std::option::Option::None,
                app_client_id,
                callback_urls: ::std::option::Option::None,
                client_id,
                client_secret: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                default_login_url: ::std::option::Option::None,
                description: ::std::option::Option::None,
                has_secret,
                login_urls: ::std::option::Option::None,
                logout_urls: ::std::option::Option::None,
                name: ::std::option::Option::None,
                role_ids: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`AppClients`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct AppClients {
        #[serde(rename = "appClients")]
        pub app_clients: ::std::vec::Vec<AppClient>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
    }
    impl AppClients {
        /// `AppClients` from its required fields; every optional field starts empty.
        pub fn new(app_clients: ::std::vec::Vec<AppClient>) -> Self {
            Self {
                app_clients,
                next_token: ::std::option::Option::None,
            }
        }
    }
    ///`Asset`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Asset {
        #[serde(rename = "assetId")]
        pub asset_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentMD5",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub content_md5: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Asset {
        /// `Asset` from its required fields; every optional field starts empty.
        pub fn new(asset_id: ::std::string::String) -> Self {
            Self {
                asset_id,
                content: ::std::option::Option::None,
                content_md5: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`Assets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Assets {
        pub assets: ::std::vec::Vec<Asset>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
    }
    impl Assets {
        /// `Assets` from its required fields; every optional field starts empty.
        pub fn new(assets: ::std::vec::Vec<Asset>) -> Self {
            Self {
                assets,
                next_token: ::std::option::Option::None,
            }
        }
    }
    ///`CompletedConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(transparent)]
    pub struct CompletedConfig(pub ::std::option::Option<CompletedConfigInner>);
    impl ::std::ops::Deref for CompletedConfig {
        type Target = ::std::option::Option<CompletedConfigInner>;
        fn deref(&self) -> &::std::option::Option<CompletedConfigInner> {
            &self.0
        }
    }
    impl ::std::convert::From<CompletedConfig> for ::std::option::Option<CompletedConfigInner> {
        fn from(value: CompletedConfig) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<CompletedConfigInner>> for CompletedConfig {
        fn from(value: ::std::option::Option<CompletedConfigInner>) -> Self {
            Self(value)
        }
    }
    ///`CompletedConfigInner`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct CompletedConfigInner {
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub environment: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        #[serde(
            rename = "environmentSecrets",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub environment_secrets: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "imageUrl")]
        pub image_url: ::std::string::String,
        #[serde(
            rename = "secretId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secret_id: ::std::option::Option<::std::string::String>,
    }
    impl CompletedConfigInner {
        /// `CompletedConfigInner` from its required fields; every optional field starts empty.
        pub fn new(image_url: ::std::string::String) -> Self {
            Self {
                environment: ::std::default::Default::default(),
                environment_secrets: ::std::default::Default::default(),
                image_url,
                secret_id: ::std::option::Option::None,
            }
        }
    }
    ///`DataBundle`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct DataBundle {
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "dataBundleId")]
        pub data_bundle_id: ::std::string::String,
        pub datasets: ::std::vec::Vec<DataBundleDatasetsItem>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "retentionInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retention_in_days: ::std::option::Option<i64>,
        pub status: crate::types::DataBundleStatus,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub summary:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl DataBundle {
        /// `DataBundle` from its required fields; every optional field starts empty.
        pub fn new(
            data_bundle_id: ::std::string::String,
            datasets: ::std::vec::Vec<DataBundleDatasetsItem>,
            model_id: ::std::string::String,
            status: crate::types::DataBundleStatus,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                data_bundle_id,
                datasets,
                description: ::std::option::Option::None,
                model_id,
                name: ::std::option::Option::None,
                retention_in_days: ::std::option::Option::None,
                status,
                summary: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`DataBundleDatasetsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct DataBundleDatasetsItem {
        #[serde(rename = "containsPersonallyIdentifiableInformation")]
        pub contains_personally_identifiable_information: bool,
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "datasetId")]
        pub dataset_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groundTruthSummary",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub ground_truth_summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfDocuments")]
        pub number_of_documents: i64,
        #[serde(rename = "retentionInDays")]
        pub retention_in_days: i64,
        #[serde(rename = "storageLocation")]
        pub storage_location: crate::types::StorageLocation,
        #[serde(
            rename = "updatedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
        pub version: i64,
    }
    impl DataBundleDatasetsItem {
        /// `DataBundleDatasetsItem` from its required fields; every optional field starts empty.
        pub fn new(
            contains_personally_identifiable_information: bool,
            dataset_id: ::std::string::String,
            number_of_documents: i64,
            retention_in_days: i64,
            storage_location: crate::types::StorageLocation,
            version: i64,
        ) -> Self {
            Self {
                contains_personally_identifiable_information,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                dataset_id,
                description: ::std::option::Option::None,
                ground_truth_summary: ::std::default::Default::default(),
                metadata: ::std::option::Option::None,
                name: ::std::option::Option::None,
                number_of_documents,
                retention_in_days,
                storage_location,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                version,
            }
        }
    }
    ///`DataBundles`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct DataBundles {
        #[serde(rename = "dataBundles")]
        pub data_bundles: ::std::vec::Vec<DataBundle>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub status: ::std::vec::Vec<crate::types::DataBundleStatus>,
    }
    impl DataBundles {
        /// `DataBundles` from its required fields; every optional field starts empty.
        pub fn new(data_bundles: ::std::vec::Vec<DataBundle>) -> Self {
            Self {
                data_bundles,
                next_token: ::std::option::Option::None,
                status: ::std::default::Default::default(),
            }
        }
    }
    ///`Dataset`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Dataset {
        #[serde(rename = "containsPersonallyIdentifiableInformation")]
        pub contains_personally_identifiable_information: bool,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "datasetId")]
        pub dataset_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "groundTruthSummary")]
        pub ground_truth_summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfDocuments")]
        pub number_of_documents: i64,
        #[serde(rename = "retentionInDays")]
        pub retention_in_days: i64,
        #[serde(rename = "storageLocation")]
        pub storage_location: crate::types::StorageLocation,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
        pub version: i64,
    }
    impl Dataset {
        /// `Dataset` from its required fields; every optional field starts empty.
        pub fn new(
            contains_personally_identifiable_information: bool,
            dataset_id: ::std::string::String,
            ground_truth_summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            number_of_documents: i64,
            retention_in_days: i64,
            storage_location: crate::types::StorageLocation,
            version: i64,
        ) -> Self {
            Self {
                contains_personally_identifiable_information,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                dataset_id,
                description: ::std::option::Option::None,
                ground_truth_summary,
                metadata: ::std::option::Option::None,
                name: ::std::option::Option::None,
                number_of_documents,
                retention_in_days,
                storage_location,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                version,
            }
        }
    }
    ///`Datasets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Datasets {
        pub datasets: ::std::vec::Vec<Dataset>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
    }
    impl Datasets {
        /// `Datasets` from its required fields; every optional field starts empty.
        pub fn new(datasets: ::std::vec::Vec<Dataset>) -> Self {
            Self {
                datasets,
                next_token: ::std::option::Option::None,
            }
        }
    }
    ///`DeploymentEnvironment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct DeploymentEnvironment {
        #[serde(rename = "deploymentEnvironmentId")]
        pub deployment_environment_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "modelDeploymentUnits")]
        pub model_deployment_units: i64,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "organizationId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
        pub status: crate::types::DeploymentEnvironmentStatus,
    }
    impl DeploymentEnvironment {
        /// `DeploymentEnvironment` from its required fields; every optional field starts empty.
        pub fn new(
            deployment_environment_id: ::std::string::String,
            model_deployment_units: i64,
            status: crate::types::DeploymentEnvironmentStatus,
        ) -> Self {
            Self {
                deployment_environment_id,
                description: ::std::option::Option::None,
                model_deployment_units,
                name: ::std::option::Option::None,
                organization_id: ::std::option::Option::None,
                status,
            }
        }
    }
    ///`DeploymentEnvironments`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct DeploymentEnvironments {
        #[serde(rename = "deploymentEnvironments")]
        pub deployment_environments: ::std::vec::Vec<DeploymentEnvironment>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
    }
    impl DeploymentEnvironments {
        /// `DeploymentEnvironments` from its required fields; every optional field starts empty.
        pub fn new(deployment_environments: ::std::vec::Vec<DeploymentEnvironment>) -> Self {
            Self {
                deployment_environments,
                next_token: ::std::option::Option::None,
            }
        }
    }
    ///`DockerTransitionParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct DockerTransitionParameters {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpu: ::std::option::Option<DockerTransitionParametersCpu>,
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub environment: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        #[serde(
            rename = "environmentSecrets",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub environment_secrets: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "imageUrl")]
        pub image_url: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory: ::std::option::Option<DockerTransitionParametersMemory>,
        #[serde(
            rename = "secretId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secret_id: ::std::option::Option<::std::string::String>,
    }
    impl DockerTransitionParameters {
        /// `DockerTransitionParameters` from its required fields; every optional field starts empty.
        pub fn new(image_url: ::std::string::String) -> Self {
            Self {
                cpu: ::std::option::Option::None,
                environment: ::std::default::Default::default(),
                environment_secrets: ::std::default::Default::default(),
                image_url,
                memory: ::std::option::Option::None,
                secret_id: ::std::option::Option::None,
            }
        }
    }
    ///`DockerTransitionParametersCpu`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DockerTransitionParametersCpu(i64);
    impl ::std::ops::Deref for DockerTransitionParametersCpu {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<DockerTransitionParametersCpu> for i64 {
        fn from(value: DockerTransitionParametersCpu) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for DockerTransitionParametersCpu {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![256_i64, 512_i64, 1024_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DockerTransitionParametersCpu {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for DockerTransitionParametersCpu {
        fn schema_name() -> ::std::string::String {
            "DockerTransitionParametersCpu".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("256").unwrap(),
                    ::serde_json::from_str("512").unwrap(),
                    ::serde_json::from_str("1024").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`DockerTransitionParametersMemory`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DockerTransitionParametersMemory(i64);
    impl ::std::ops::Deref for DockerTransitionParametersMemory {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<DockerTransitionParametersMemory> for i64 {
        fn from(value: DockerTransitionParametersMemory) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for DockerTransitionParametersMemory {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![512_i64, 1024_i64, 2048_i64, 4096_i64, 8192_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DockerTransitionParametersMemory {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for DockerTransitionParametersMemory {
        fn schema_name() -> ::std::string::String {
            "DockerTransitionParametersMemory".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("512").unwrap(),
                    ::serde_json::from_str("1024").unwrap(),
                    ::serde_json::from_str("2048").unwrap(),
                    ::serde_json::from_str("4096").unwrap(),
                    ::serde_json::from_str("8192").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`Document`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Document {
        #[serde(
            rename = "consentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub consent_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentMD5",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_md5: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type: ::std::option::Option<crate::types::ContentType>,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "datasetId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dataset_id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "documentId")]
        pub document_id: ::std::string::String,
        #[serde(
            rename = "fileUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub file_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groundTruth",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub ground_truth: ::std::vec::Vec<GroundTruthItem>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "retentionInDays")]
        pub retention_in_days: i64,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Document {
        /// `Document` from its required fields; every optional field starts empty.
        pub fn new(document_id: ::std::string::String, retention_in_days: i64) -> Self {
            Self {
                consent_id: ::std::option::Option::None,
                content: ::std::option::Option::None,
                content_md5: ::std::option::Option::None,
                content_type: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                dataset_id: ::std::option::Option::None,
                description: ::std::option::Option::None,
                document_id,
                file_url: ::std::option::Option::None,
                ground_truth: ::std::default::Default::default(),
                metadata: ::std::option::Option::None,
                name: ::std::option::Option::None,
                retention_in_days,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`Documents`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Documents {
        #[serde(
            rename = "consentId",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub consent_id: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "datasetId",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub dataset_id: ::std::vec::Vec<::std::string::String>,
        pub documents: ::std::vec::Vec<Document>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<crate::types::Order>,
        #[serde(
            rename = "sortBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sort_by: ::std::option::Option<crate::types::CreatedTimeSortBy>,
    }
    impl Documents {
        /// `Documents` from its required fields; every optional field starts empty.
        pub fn new(documents: ::std::vec::Vec<Document>) -> Self {
            Self {
                consent_id: ::std::default::Default::default(),
                dataset_id: ::std::default::Default::default(),
                documents,
                next_token: ::std::option::Option::None,
                order: ::std::option::Option::None,
                sort_by: ::std::option::Option::None,
            }
        }
    }
    ///`Empty`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(transparent)]
    pub struct Empty(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
    impl ::std::ops::Deref for Empty {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<Empty> for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: Empty) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>> for Empty {
        fn from(value: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///`Error`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct Error {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl Error {
        /// `Error` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                message: ::std::option::Option::None,
            }
        }
    }
    ///`ErrorConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(transparent)]
    pub struct ErrorConfig(pub ::std::option::Option<ErrorConfigInner>);
    impl ::std::ops::Deref for ErrorConfig {
        type Target = ::std::option::Option<ErrorConfigInner>;
        fn deref(&self) -> &::std::option::Option<ErrorConfigInner> {
            &self.0
        }
    }
    impl ::std::convert::From<ErrorConfig> for ::std::option::Option<ErrorConfigInner> {
        fn from(value: ErrorConfig) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::option::Option<ErrorConfigInner>> for ErrorConfig {
        fn from(value: ::std::option::Option<ErrorConfigInner>) -> Self {
            Self(value)
        }
    }
    ///`ErrorConfigInner`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct ErrorConfigInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "manualRetry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manual_retry: ::std::option::Option<bool>,
    }
    impl ErrorConfigInner {
        /// `ErrorConfigInner` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                email: ::std::option::Option::None,
                manual_retry: ::std::option::Option::None,
            }
        }
    }
    ///`FieldConfigEntry`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum FieldConfigEntry {
        Lines(FieldConfigLines),
        Field(FieldConfigField),
    }
    impl ::std::convert::From<FieldConfigLines> for FieldConfigEntry {
        fn from(value: FieldConfigLines) -> Self {
            Self::Lines(value)
        }
    }
    impl ::std::convert::From<FieldConfigField> for FieldConfigEntry {
        fn from(value: FieldConfigField) -> Self {
            Self::Field(value)
        }
    }
    ///`FieldConfigField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct FieldConfigField {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "enum",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub enum_: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub format: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isMultivalue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_multivalue: ::std::option::Option<bool>,
        #[serde(
            rename = "maxLength",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_length: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub strict: ::std::option::Option<bool>,
        #[serde(rename = "type")]
        pub type_: crate::types::FieldType,
    }
    impl FieldConfigField {
        /// `FieldConfigField` from its required fields; every optional field starts empty.
        pub fn new(type_: crate::types::FieldType) -> Self {
            Self {
                description: ::std::option::Option::None,
                enum_: ::std::default::Default::default(),
                format: ::std::option::Option::None,
                is_multivalue: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                strict: ::std::option::Option::None,
                type_,
            }
        }
    }
    ///`FieldConfigLines`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct FieldConfigLines {
        pub fields: ::std::collections::BTreeMap<::std::string::String, FieldConfigField>,
        #[serde(rename = "type")]
        pub type_: FieldConfigLinesType,
    }
    impl FieldConfigLines {
        /// `FieldConfigLines` from its required fields; every optional field starts empty.
        pub fn new(
            fields: ::std::collections::BTreeMap<::std::string::String, FieldConfigField>,
            type_: FieldConfigLinesType,
        ) -> Self {
            Self { fields, type_ }
        }
    }
    ///`FieldConfigLinesType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema,
    )]
    pub enum FieldConfigLinesType {
        #[serde(rename = "lines")]
        Lines,
    }
    impl ::std::fmt::Display for FieldConfigLinesType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Lines => f.write_str("lines"),
            }
        }
    }
    impl ::std::str::FromStr for FieldConfigLinesType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "lines" => Ok(Self::Lines),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for FieldConfigLinesType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for FieldConfigLinesType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GroundTruthItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct GroundTruthItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence: ::std::option::Option<f64>,
        pub label: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<i64>,
        pub value: GroundTruthValue,
    }
    impl GroundTruthItem {
        /// `GroundTruthItem` from its required fields; every optional field starts empty.
        pub fn new(label: ::std::string::String, value: GroundTruthValue) -> Self {
            Self {
                confidence: ::std::option::Option::None,
                label,
                pages: ::std::default::Default::default(),
                value,
            }
        }
    }
    ///`GroundTruthList`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum GroundTruthList {
        Items(::std::vec::Vec<GroundTruthListItem>),
        Rows(::std::vec::Vec<::std::vec::Vec<GroundTruthListItem>>),
    }
    impl ::std::convert::From<::std::vec::Vec<GroundTruthListItem>> for GroundTruthList {
        fn from(value: ::std::vec::Vec<GroundTruthListItem>) -> Self {
            Self::Items(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::vec::Vec<GroundTruthListItem>>>
        for GroundTruthList
    {
        fn from(value: ::std::vec::Vec<::std::vec::Vec<GroundTruthListItem>>) -> Self {
            Self::Rows(value)
        }
    }
    ///`GroundTruthListItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct GroundTruthListItem {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub confidence: ::std::option::Option<f64>,
        pub label: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<i64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<GroundTruthListItemValue>,
    }
    impl GroundTruthListItem {
        /// `GroundTruthListItem` from its required fields; every optional field starts empty.
        pub fn new(label: ::std::string::String) -> Self {
            Self {
                confidence: ::std::option::Option::None,
                label,
                pages: ::std::default::Default::default(),
                value: ::std::option::Option::None,
            }
        }
    }
    ///`GroundTruthListItemValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum GroundTruthListItemValue {
        String(::std::string::String),
        Boolean(bool),
        Number(f64),
        GroundTruthList(GroundTruthList),
    }
    impl ::std::convert::From<bool> for GroundTruthListItemValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }
    impl ::std::convert::From<f64> for GroundTruthListItemValue {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<GroundTruthList> for GroundTruthListItemValue {
        fn from(value: GroundTruthList) -> Self {
            Self::GroundTruthList(value)
        }
    }
    ///`GroundTruthValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum GroundTruthValue {
        Text(::std::option::Option<::std::string::String>),
        Bool(::std::option::Option<bool>),
        Number(::std::option::Option<f64>),
        GroundTruthList(GroundTruthList),
    }
    impl ::std::convert::From<::std::option::Option<::std::string::String>> for GroundTruthValue {
        fn from(value: ::std::option::Option<::std::string::String>) -> Self {
            Self::Text(value)
        }
    }
    impl ::std::convert::From<::std::option::Option<bool>> for GroundTruthValue {
        fn from(value: ::std::option::Option<bool>) -> Self {
            Self::Bool(value)
        }
    }
    impl ::std::convert::From<::std::option::Option<f64>> for GroundTruthValue {
        fn from(value: ::std::option::Option<f64>) -> Self {
            Self::Number(value)
        }
    }
    impl ::std::convert::From<GroundTruthList> for GroundTruthValue {
        fn from(value: GroundTruthList) -> Self {
            Self::GroundTruthList(value)
        }
    }
    ///`LambdaTransitionParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct LambdaTransitionParameters {
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub environment: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        #[serde(
            rename = "environmentSecrets",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub environment_secrets: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "lambdaId")]
        pub lambda_id: ::std::string::String,
    }
    impl LambdaTransitionParameters {
        /// `LambdaTransitionParameters` from its required fields; every optional field starts empty.
        pub fn new(lambda_id: ::std::string::String) -> Self {
            Self {
                environment: ::std::default::Default::default(),
                environment_secrets: ::std::default::Default::default(),
                lambda_id,
            }
        }
    }
    ///`Log`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Log {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "logId")]
        pub log_id: ::std::string::String,
        #[serde(
            rename = "startTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "transitionExecutionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub transition_execution_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "transitionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub transition_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workflowExecutionId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub workflow_execution_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workflowId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub workflow_id: ::std::option::Option<::std::string::String>,
    }
    impl Log {
        /// `Log` from its required fields; every optional field starts empty.
        pub fn new(log_id: ::std::string::String) -> Self {
            Self {
                events: ::std::default::Default::default(),
                log_id,
                start_time: ::std::option::Option::None,
                transition_execution_id: ::std::option::Option::None,
                transition_id: ::std::option::Option::None,
                workflow_execution_id: ::std::option::Option::None,
                workflow_id: ::std::option::Option::None,
            }
        }
    }
    ///`Logs`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Logs {
        pub logs: ::std::vec::Vec<Log>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<crate::types::Order>,
        #[serde(
            rename = "transitionExecutionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transition_execution_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "transitionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transition_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workflowExecutionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_execution_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workflowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workflow_id: ::std::option::Option<::std::string::String>,
    }
    impl Logs {
        /// `Logs` from its required fields; every optional field starts empty.
        pub fn new(logs: ::std::vec::Vec<Log>) -> Self {
            Self {
                logs,
                next_token: ::std::option::Option::None,
                order: ::std::option::Option::None,
                transition_execution_id: ::std::option::Option::None,
                transition_id: ::std::option::Option::None,
                workflow_execution_id: ::std::option::Option::None,
                workflow_id: ::std::option::Option::None,
            }
        }
    }
    ///`ManualTransitionParameters`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct ManualTransitionParameters {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assets: ::std::option::Option<TransitionAssets>,
    }
    impl ManualTransitionParameters {
        /// `ManualTransitionParameters` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                assets: ::std::option::Option::None,
            }
        }
    }
    ///`Model`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Model {
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fieldConfig",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub field_config: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
        >,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfDataBundles")]
        pub number_of_data_bundles: i64,
        #[serde(rename = "numberOfRunningTrainings")]
        pub number_of_running_trainings: i64,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        #[serde(
            rename = "postprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postprocess_config: ::std::option::Option<PostprocessConfig>,
        #[serde(rename = "preprocessConfig")]
        pub preprocess_config: PreprocessConfig,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statistics:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub status: crate::types::ModelStatus,
        #[serde(
            rename = "trainingId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub training_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<i64>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<i64>,
    }
    impl Model {
        /// `Model` from its required fields; every optional field starts empty.
        pub fn new(
            model_id: ::std::string::String,
            number_of_data_bundles: i64,
            number_of_running_trainings: i64,
            organization_id: ::std::string::String,
            preprocess_config: PreprocessConfig,
            status: crate::types::ModelStatus,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                field_config: ::std::option::Option::None,
                height: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
                model_id,
                name: ::std::option::Option::None,
                number_of_data_bundles,
                number_of_running_trainings,
                organization_id,
                postprocess_config: ::std::option::Option::None,
                preprocess_config,
                statistics: ::std::option::Option::None,
                status,
                training_id: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                version: ::std::option::Option::None,
                width: ::std::option::Option::None,
            }
        }
    }
    ///`Models`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Models {
        pub models: ::std::vec::Vec<Model>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
    }
    impl Models {
        /// `Models` from its required fields; every optional field starts empty.
        pub fn new(models: ::std::vec::Vec<Model>) -> Self {
            Self {
                models,
                next_token: ::std::option::Option::None,
            }
        }
    }
    ///`Organization`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Organization {
        #[serde(
            rename = "clientId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "deploymentsAllowed",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub deployments_allowed: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "deploymentsCreated",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub deployments_created: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "documentRetentionInDays")]
        pub document_retention_in_days: i64,
        #[serde(rename = "monthlyNumberOfActiveModelsUsed")]
        pub monthly_number_of_active_models_used: i64,
        #[serde(rename = "monthlyNumberOfDataBundlesAllowed")]
        pub monthly_number_of_data_bundles_allowed: i64,
        #[serde(rename = "monthlyNumberOfDataBundlesCreated")]
        pub monthly_number_of_data_bundles_created: i64,
        #[serde(rename = "monthlyNumberOfDocumentsAllowed")]
        pub monthly_number_of_documents_allowed: i64,
        #[serde(rename = "monthlyNumberOfDocumentsCreated")]
        pub monthly_number_of_documents_created: i64,
        #[serde(rename = "monthlyNumberOfFieldPredictionsAllowed")]
        pub monthly_number_of_field_predictions_allowed: i64,
        #[serde(rename = "monthlyNumberOfFieldPredictionsUsed")]
        pub monthly_number_of_field_predictions_used: i64,
        #[serde(rename = "monthlyNumberOfGpuHoursUsed")]
        pub monthly_number_of_gpu_hours_used: f64,
        #[serde(
            rename = "monthlyNumberOfModelDeploymentUnitsUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_model_deployment_units_used: ::std::option::Option<i64>,
        #[serde(
            rename = "monthlyNumberOfPagePredictionsAllowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_page_predictions_allowed: ::std::option::Option<i64>,
        #[serde(
            rename = "monthlyNumberOfPagePredictionsUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_page_predictions_used: ::std::option::Option<i64>,
        #[serde(rename = "monthlyNumberOfPredictionsAllowed")]
        pub monthly_number_of_predictions_allowed: i64,
        #[serde(rename = "monthlyNumberOfPredictionsCreated")]
        pub monthly_number_of_predictions_created: i64,
        #[serde(
            rename = "monthlyNumberOfProductionWorkflowMinutesUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_production_workflow_minutes_used: ::std::option::Option<i64>,
        #[serde(rename = "monthlyNumberOfTrainingsAllowed")]
        pub monthly_number_of_trainings_allowed: i64,
        #[serde(rename = "monthlyNumberOfTrainingsCreated")]
        pub monthly_number_of_trainings_created: i64,
        #[serde(rename = "monthlyNumberOfTransformationsAllowed")]
        pub monthly_number_of_transformations_allowed: i64,
        #[serde(rename = "monthlyNumberOfTransformationsCreated")]
        pub monthly_number_of_transformations_created: i64,
        #[serde(rename = "monthlyNumberOfTransitionExecutionsAllowed")]
        pub monthly_number_of_transition_executions_allowed: i64,
        #[serde(rename = "monthlyNumberOfTransitionExecutionsCreated")]
        pub monthly_number_of_transition_executions_created: i64,
        #[serde(
            rename = "monthlyNumberOfUserMinutesUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_user_minutes_used: ::std::option::Option<f64>,
        #[serde(rename = "monthlyNumberOfWorkflowExecutionsAllowed")]
        pub monthly_number_of_workflow_executions_allowed: i64,
        #[serde(rename = "monthlyNumberOfWorkflowExecutionsCreated")]
        pub monthly_number_of_workflow_executions_created: i64,
        #[serde(rename = "monthlyUsageSummary")]
        pub monthly_usage_summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfAppClientsAllowed")]
        pub number_of_app_clients_allowed: i64,
        #[serde(rename = "numberOfAppClientsCreated")]
        pub number_of_app_clients_created: i64,
        #[serde(rename = "numberOfAssetsAllowed")]
        pub number_of_assets_allowed: i64,
        #[serde(rename = "numberOfAssetsCreated")]
        pub number_of_assets_created: i64,
        #[serde(
            rename = "numberOfDatasetsAllowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_of_datasets_allowed: ::std::option::Option<i64>,
        #[serde(
            rename = "numberOfDatasetsCreated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_of_datasets_created: ::std::option::Option<i64>,
        #[serde(rename = "numberOfModelsAllowed")]
        pub number_of_models_allowed: i64,
        #[serde(rename = "numberOfModelsCreated")]
        pub number_of_models_created: i64,
        #[serde(rename = "numberOfSecretsAllowed")]
        pub number_of_secrets_allowed: i64,
        #[serde(rename = "numberOfSecretsCreated")]
        pub number_of_secrets_created: i64,
        #[serde(rename = "numberOfTransitionsAllowed")]
        pub number_of_transitions_allowed: i64,
        #[serde(rename = "numberOfTransitionsCreated")]
        pub number_of_transitions_created: i64,
        #[serde(rename = "numberOfUsersAllowed")]
        pub number_of_users_allowed: i64,
        #[serde(rename = "numberOfUsersCreated")]
        pub number_of_users_created: i64,
        #[serde(rename = "numberOfWorkflowsAllowed")]
        pub number_of_workflows_allowed: i64,
        #[serde(rename = "numberOfWorkflowsCreated")]
        pub number_of_workflows_created: i64,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        #[serde(
            rename = "paymentMethodId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub payment_method_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "planId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub plan_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Organization {
        /// `Organization` from its required fields; every optional field starts empty.
        pub fn new(
            document_retention_in_days: i64,
            monthly_number_of_active_models_used: i64,
            monthly_number_of_data_bundles_allowed: i64,
            monthly_number_of_data_bundles_created: i64,
            monthly_number_of_documents_allowed: i64,
            monthly_number_of_documents_created: i64,
            monthly_number_of_field_predictions_allowed: i64,
            monthly_number_of_field_predictions_used: i64,
            monthly_number_of_gpu_hours_used: f64,
            monthly_number_of_predictions_allowed: i64,
            monthly_number_of_predictions_created: i64,
            monthly_number_of_trainings_allowed: i64,
            monthly_number_of_trainings_created: i64,
            monthly_number_of_transformations_allowed: i64,
            monthly_number_of_transformations_created: i64,
            monthly_number_of_transition_executions_allowed: i64,
            monthly_number_of_transition_executions_created: i64,
            monthly_number_of_workflow_executions_allowed: i64,
            monthly_number_of_workflow_executions_created: i64,
            monthly_usage_summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            number_of_app_clients_allowed: i64,
            number_of_app_clients_created: i64,
            number_of_assets_allowed: i64,
            number_of_assets_created: i64,
            number_of_models_allowed: i64,
            number_of_models_created: i64,
            number_of_secrets_allowed: i64,
            number_of_secrets_created: i64,
            number_of_transitions_allowed: i64,
            number_of_transitions_created: i64,
            number_of_users_allowed: i64,
            number_of_users_created: i64,
            number_of_workflows_allowed: i64,
            number_of_workflows_created: i64,
            organization_id: ::std::string::String,
        ) -> Self {
            Self {
                client_id: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                deployments_allowed: ::std::default::Default::default(),
                deployments_created: ::std::default::Default::default(),
                description: ::std::option::Option::None,
                document_retention_in_days,
                monthly_number_of_active_models_used,
                monthly_number_of_data_bundles_allowed,
                monthly_number_of_data_bundles_created,
                monthly_number_of_documents_allowed,
                monthly_number_of_documents_created,
                monthly_number_of_field_predictions_allowed,
                monthly_number_of_field_predictions_used,
                monthly_number_of_gpu_hours_used,
                monthly_number_of_model_deployment_units_used: ::std::option::Option::None,
                monthly_number_of_page_predictions_allowed: ::std::option::Option::None,
                monthly_number_of_page_predictions_used: ::std::option::Option::None,
                monthly_number_of_predictions_allowed,
                monthly_number_of_predictions_created,
                monthly_number_of_production_workflow_minutes_used: ::std::option::Option::None,
                monthly_number_of_trainings_allowed,
                monthly_number_of_trainings_created,
                monthly_number_of_transformations_allowed,
                monthly_number_of_transformations_created,
                monthly_number_of_transition_executions_allowed,
                monthly_number_of_transition_executions_created,
                monthly_number_of_user_minutes_used: ::std::option::Option::None,
                monthly_number_of_workflow_executions_allowed,
                monthly_number_of_workflow_executions_created,
                monthly_usage_summary,
                name: ::std::option::Option::None,
                number_of_app_clients_allowed,
                number_of_app_clients_created,
                number_of_assets_allowed,
                number_of_assets_created,
                number_of_datasets_allowed: ::std::option::Option::None,
                number_of_datasets_created: ::std::option::Option::None,
                number_of_models_allowed,
                number_of_models_created,
                number_of_secrets_allowed,
                number_of_secrets_created,
                number_of_transitions_allowed,
                number_of_transitions_created,
                number_of_users_allowed,
                number_of_users_created,
                number_of_workflows_allowed,
                number_of_workflows_created,
                organization_id,
                payment_method_id: ::std::option::Option::None,
                plan_id: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`Organizations`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Organizations {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub organizations: ::std::vec::Vec<Organization>,
    }
    impl Organizations {
        /// `Organizations` from its required fields; every optional field starts empty.
        pub fn new(organizations: ::std::vec::Vec<Organization>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                organizations,
            }
        }
    }
    ///`PatchAppClientId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchAppClientId {
        #[serde(
            rename = "defaultLoginUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_login_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "loginUrls",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub login_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "roleIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub role_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl PatchAppClientId {
        /// `PatchAppClientId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                default_login_url: ::std::option::Option::None,
                description: ::std::option::Option::None,
                login_urls: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                role_ids: ::std::default::Default::default(),
            }
        }
    }
    ///`PatchAssetId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchAssetId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<crate::Base64Content>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PatchAssetId {
        /// `PatchAssetId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                content: ::std::option::Option::None,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PatchDataBundleId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchDataBundleId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PatchDataBundleId {
        /// `PatchDataBundleId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PatchDatasetId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchDatasetId {
        #[serde(
            rename = "containsPersonallyIdentifiableInformation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contains_personally_identifiable_information: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "retentionInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retention_in_days: ::std::option::Option<i64>,
    }
    impl PatchDatasetId {
        /// `PatchDatasetId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                contains_personally_identifiable_information: ::std::option::Option::None,
                description: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                retention_in_days: ::std::option::Option::None,
            }
        }
    }
    ///`PatchDocumentId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchDocumentId {
        #[serde(
            rename = "datasetId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dataset_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groundTruth",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ground_truth: ::std::option::Option<::std::vec::Vec<GroundTruthItem>>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "retentionInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retention_in_days: ::std::option::Option<i64>,
    }
    impl PatchDocumentId {
        /// `PatchDocumentId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                dataset_id: ::std::option::Option::None,
                description: ::std::option::Option::None,
                ground_truth: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                retention_in_days: ::std::option::Option::None,
            }
        }
    }
    ///`PatchModelId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchModelId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fieldConfig",
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub field_config: ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "postprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postprocess_config: ::std::option::Option<PostprocessConfig>,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PreprocessConfig>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::ModelStatus>,
        #[serde(
            rename = "trainingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub training_id: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<i64>,
    }
    impl PatchModelId {
        /// `PatchModelId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                field_config: ::std::default::Default::default(),
                height: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                postprocess_config: ::std::option::Option::None,
                preprocess_config: ::std::option::Option::None,
                status: ::std::option::Option::None,
                training_id: ::std::option::Option::None,
                width: ::std::option::Option::None,
            }
        }
    }
    ///`PatchOrganizationId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchOrganizationId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "paymentMethodId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "planId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub plan_id: ::std::option::Option<::std::string::String>,
    }
    impl PatchOrganizationId {
        /// `PatchOrganizationId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
                payment_method_id: ::std::option::Option::None,
                plan_id: ::std::option::Option::None,
            }
        }
    }
    ///`PatchPaymentMethodId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchPaymentMethodId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "stripeSetupIntentSecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stripe_setup_intent_secret: ::std::option::Option<crate::SecretString>,
    }
    impl PatchPaymentMethodId {
        /// `PatchPaymentMethodId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
                stripe_setup_intent_secret: ::std::option::Option::None,
            }
        }
    }
    ///`PatchProfileId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchProfileId {
        #[serde(
            rename = "familyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub family_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "givenName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub given_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub picture: ::std::option::Option<::std::string::String>,
    }
    impl PatchProfileId {
        /// `PatchProfileId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                family_name: ::std::option::Option::None,
                given_name: ::std::option::Option::None,
                locale: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
                name: ::std::option::Option::None,
                picture: ::std::option::Option::None,
            }
        }
    }
    ///`PatchSecretId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchSecretId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<crate::SecretMap>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PatchSecretId {
        /// `PatchSecretId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                data: ::std::option::Option::None,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PatchTrainingId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchTrainingId {
        #[serde(
            rename = "deploymentEnvironmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployment_environment_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::PatchTrainingIdStatus>,
    }
    impl PatchTrainingId {
        /// `PatchTrainingId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                deployment_environment_id: ::std::option::Option::None,
                description: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                status: ::std::option::Option::None,
            }
        }
    }
    ///`PatchTransistionExecutionId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PatchTransistionExecutionId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<PatchTransistionExecutionIdError>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub output: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        pub status: crate::types::TransitionExecutionUpdateStatus,
    }
    impl PatchTransistionExecutionId {
        /// `PatchTransistionExecutionId` from its required fields; every optional field starts empty.
        pub fn new(status: crate::types::TransitionExecutionUpdateStatus) -> Self {
            Self {
                error: ::std::option::Option::None,
                output: ::std::default::Default::default(),
                start_time: ::std::option::Option::None,
                status,
            }
        }
    }
    ///`PatchTransistionExecutionIdError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PatchTransistionExecutionIdError {
        pub message: ::std::string::String,
    }
    impl PatchTransistionExecutionIdError {
        /// `PatchTransistionExecutionIdError` from its required fields; every optional field starts empty.
        pub fn new(message: ::std::string::String) -> Self {
            Self { message }
        }
    }
    ///`PatchTransitionId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchTransitionId {
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assets: ::std::option::Option<TransitionAssets>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub environment: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "environmentSecrets",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub environment_secrets: ::std::vec::Vec<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "inputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub input_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "outputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub output_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters: ::std::option::Option<PatchTransitionIdParameters>,
    }
    impl PatchTransitionId {
        /// `PatchTransitionId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                assets: ::std::option::Option::None,
                description: ::std::option::Option::None,
                environment: ::std::default::Default::default(),
                environment_secrets: ::std::default::Default::default(),
                input_json_schema: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                output_json_schema: ::std::default::Default::default(),
                parameters: ::std::option::Option::None,
            }
        }
    }
    ///`PatchTransitionIdParameters`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchTransitionIdParameters {
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_0: ::std::option::Option<PatchTransitionIdParametersSubtype0>,
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_1: ::std::option::Option<PatchTransitionIdParametersSubtype1>,
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_2: ::std::option::Option<ManualTransitionParameters>,
    }
    impl PatchTransitionIdParameters {
        /// `PatchTransitionIdParameters` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                subtype_0: ::std::option::Option::None,
                subtype_1: ::std::option::Option::None,
                subtype_2: ::std::option::Option::None,
            }
        }
    }
    ///`PatchTransitionIdParametersSubtype0`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchTransitionIdParametersSubtype0 {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpu: ::std::option::Option<PatchTransitionIdParametersSubtype0Cpu>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(
            rename = "environmentSecrets",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub environment_secrets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "imageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory: ::std::option::Option<PatchTransitionIdParametersSubtype0Memory>,
        #[serde(
            rename = "secretId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secret_id: ::std::option::Option<::std::string::String>,
    }
    impl PatchTransitionIdParametersSubtype0 {
        /// `PatchTransitionIdParametersSubtype0` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                cpu: ::std::option::Option::None,
                environment: ::std::option::Option::None,
                environment_secrets: ::std::option::Option::None,
                image_url: ::std::option::Option::None,
                memory: ::std::option::Option::None,
                secret_id: ::std::option::Option::None,
            }
        }
    }
    ///`PatchTransitionIdParametersSubtype0Cpu`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PatchTransitionIdParametersSubtype0Cpu(i64);
    impl ::std::ops::Deref for PatchTransitionIdParametersSubtype0Cpu {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<PatchTransitionIdParametersSubtype0Cpu> for i64 {
        fn from(value: PatchTransitionIdParametersSubtype0Cpu) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for PatchTransitionIdParametersSubtype0Cpu {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![256_i64, 512_i64, 1024_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PatchTransitionIdParametersSubtype0Cpu {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for PatchTransitionIdParametersSubtype0Cpu {
        fn schema_name() -> ::std::string::String {
            "PatchTransitionIdParametersSubtype0Cpu".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("256").unwrap(),
                    ::serde_json::from_str("512").unwrap(),
                    ::serde_json::from_str("1024").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`PatchTransitionIdParametersSubtype0Memory`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PatchTransitionIdParametersSubtype0Memory(i64);
    impl ::std::ops::Deref for PatchTransitionIdParametersSubtype0Memory {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<PatchTransitionIdParametersSubtype0Memory> for i64 {
        fn from(value: PatchTransitionIdParametersSubtype0Memory) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for PatchTransitionIdParametersSubtype0Memory {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![512_i64, 1024_i64, 2048_i64, 4096_i64, 8192_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PatchTransitionIdParametersSubtype0Memory {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for PatchTransitionIdParametersSubtype0Memory {
        fn schema_name() -> ::std::string::String {
            "PatchTransitionIdParametersSubtype0Memory".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("512").unwrap(),
                    ::serde_json::from_str("1024").unwrap(),
                    ::serde_json::from_str("2048").unwrap(),
                    ::serde_json::from_str("4096").unwrap(),
                    ::serde_json::from_str("8192").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`PatchTransitionIdParametersSubtype1`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchTransitionIdParametersSubtype1 {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(
            rename = "environmentSecrets",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub environment_secrets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "lambdaId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub lambda_id: ::std::option::Option<::std::string::String>,
    }
    impl PatchTransitionIdParametersSubtype1 {
        /// `PatchTransitionIdParametersSubtype1` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                environment: ::std::option::Option::None,
                environment_secrets: ::std::option::Option::None,
                lambda_id: ::std::option::Option::None,
            }
        }
    }
    ///`PatchUserId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchUserId {
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "roleIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub role_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl PatchUserId {
        /// `PatchUserId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                avatar: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                role_ids: ::std::default::Default::default(),
            }
        }
    }
    ///`PatchWorkflowExecutionId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchWorkflowExecutionId {
        #[serde(
            rename = "nextTransitionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_transition_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::PatchWorkflowExecutionIdStatus>,
    }
    impl PatchWorkflowExecutionId {
        /// `PatchWorkflowExecutionId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                next_transition_id: ::std::option::Option::None,
                status: ::std::option::Option::None,
            }
        }
    }
    ///`PatchWorkflowId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchWorkflowId {
        #[serde(
            rename = "completedConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub completed_config: ::std::option::Option<PatchWorkflowIdCompletedConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "emailConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_config: ::std::option::Option<PatchWorkflowIdEmailConfig>,
        #[serde(
            rename = "errorConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_config: ::std::option::Option<PatchWorkflowIdErrorConfig>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::WorkflowStatus>,
    }
    impl PatchWorkflowId {
        /// `PatchWorkflowId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                completed_config: ::std::option::Option::None,
                description: ::std::option::Option::None,
                email_config: ::std::option::Option::None,
                error_config: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                status: ::std::option::Option::None,
            }
        }
    }
    ///`PatchWorkflowIdCompletedConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PatchWorkflowIdCompletedConfig {
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub environment: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        #[serde(
            rename = "environmentSecrets",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub environment_secrets: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "imageUrl")]
        pub image_url: ::std::string::String,
        #[serde(
            rename = "secretId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secret_id: ::std::option::Option<::std::string::String>,
    }
    impl PatchWorkflowIdCompletedConfig {
        /// `PatchWorkflowIdCompletedConfig` from its required fields; every optional field starts empty.
        pub fn new(image_url: ::std::string::String) -> Self {
            Self {
                environment: ::std::default::Default::default(),
                environment_secrets: ::std::default::Default::default(),
                image_url,
                secret_id: ::std::option::Option::None,
            }
        }
    }
    ///`PatchWorkflowIdEmailConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PatchWorkflowIdEmailConfig {
        #[serde(
            rename = "additionalWorkflowInput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub additional_workflow_input:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "allowedOrigins",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allowed_origins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(rename = "secretId")]
        pub secret_id: ::std::string::String,
    }
    impl PatchWorkflowIdEmailConfig {
        /// `PatchWorkflowIdEmailConfig` from its required fields; every optional field starts empty.
        pub fn new(secret_id: ::std::string::String) -> Self {
            Self {
                additional_workflow_input: ::std::option::Option::None,
                allowed_origins: ::std::option::Option::None,
                email: ::std::option::Option::None,
                secret_id,
            }
        }
    }
    ///`PatchWorkflowIdErrorConfig`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchWorkflowIdErrorConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "manualRetry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manual_retry: ::std::option::Option<bool>,
    }
    impl PatchWorkflowIdErrorConfig {
        /// `PatchWorkflowIdErrorConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                email: ::std::option::Option::None,
                manual_retry: ::std::option::Option::None,
            }
        }
    }
    ///`PaymentMethod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PaymentMethod {
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub details:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "paymentMethodId")]
        pub payment_method_id: ::std::string::String,
        #[serde(
            rename = "stripePublishableKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stripe_publishable_key: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "stripeSetupIntentSecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stripe_setup_intent_secret: ::std::option::Option<crate::SecretString>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl PaymentMethod {
        /// `PaymentMethod` from its required fields; every optional field starts empty.
        pub fn new(payment_method_id: ::std::string::String) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                details: ::std::option::Option::None,
                name: ::std::option::Option::None,
                payment_method_id,
                stripe_publishable_key: ::std::option::Option::None,
                stripe_setup_intent_secret: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`PaymentMethods`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PaymentMethods {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(rename = "paymentMethods")]
        pub payment_methods: ::std::vec::Vec<PaymentMethod>,
    }
    impl PaymentMethods {
        /// `PaymentMethods` from its required fields; every optional field starts empty.
        pub fn new(payment_methods: ::std::vec::Vec<PaymentMethod>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                payment_methods,
            }
        }
    }
    ///`Plan`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Plan {
        #[serde(
            rename = "activeModels",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub active_models:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub available: bool,
        pub currency: crate::types::PlanCurrency,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fieldPredictions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub field_predictions:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flows:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "gpuHours",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gpu_hours:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub latest: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub license:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "modelDeploymentUnits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub model_deployment_units:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "organizationId",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pagePredictions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_predictions:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "planId")]
        pub plan_id: ::std::string::String,
        #[serde(
            rename = "productionWorkflowMinutes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub production_workflow_minutes:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "userMinutes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_minutes:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub users:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    }
    impl Plan {
        /// `Plan` from its required fields; every optional field starts empty.
        pub fn new(
            available: bool,
            currency: crate::types::PlanCurrency,
            latest: i64,
            plan_id: ::std::string::String,
        ) -> Self {
            Self {
                active_models: ::std::option::Option::None,
                available,
                currency,
                description: ::std::option::Option::None,
                field_predictions: ::std::option::Option::None,
                flows: ::std::option::Option::None,
                gpu_hours: ::std::option::Option::None,
                latest,
                license: ::std::option::Option::None,
                model_deployment_units: ::std::option::Option::None,
                name: ::std::option::Option::None,
                organization_id: ::std::option::Option::None,
                page_predictions: ::std::option::Option::None,
                plan_id,
                production_workflow_minutes: ::std::option::Option::None,
                user_minutes: ::std::option::Option::None,
                users: ::std::option::Option::None,
            }
        }
    }
    ///`Plans`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Plans {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub plans: ::std::vec::Vec<Plan>,
    }
    impl Plans {
        /// `Plans` from its required fields; every optional field starts empty.
        pub fn new(plans: ::std::vec::Vec<Plan>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                plans,
            }
        }
    }
    ///`PostAppClients`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostAppClients {
        #[serde(
            rename = "callbackUrls",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub callback_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "defaultLoginUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_login_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "generateSecret",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub generate_secret: ::std::option::Option<bool>,
        #[serde(
            rename = "loginUrls",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub login_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "logoutUrls",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub logout_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "roleIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub role_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl PostAppClients {
        /// `PostAppClients` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                callback_urls: ::std::default::Default::default(),
                default_login_url: ::std::option::Option::None,
                description: ::std::option::Option::None,
                generate_secret: ::std::option::Option::None,
                login_urls: ::std::default::Default::default(),
                logout_urls: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                role_ids: ::std::default::Default::default(),
            }
        }
    }
    ///`PostAssets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostAssets {
        pub content: crate::Base64Content,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PostAssets {
        /// `PostAssets` from its required fields; every optional field starts empty.
        pub fn new(content: crate::Base64Content) -> Self {
            Self {
                content,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PostDataBundles`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostDataBundles {
        #[serde(
            rename = "datasetIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub dataset_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PostDataBundles {
        /// `PostDataBundles` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                dataset_ids: ::std::default::Default::default(),
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PostDatasets`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostDatasets {
        #[serde(
            rename = "containsPersonallyIdentifiableInformation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub contains_personally_identifiable_information: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "retentionInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retention_in_days: ::std::option::Option<i64>,
    }
    impl PostDatasets {
        /// `PostDatasets` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                contains_personally_identifiable_information: ::std::option::Option::None,
                description: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                retention_in_days: ::std::option::Option::None,
            }
        }
    }
    ///`PostDocuments`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostDocuments {
        #[serde(
            rename = "consentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub consent_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<crate::Base64Content>,
        #[serde(
            rename = "contentType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type: ::std::option::Option<crate::types::ContentType>,
        #[serde(
            rename = "datasetId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dataset_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groundTruth",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub ground_truth: ::std::vec::Vec<GroundTruthItem>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "retentionInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retention_in_days: ::std::option::Option<i64>,
    }
    impl PostDocuments {
        /// `PostDocuments` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                consent_id: ::std::option::Option::None,
                content: ::std::option::Option::None,
                content_type: ::std::option::Option::None,
                dataset_id: ::std::option::Option::None,
                description: ::std::option::Option::None,
                ground_truth: ::std::default::Default::default(),
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                retention_in_days: ::std::option::Option::None,
            }
        }
    }
    ///`PostHeartbeats`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(transparent)]
    pub struct PostHeartbeats(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
    impl ::std::ops::Deref for PostHeartbeats {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PostHeartbeats>
        for ::serde_json::Map<::std::string::String, ::serde_json::Value>
    {
        fn from(value: PostHeartbeats) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
        for PostHeartbeats
    {
        fn from(value: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///`PostModels`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostModels {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "fieldConfig")]
        pub field_config: ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "postprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postprocess_config: ::std::option::Option<PostprocessConfig>,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PreprocessConfig>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub width: ::std::option::Option<i64>,
    }
    impl PostModels {
        /// `PostModels` from its required fields; every optional field starts empty.
        pub fn new(
            field_config: ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
        ) -> Self {
            Self {
                description: ::std::option::Option::None,
                field_config,
                height: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                postprocess_config: ::std::option::Option::None,
                preprocess_config: ::std::option::Option::None,
                width: ::std::option::Option::None,
            }
        }
    }
    ///`PostOrganizations`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostOrganizations {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PostOrganizations {
        /// `PostOrganizations` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PostPaymentMethods`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostPaymentMethods {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PostPaymentMethods {
        /// `PostPaymentMethods` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PostPredictions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostPredictions {
        #[serde(
            rename = "async",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_: ::std::option::Option<bool>,
        #[serde(
            rename = "autoRotate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_rotate: ::std::option::Option<bool>,
        #[serde(rename = "documentId")]
        pub document_id: ::std::string::String,
        #[serde(
            rename = "imageQuality",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_quality: ::std::option::Option<crate::types::ImageQuality>,
        #[serde(
            rename = "maxPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_pages: ::std::option::Option<i64>,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(
            rename = "postprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postprocess_config: ::std::option::Option<PostprocessConfig>,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PreprocessConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rotation: ::std::option::Option<PostPredictionsRotation>,
        #[serde(
            rename = "trainingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub training_id: ::std::option::Option<::std::string::String>,
    }
    impl PostPredictions {
        /// `PostPredictions` from its required fields; every optional field starts empty.
        pub fn new(document_id: ::std::string::String, model_id: ::std::string::String) -> Self {
            Self {
                async_: ::std::option::Option::None,
                auto_rotate: ::std::option::Option::None,
                document_id,
                image_quality: ::std::option::Option::None,
                max_pages: ::std::option::Option::None,
                model_id,
                postprocess_config: ::std::option::Option::None,
                preprocess_config: ::std::option::Option::None,
                rotation: ::std::option::Option::None,
                training_id: ::std::option::Option::None,
            }
        }
    }
    ///`PostPredictionsRotation`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PostPredictionsRotation(i64);
    impl ::std::ops::Deref for PostPredictionsRotation {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<PostPredictionsRotation> for i64 {
        fn from(value: PostPredictionsRotation) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for PostPredictionsRotation {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 90_i64, 180_i64, 270_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PostPredictionsRotation {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for PostPredictionsRotation {
        fn schema_name() -> ::std::string::String {
            "PostPredictionsRotation".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("0").unwrap(),
                    ::serde_json::from_str("90").unwrap(),
                    ::serde_json::from_str("180").unwrap(),
                    ::serde_json::from_str("270").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`PostSecrets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostSecrets {
        pub data: crate::SecretMap,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PostSecrets {
        /// `PostSecrets` from its required fields; every optional field starts empty.
        pub fn new(data: crate::SecretMap) -> Self {
            Self {
                data,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostSignUp {
        pub email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub password: crate::SecretString,
        #[serde(rename = "reCaptchaResponse")]
        pub re_captcha_response: ::std::string::String,
    }
    impl PostSignUp {
        /// `PostSignUp` from its required fields; every optional field starts empty.
        pub fn new(
            email: ::std::string::String,
            password: crate::SecretString,
            re_captcha_response: ::std::string::String,
        ) -> Self {
            Self {
                email,
                name: ::std::option::Option::None,
                password,
                re_captcha_response,
            }
        }
    }
    ///`PostTrainings`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostTrainings {
        #[serde(
            rename = "dataBundleIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub data_bundle_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "dataScientistAssistance",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub data_scientist_assistance: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "instanceType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub instance_type: ::std::option::Option<crate::types::InstanceType>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "warmStartConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub warm_start_config: ::std::option::Option<PostTrainingsWarmStartConfig>,
    }
    impl PostTrainings {
        /// `PostTrainings` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                data_bundle_ids: ::std::default::Default::default(),
                data_scientist_assistance: ::std::option::Option::None,
                description: ::std::option::Option::None,
                instance_type: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                warm_start_config: ::std::option::Option::None,
            }
        }
    }
    ///`PostTrainingsWarmStartConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostTrainingsWarmStartConfig {
        #[serde(rename = "trainingId")]
        pub training_id: ::std::string::String,
    }
    impl PostTrainingsWarmStartConfig {
        /// `PostTrainingsWarmStartConfig` from its required fields; every optional field starts empty.
        pub fn new(training_id: ::std::string::String) -> Self {
            Self { training_id }
        }
    }
    ///`PostTransformations`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostTransformations {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub operations: ::std::vec::Vec<PostTransformationsOperationsItem>,
    }
    impl PostTransformations {
        /// `PostTransformations` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                operations: ::std::default::Default::default(),
            }
        }
    }
    ///`PostTransformationsOperationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostTransformationsOperationsItem {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub options: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(rename = "type")]
        pub type_: crate::types::PostTransformationsOperationsItemType,
    }
    impl PostTransformationsOperationsItem {
        /// `PostTransformationsOperationsItem` from its required fields; every optional field starts empty.
        pub fn new(type_: crate::types::PostTransformationsOperationsItemType) -> Self {
            Self {
                options: ::std::default::Default::default(),
                type_,
            }
        }
    }
    ///`PostTransitionExecution`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(transparent)]
    pub struct PostTransitionExecution(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for PostTransitionExecution {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<PostTransitionExecution>
        for ::serde_json::Map<::std::string::String, ::serde_json::Value>
    {
        fn from(value: PostTransitionExecution) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
        for PostTransitionExecution
    {
        fn from(value: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    ///`PostTransitions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostTransitions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "inputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub input_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "outputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub output_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters: ::std::option::Option<PostTransitionsParameters>,
        #[serde(
            rename = "timeoutInSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub timeout_in_seconds: ::std::option::Option<i64>,
        #[serde(rename = "transitionType")]
        pub transition_type: crate::types::TransitionType,
    }
    impl PostTransitions {
        /// `PostTransitions` from its required fields; every optional field starts empty.
        pub fn new(transition_type: crate::types::TransitionType) -> Self {
            Self {
                description: ::std::option::Option::None,
                input_json_schema: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                output_json_schema: ::std::default::Default::default(),
                parameters: ::std::option::Option::None,
                timeout_in_seconds: ::std::option::Option::None,
                transition_type,
            }
        }
    }
    ///`PostTransitionsParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum PostTransitionsParameters {
        DockerTransitionParameters(DockerTransitionParameters),
        LambdaTransitionParameters(LambdaTransitionParameters),
        ManualTransitionParameters(ManualTransitionParameters),
    }
    impl ::std::convert::From<DockerTransitionParameters> for PostTransitionsParameters {
        fn from(value: DockerTransitionParameters) -> Self {
            Self::DockerTransitionParameters(value)
        }
    }
    impl ::std::convert::From<LambdaTransitionParameters> for PostTransitionsParameters {
        fn from(value: LambdaTransitionParameters) -> Self {
            Self::LambdaTransitionParameters(value)
        }
    }
    impl ::std::convert::From<ManualTransitionParameters> for PostTransitionsParameters {
        fn from(value: ManualTransitionParameters) -> Self {
            Self::ManualTransitionParameters(value)
        }
    }
    ///`PostUsers`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostUsers {
        #[serde(
            rename = "appClientId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_client_id: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar: ::std::option::Option<::std::string::String>,
        pub email: ::std::string::String,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "roleIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub role_ids: ::std::vec::Vec<::std::string::String>,
    }
    impl PostUsers {
        /// `PostUsers` from its required fields; every optional field starts empty.
        pub fn new(email: ::std::string::String) -> Self {
            Self {
                app_client_id: ::std::option::Option::None,
                avatar: ::std::option::Option::None,
                email,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                role_ids: ::std::default::Default::default(),
            }
        }
    }
    ///`PostWorkflowExecutions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostWorkflowExecutions {
        pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl PostWorkflowExecutions {
        /// `PostWorkflowExecutions` from its required fields; every optional field starts empty.
        pub fn new(input: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self { input }
        }
    }
    ///`PostWorkflows`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostWorkflows {
        #[serde(
            rename = "completedConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub completed_config: ::std::option::Option<PostWorkflowsCompletedConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "emailConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_config: ::std::option::Option<PostWorkflowsEmailConfig>,
        #[serde(
            rename = "errorConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_config: ::std::option::Option<PostWorkflowsErrorConfig>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub specification: PostWorkflowsSpecification,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::WorkflowStatus>,
    }
    impl PostWorkflows {
        /// `PostWorkflows` from its required fields; every optional field starts empty.
        pub fn new(specification: PostWorkflowsSpecification) -> Self {
            Self {
                completed_config: ::std::option::Option::None,
                description: ::std::option::Option::None,
                email_config: ::std::option::Option::None,
                error_config: ::std::option::Option::None,
                metadata: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                specification,
                status: ::std::option::Option::None,
            }
        }
    }
    ///`PostWorkflowsCompletedConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostWorkflowsCompletedConfig {
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: BTreeMap::is_empty"
        )]
        pub environment: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        #[serde(
            rename = "environmentSecrets",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub environment_secrets: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "imageUrl")]
        pub image_url: ::std::string::String,
        #[serde(
            rename = "secretId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub secret_id: ::std::option::Option<::std::string::String>,
    }
    impl PostWorkflowsCompletedConfig {
        /// `PostWorkflowsCompletedConfig` from its required fields; every optional field starts empty.
        pub fn new(image_url: ::std::string::String) -> Self {
            Self {
                environment: ::std::default::Default::default(),
                environment_secrets: ::std::default::Default::default(),
                image_url,
                secret_id: ::std::option::Option::None,
            }
        }
    }
    ///`PostWorkflowsEmailConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostWorkflowsEmailConfig {
        #[serde(
            rename = "additionalWorkflowInput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub additional_workflow_input:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "allowedOrigins",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allowed_origins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(rename = "secretId")]
        pub secret_id: ::std::string::String,
    }
    impl PostWorkflowsEmailConfig {
        /// `PostWorkflowsEmailConfig` from its required fields; every optional field starts empty.
        pub fn new(secret_id: ::std::string::String) -> Self {
            Self {
                additional_workflow_input: ::std::option::Option::None,
                allowed_origins: ::std::option::Option::None,
                email: ::std::option::Option::None,
                secret_id,
            }
        }
    }
    ///`PostWorkflowsErrorConfig`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PostWorkflowsErrorConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "manualRetry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manual_retry: ::std::option::Option<bool>,
    }
    impl PostWorkflowsErrorConfig {
        /// `PostWorkflowsErrorConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                email: ::std::option::Option::None,
                manual_retry: ::std::option::Option::None,
            }
        }
    }
    ///`PostWorkflowsSpecification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostWorkflowsSpecification {
        pub definition: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<crate::types::PostWorkflowsSpecificationLanguage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<crate::types::PostWorkflowsSpecificationVersion>,
    }
    impl PostWorkflowsSpecification {
        /// `PostWorkflowsSpecification` from its required fields; every optional field starts empty.
        pub fn new(
            definition: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self {
                definition,
                language: ::std::option::Option::None,
                version: ::std::option::Option::None,
            }
        }
    }
    ///`PostprocessConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(tag = "strategy")]
    pub enum PostprocessConfig {
        #[serde(rename = "BEST_N_PAGES")]
        BestNPages {
            #[serde(
                rename = "outputFormat",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            output_format: ::std::option::Option<crate::types::PostprocessConfigOutputFormat>,
            parameters: PostprocessConfigParameters,
        },
        #[serde(rename = "BEST_FIRST")]
        BestFirst {
            #[serde(
                rename = "outputFormat",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            output_format: ::std::option::Option<crate::types::PostprocessConfigOutputFormat>,
        },
    }
    ///`PostprocessConfigParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostprocessConfigParameters {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collapse: ::std::option::Option<bool>,
        pub n: i64,
    }
    impl PostprocessConfigParameters {
        /// `PostprocessConfigParameters` from its required fields; every optional field starts empty.
        pub fn new(n: i64) -> Self {
            Self {
                collapse: ::std::option::Option::None,
                n,
            }
        }
    }
    ///`PredictedField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PredictedField {
        pub confidence: f64,
        pub label: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub location: ::std::vec::Vec<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        #[serde(
            rename = "rawValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub raw_value: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<crate::types::PredictionSource>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl PredictedField {
        /// `PredictedField` from its required fields; every optional field starts empty.
        pub fn new(confidence: f64, label: ::std::string::String) -> Self {
            Self {
                confidence,
                label,
                location: ::std::default::Default::default(),
                page: ::std::option::Option::None,
                raw_value: ::std::option::Option::None,
                source: ::std::option::Option::None,
                value: ::std::option::Option::None,
            }
        }
    }
    ///`PredictedItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum PredictedItem {
        Field(PredictedField),
        Lines(PredictedLines),
    }
    impl ::std::convert::From<PredictedField> for PredictedItem {
        fn from(value: PredictedField) -> Self {
            Self::Field(value)
        }
    }
    impl ::std::convert::From<PredictedLines> for PredictedItem {
        fn from(value: PredictedLines) -> Self {
            Self::Lines(value)
        }
    }
    ///`PredictedLines`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PredictedLines {
        pub label: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        pub value: ::std::vec::Vec<::std::vec::Vec<PredictedField>>,
    }
    impl PredictedLines {
        /// `PredictedLines` from its required fields; every optional field starts empty.
        pub fn new(
            label: ::std::string::String,
            value: ::std::vec::Vec<::std::vec::Vec<PredictedField>>,
        ) -> Self {
            Self {
                label,
                page: ::std::option::Option::None,
                value,
            }
        }
    }
    ///`Prediction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Prediction {
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "documentId")]
        pub document_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "inferenceTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inference_time: ::std::option::Option<f64>,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(
            rename = "nextPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page: ::std::option::Option<i64>,
        #[serde(
            rename = "postprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postprocess_config: ::std::option::Option<PostprocessConfig>,
        #[serde(rename = "predictionId")]
        pub prediction_id: ::std::string::String,
        pub predictions: PredictionPredictions,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PredictionPreprocessConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::PredictionStatus>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
        #[serde(
            rename = "trainingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub training_id: ::std::option::Option<::std::string::String>,
    }
    impl Prediction {
        /// `Prediction` from its required fields; every optional field starts empty.
        pub fn new(
            document_id: ::std::string::String,
            model_id: ::std::string::String,
            prediction_id: ::std::string::String,
            predictions: PredictionPredictions,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                document_id,
                error: ::std::option::Option::None,
                inference_time: ::std::option::Option::None,
                model_id,
                next_page: ::std::option::Option::None,
                postprocess_config: ::std::option::Option::None,
                prediction_id,
                predictions,
                preprocess_config: ::std::option::Option::None,
                status: ::std::option::Option::None,
                timestamp: ::std::option::Option::None,
                training_id: ::std::option::Option::None,
            }
        }
    }
    ///`PredictionPredictions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum PredictionPredictions {
        Predicted(::std::option::Option<::std::vec::Vec<PredictedItem>>),
        Object(
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        ),
    }
    impl ::std::convert::From<::std::option::Option<::std::vec::Vec<PredictedItem>>>
        for PredictionPredictions
    {
        fn from(value: ::std::option::Option<::std::vec::Vec<PredictedItem>>) -> Self {
            Self::Predicted(value)
        }
    }
    impl
        ::std::convert::From<
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        > for PredictionPredictions
    {
        fn from(
            value: ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`PredictionPreprocessConfig`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PredictionPreprocessConfig {
        #[serde(
            rename = "autoRotate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_rotate: ::std::option::Option<bool>,
        #[serde(
            rename = "imageQuality",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_quality: ::std::option::Option<crate::types::ImageQuality>,
        #[serde(
            rename = "maxPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_pages: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rotation: ::std::option::Option<PredictionPreprocessConfigRotation>,
        #[serde(
            rename = "startPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_page: ::std::option::Option<i64>,
    }
    impl PredictionPreprocessConfig {
        /// `PredictionPreprocessConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                auto_rotate: ::std::option::Option::None,
                image_quality: ::std::option::Option::None,
                max_pages: ::std::option::Option::None,
                pages: ::std::default::Default::default(),
                rotation: ::std::option::Option::None,
                start_page: ::std::option::Option::None,
            }
        }
    }
    ///`PredictionPreprocessConfigRotation`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PredictionPreprocessConfigRotation(i64);
    impl ::std::ops::Deref for PredictionPreprocessConfigRotation {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<PredictionPreprocessConfigRotation> for i64 {
        fn from(value: PredictionPreprocessConfigRotation) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for PredictionPreprocessConfigRotation {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 90_i64, 180_i64, 270_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PredictionPreprocessConfigRotation {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for PredictionPreprocessConfigRotation {
        fn schema_name() -> ::std::string::String {
            "PredictionPreprocessConfigRotation".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("0").unwrap(),
                    ::serde_json::from_str("90").unwrap(),
                    ::serde_json::from_str("180").unwrap(),
                    ::serde_json::from_str("270").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`Predictions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Predictions {
        #[serde(
            rename = "modelId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub model_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<crate::types::Order>,
        pub predictions: ::std::vec::Vec<PredictionsPredictionsItem>,
        #[serde(
            rename = "sortBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sort_by: ::std::option::Option<crate::types::CreatedTimeSortBy>,
    }
    impl Predictions {
        /// `Predictions` from its required fields; every optional field starts empty.
        pub fn new(predictions: ::std::vec::Vec<PredictionsPredictionsItem>) -> Self {
            Self {
                model_id: ::std::option::Option::None,
                next_token: ::std::option::Option::None,
                order: ::std::option::Option::None,
                predictions,
                sort_by: ::std::option::Option::None,
            }
        }
    }
    ///`PredictionsPredictionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PredictionsPredictionsItem {
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "documentId")]
        pub document_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "inferenceTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inference_time: ::std::option::Option<f64>,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(
            rename = "nextPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page: ::std::option::Option<i64>,
        #[serde(
            rename = "postprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postprocess_config: ::std::option::Option<PredictionsPredictionsItemPostprocessConfig>,
        #[serde(rename = "predictionId")]
        pub prediction_id: ::std::string::String,
        pub predictions: PredictionsPredictionsItemPredictions,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PredictionsPredictionsItemPreprocessConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::PredictionsPredictionsItemStatus>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<i64>,
        #[serde(
            rename = "trainingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub training_id: ::std::option::Option<::std::string::String>,
    }
    impl PredictionsPredictionsItem {
        /// `PredictionsPredictionsItem` from its required fields; every optional field starts empty.
        pub fn new(
            document_id: ::std::string::String,
            model_id: ::std::string::String,
            prediction_id: ::std::string::String,
            predictions: PredictionsPredictionsItemPredictions,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                document_id,
                error: ::std::option::Option::None,
                inference_time: ::std::option::Option::None,
                model_id,
                next_page: ::std::option::Option::None,
                postprocess_config: ::std::option::Option::None,
                prediction_id,
                predictions,
                preprocess_config: ::std::option::Option::None,
                status: ::std::option::Option::None,
                timestamp: ::std::option::Option::None,
                training_id: ::std::option::Option::None,
            }
        }
    }
    ///`PredictionsPredictionsItemPostprocessConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(tag = "strategy")]
    pub enum PredictionsPredictionsItemPostprocessConfig {
        #[serde(rename = "BEST_N_PAGES")]
        BestNPages {
            #[serde(
                rename = "outputFormat",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            output_format: ::std::option::Option<
                crate::types::PredictionsPredictionsItemPostprocessConfigOutputFormat,
            >,
            parameters: PredictionsPredictionsItemPostprocessConfigParameters,
        },
        #[serde(rename = "BEST_FIRST")]
        BestFirst {
            #[serde(
                rename = "outputFormat",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            output_format: ::std::option::Option<
                crate::types::PredictionsPredictionsItemPostprocessConfigOutputFormat,
            >,
        },
    }
    ///`PredictionsPredictionsItemPostprocessConfigParameters`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PredictionsPredictionsItemPostprocessConfigParameters {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collapse: ::std::option::Option<bool>,
        pub n: i64,
    }
    impl PredictionsPredictionsItemPostprocessConfigParameters {
        /// `PredictionsPredictionsItemPostprocessConfigParameters` from its required fields; every optional field starts empty.
        pub fn new(n: i64) -> Self {
            Self {
                collapse: ::std::option::Option::None,
                n,
            }
        }
    }
    ///`PredictionsPredictionsItemPredictions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum PredictionsPredictionsItemPredictions {
        Predicted(::std::option::Option<::std::vec::Vec<PredictedItem>>),
        Object(
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        ),
    }
    impl ::std::convert::From<::std::option::Option<::std::vec::Vec<PredictedItem>>>
        for PredictionsPredictionsItemPredictions
    {
        fn from(value: ::std::option::Option<::std::vec::Vec<PredictedItem>>) -> Self {
            Self::Predicted(value)
        }
    }
    impl
        ::std::convert::From<
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        > for PredictionsPredictionsItemPredictions
    {
        fn from(
            value: ::std::option::Option<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///`PredictionsPredictionsItemPreprocessConfig`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PredictionsPredictionsItemPreprocessConfig {
        #[serde(
            rename = "autoRotate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_rotate: ::std::option::Option<bool>,
        #[serde(
            rename = "imageQuality",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_quality: ::std::option::Option<crate::types::ImageQuality>,
        #[serde(
            rename = "maxPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_pages: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rotation: ::std::option::Option<PredictionsPredictionsItemPreprocessConfigRotation>,
        #[serde(
            rename = "startPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_page: ::std::option::Option<i64>,
    }
    impl PredictionsPredictionsItemPreprocessConfig {
        /// `PredictionsPredictionsItemPreprocessConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                auto_rotate: ::std::option::Option::None,
                image_quality: ::std::option::Option::None,
                max_pages: ::std::option::Option::None,
                pages: ::std::default::Default::default(),
                rotation: ::std::option::Option::None,
                start_page: ::std::option::Option::None,
            }
        }
    }
    ///`PredictionsPredictionsItemPreprocessConfigRotation`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PredictionsPredictionsItemPreprocessConfigRotation(i64);
    impl ::std::ops::Deref for PredictionsPredictionsItemPreprocessConfigRotation {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<PredictionsPredictionsItemPreprocessConfigRotation> for i64 {
        fn from(value: PredictionsPredictionsItemPreprocessConfigRotation) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for PredictionsPredictionsItemPreprocessConfigRotation {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 90_i64, 180_i64, 270_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PredictionsPredictionsItemPreprocessConfigRotation {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for PredictionsPredictionsItemPreprocessConfigRotation {
        fn schema_name() -> ::std::string::String {
            "PredictionsPredictionsItemPreprocessConfigRotation".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("0").unwrap(),
                    ::serde_json::from_str("90").unwrap(),
                    ::serde_json::from_str("180").unwrap(),
                    ::serde_json::from_str("270").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`PreprocessConfig`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PreprocessConfig {
        #[serde(
            rename = "autoRotate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_rotate: ::std::option::Option<bool>,
        #[serde(
            rename = "imageQuality",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub image_quality: ::std::option::Option<crate::types::ImageQuality>,
        #[serde(
            rename = "maxPages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_pages: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub pages: ::std::vec::Vec<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rotation: ::std::option::Option<PreprocessConfigRotation>,
        #[serde(
            rename = "startPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_page: ::std::option::Option<i64>,
    }
    impl PreprocessConfig {
        /// `PreprocessConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                auto_rotate: ::std::option::Option::None,
                image_quality: ::std::option::Option::None,
                max_pages: ::std::option::Option::None,
                pages: ::std::default::Default::default(),
                rotation: ::std::option::Option::None,
                start_page: ::std::option::Option::None,
            }
        }
    }
    ///`PreprocessConfigRotation`
    #[derive(::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PreprocessConfigRotation(i64);
    impl ::std::ops::Deref for PreprocessConfigRotation {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<PreprocessConfigRotation> for i64 {
        fn from(value: PreprocessConfigRotation) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<i64> for PreprocessConfigRotation {
        type Error = self::error::ConversionError;
        fn try_from(value: i64) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ![0_i64, 90_i64, 180_i64, 270_i64].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PreprocessConfigRotation {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<i64>::deserialize(deserializer)?)
                .map_err(|e| <D::Error as ::serde::de::Error>::custom(e.to_string()))
        }
    }
    impl ::schemars::JsonSchema for PreprocessConfigRotation {
        fn schema_name() -> ::std::string::String {
            "PreprocessConfigRotation".to_string()
        }
        fn json_schema(gen: &mut ::schemars::gen::SchemaGenerator) -> ::schemars::schema::Schema {
            let mut schema = <i64 as ::schemars::JsonSchema>::json_schema(gen).into_object();
            schema.enum_values = ::std::option::Option::Some(
                [
                    ::serde_json::from_str("0").unwrap(),
                    ::serde_json::from_str("90").unwrap(),
                    ::serde_json::from_str("180").unwrap(),
                    ::serde_json::from_str("270").unwrap(),
                ]
                .into_iter()
                .collect(),
            );
            schema.into()
        }
    }
    ///`Profile`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Profile {
        #[serde(
            rename = "createdTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "familyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub family_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "givenName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub given_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locale: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "numberOfOrganizationsAllowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_of_organizations_allowed: ::std::option::Option<i64>,
        #[serde(
            rename = "numberOfOrganizationsCreated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub number_of_organizations_created: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub picture: ::std::option::Option<::std::string::String>,
        #[serde(rename = "profileId")]
        pub profile_id: ::std::string::String,
        #[serde(
            rename = "updatedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Profile {
        /// `Profile` from its required fields; every optional field starts empty.
        pub fn new(profile_id: ::std::string::String) -> Self {
            Self {
                created_time: ::std::option::Option::None,
                email: ::std::option::Option::None,
                family_name: ::std::option::Option::None,
                given_name: ::std::option::Option::None,
                locale: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
                name: ::std::option::Option::None,
                number_of_organizations_allowed: ::std::option::Option::None,
                number_of_organizations_created: ::std::option::Option::None,
                picture: ::std::option::Option::None,
                profile_id,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`Role`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Role {
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub permissions: ::std::vec::Vec<RolePermissionsItem>,
        #[serde(rename = "roleId")]
        pub role_id: ::std::string::String,
        #[serde(
            rename = "updatedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Role {
        /// `Role` from its required fields; every optional field starts empty.
        pub fn new(
            permissions: ::std::vec::Vec<RolePermissionsItem>,
            role_id: ::std::string::String,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
                permissions,
                role_id,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`RolePermissionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct RolePermissionsItem {
        pub action: crate::types::RolePermissionsItemAction,
        pub effect: crate::types::RolePermissionsItemEffect,
        #[serde(rename = "resourceId")]
        pub resource_id: ::std::string::String,
    }
    impl RolePermissionsItem {
        /// `RolePermissionsItem` from its required fields; every optional field starts empty.
        pub fn new(
            action: crate::types::RolePermissionsItemAction,
            effect: crate::types::RolePermissionsItemEffect,
            resource_id: ::std::string::String,
        ) -> Self {
            Self {
                action,
                effect,
                resource_id,
            }
        }
    }
    ///`Roles`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Roles {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub roles: ::std::vec::Vec<Role>,
    }
    impl Roles {
        /// `Roles` from its required fields; every optional field starts empty.
        pub fn new(roles: ::std::vec::Vec<Role>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                roles,
            }
        }
    }
    ///`Secret`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Secret {
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "secretId")]
        pub secret_id: ::std::string::String,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Secret {
        /// `Secret` from its required fields; every optional field starts empty.
        pub fn new(secret_id: ::std::string::String) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
                secret_id,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`Secrets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Secrets {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub secrets: ::std::vec::Vec<Secret>,
    }
    impl Secrets {
        /// `Secrets` from its required fields; every optional field starts empty.
        pub fn new(secrets: ::std::vec::Vec<Secret>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                secrets,
            }
        }
    }
    ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct SignUp {
        #[serde(rename = "clientId")]
        pub client_id: ::std::string::String,
        pub username: ::std::string::String,
    }
    impl SignUp {
        /// `SignUp` from its required fields; every optional field starts empty.
        pub fn new(client_id: ::std::string::String, username: ::std::string::String) -> Self {
            Self {
                client_id,
                username,
            }
        }
    }
    ///`Training`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Training {
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "dataBundleIds")]
        pub data_bundle_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "dataScientistAssistance",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub data_scientist_assistance: ::std::option::Option<bool>,
        #[serde(
            rename = "deploymentEnvironmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployment_environment_id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        pub evaluation: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "gpuHours",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub gpu_hours: ::std::option::Option<f64>,
        #[serde(rename = "instanceType")]
        pub instance_type: crate::types::InstanceType,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub statistics:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        pub status: crate::types::TrainingStatus,
        #[serde(rename = "trainingId")]
        pub training_id: ::std::string::String,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "warmStartConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub warm_start_config: ::std::option::Option<TrainingWarmStartConfig>,
    }
    impl Training {
        /// `Training` from its required fields; every optional field starts empty.
        pub fn new(
            data_bundle_ids: ::std::vec::Vec<::std::string::String>,
            evaluation: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            instance_type: crate::types::InstanceType,
            model_id: ::std::string::String,
            status: crate::types::TrainingStatus,
            training_id: ::std::string::String,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                data_bundle_ids,
                data_scientist_assistance: ::std::option::Option::None,
                deployment_environment_id: ::std::option::Option::None,
                description: ::std::option::Option::None,
                evaluation,
                gpu_hours: ::std::option::Option::None,
                instance_type,
                metadata: ::std::option::Option::None,
                model_id,
                name: ::std::option::Option::None,
                statistics: ::std::option::Option::None,
                status,
                training_id,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                warm_start_config: ::std::option::Option::None,
            }
        }
    }
    ///`TrainingWarmStartConfig`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct TrainingWarmStartConfig {
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_0: ::std::option::Option<TrainingWarmStartConfigSubtype0>,
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_1:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    }
    impl TrainingWarmStartConfig {
        /// `TrainingWarmStartConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                subtype_0: ::std::option::Option::None,
                subtype_1: ::std::option::Option::None,
            }
        }
    }
    ///`TrainingWarmStartConfigSubtype0`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct TrainingWarmStartConfigSubtype0 {
        #[serde(rename = "trainingId")]
        pub training_id: ::std::string::String,
    }
    impl TrainingWarmStartConfigSubtype0 {
        /// `TrainingWarmStartConfigSubtype0` from its required fields; every optional field starts empty.
        pub fn new(training_id: ::std::string::String) -> Self {
            Self { training_id }
        }
    }
    ///`Trainings`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Trainings {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub status: ::std::vec::Vec<crate::types::TrainingStatus>,
        pub trainings: ::std::vec::Vec<Training>,
    }
    impl Trainings {
        /// `Trainings` from its required fields; every optional field starts empty.
        pub fn new(trainings: ::std::vec::Vec<Training>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                status: ::std::default::Default::default(),
                trainings,
            }
        }
    }
    ///`Transformation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Transformation {
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "datasetId")]
        pub dataset_id: ::std::string::String,
        pub operations: ::std::vec::Vec<TransformationOperationsItem>,
        pub status: crate::types::TransformationStatus,
        #[serde(rename = "transformationId")]
        pub transformation_id: ::std::string::String,
        #[serde(
            rename = "updatedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Transformation {
        /// `Transformation` from its required fields; every optional field starts empty.
        pub fn new(
            dataset_id: ::std::string::String,
            operations: ::std::vec::Vec<TransformationOperationsItem>,
            status: crate::types::TransformationStatus,
            transformation_id: ::std::string::String,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                dataset_id,
                operations,
                status,
                transformation_id,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`TransformationOperationsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct TransformationOperationsItem {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub options: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(rename = "type")]
        pub type_: crate::types::TransformationOperationsItemType,
    }
    impl TransformationOperationsItem {
        /// `TransformationOperationsItem` from its required fields; every optional field starts empty.
        pub fn new(type_: crate::types::TransformationOperationsItemType) -> Self {
            Self {
                options: ::std::default::Default::default(),
                type_,
            }
        }
    }
    ///`Transformations`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Transformations {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub status: ::std::vec::Vec<crate::types::TransformationStatus>,
        pub transformations: ::std::vec::Vec<Transformation>,
    }
    impl Transformations {
        /// `Transformations` from its required fields; every optional field starts empty.
        pub fn new(transformations: ::std::vec::Vec<Transformation>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                status: ::std::default::Default::default(),
                transformations,
            }
        }
    }
    ///`Transition`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Transition {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assets: ::std::option::Option<TransitionAssets>,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "inputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub input_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(
            rename = "outputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub output_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub parameters: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(rename = "timeoutInSeconds")]
        pub timeout_in_seconds: i64,
        #[serde(rename = "transitionId")]
        pub transition_id: ::std::string::String,
        #[serde(rename = "transitionType")]
        pub transition_type: crate::types::TransitionType,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
    }
    impl Transition {
        /// `Transition` from its required fields; every optional field starts empty.
        pub fn new(
            parameters: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            timeout_in_seconds: i64,
            transition_id: ::std::string::String,
            transition_type: crate::types::TransitionType,
        ) -> Self {
            Self {
                assets: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                input_json_schema: ::std::default::Default::default(),
                name: ::std::option::Option::None,
                output_json_schema: ::std::default::Default::default(),
                parameters,
                timeout_in_seconds,
                transition_id,
                transition_type,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
            }
        }
    }
    ///`TransitionAssets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct TransitionAssets {
        #[serde(
            rename = "jsRemoteComponent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub js_remote_component: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    }
    impl TransitionAssets {
        /// `TransitionAssets` from its required fields; every optional field starts empty.
        pub fn new(
            extra: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        ) -> Self {
            Self {
                js_remote_component: ::std::option::Option::None,
                extra,
            }
        }
    }
    ///`TransitionExecution`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct TransitionExecution {
        #[serde(
            rename = "completedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub completed_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "endTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "executionId")]
        pub execution_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub input:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "logId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub log_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub output:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        pub status: crate::types::TransitionExecutionStatus,
        #[serde(rename = "transitionId")]
        pub transition_id: ::std::string::String,
    }
    impl TransitionExecution {
        /// `TransitionExecution` from its required fields; every optional field starts empty.
        pub fn new(
            execution_id: ::std::string::String,
            status: crate::types::TransitionExecutionStatus,
            transition_id: ::std::string::String,
        ) -> Self {
            Self {
                completed_by: ::std::option::Option::None,
                end_time: ::std::option::Option::None,
                execution_id,
                input: ::std::option::Option::None,
                log_id: ::std::option::Option::None,
                output: ::std::option::Option::None,
                start_time: ::std::option::Option::None,
                status,
                transition_id,
            }
        }
    }
    ///`TransitionExecutions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct TransitionExecutions {
        pub executions: ::std::vec::Vec<TransitionExecution>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub status: ::std::vec::Vec<crate::types::TransitionExecutionStatus>,
        #[serde(rename = "transitionId")]
        pub transition_id: ::std::string::String,
    }
    impl TransitionExecutions {
        /// `TransitionExecutions` from its required fields; every optional field starts empty.
        pub fn new(
            executions: ::std::vec::Vec<TransitionExecution>,
            transition_id: ::std::string::String,
        ) -> Self {
            Self {
                executions,
                next_token: ::std::option::Option::None,
                status: ::std::default::Default::default(),
                transition_id,
            }
        }
    }
    ///`Transitions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Transitions {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "transitionType",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub transition_type: ::std::vec::Vec<crate::types::TransitionType>,
        pub transitions: ::std::vec::Vec<Transition>,
    }
    impl Transitions {
        /// `Transitions` from its required fields; every optional field starts empty.
        pub fn new(transitions: ::std::vec::Vec<Transition>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                transition_type: ::std::default::Default::default(),
                transitions,
            }
        }
    }
    ///`User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct User {
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "profileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub profile_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "roleIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::UserStatus>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl User {
        /// `User` from its required fields; every optional field starts empty.
        pub fn new(user_id: ::std::string::String) -> Self {
            Self {
                avatar: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                email: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
                name: ::std::option::Option::None,
                profile_id: ::std::option::Option::None,
                role_ids: ::std::option::Option::None,
                status: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                user_id,
            }
        }
    }
    ///`Users`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Users {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub users: ::std::vec::Vec<User>,
    }
    impl Users {
        /// `Users` from its required fields; every optional field starts empty.
        pub fn new(users: ::std::vec::Vec<User>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                users,
            }
        }
    }
    ///`Workflow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Workflow {
        #[serde(rename = "completedConfig")]
        pub completed_config: CompletedConfig,
        #[serde(
            rename = "createdBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub created_time: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "emailConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_config: ::std::option::Option<WorkflowEmailConfig>,
        #[serde(rename = "errorConfig")]
        pub error_config: ErrorConfig,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "monthlyNumberOfWorkflowExecutionsAllowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_workflow_executions_allowed: ::std::option::Option<i64>,
        #[serde(
            rename = "monthlyNumberOfWorkflowExecutionsCreated",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub monthly_number_of_workflow_executions_created: ::std::option::Option<i64>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfRunningExecutions")]
        pub number_of_running_executions: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::WorkflowStatus>,
        #[serde(
            rename = "updatedBy",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updatedTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub updated_time: ::std::option::Option<::std::string::String>,
        #[serde(rename = "workflowId")]
        pub workflow_id: ::std::string::String,
    }
    impl Workflow {
        /// `Workflow` from its required fields; every optional field starts empty.
        pub fn new(
            completed_config: CompletedConfig,
            error_config: ErrorConfig,
            number_of_running_executions: i64,
            workflow_id: ::std::string::String,
        ) -> Self {
            Self {
                completed_config,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                email_config: ::std::option::Option::None,
                error_config,
                metadata: ::std::option::Option::None,
                monthly_number_of_workflow_executions_allowed: ::std::option::Option::None,
                monthly_number_of_workflow_executions_created: ::std::option::Option::None,
                name: ::std::option::Option::None,
                number_of_running_executions,
                status: ::std::option::Option::None,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                workflow_id,
            }
        }
    }
    ///`WorkflowEmailConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct WorkflowEmailConfig {
        #[serde(
            rename = "additionalWorkflowInput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub additional_workflow_input:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "allowedOrigins",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allowed_origins: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(rename = "secretId")]
        pub secret_id: ::std::string::String,
    }
    impl WorkflowEmailConfig {
        /// `WorkflowEmailConfig` from its required fields; every optional field starts empty.
        pub fn new(secret_id: ::std::string::String) -> Self {
            Self {
                additional_workflow_input: ::std::option::Option::None,
                allowed_origins: ::std::option::Option::None,
                email: ::std::option::Option::None,
                secret_id,
            }
        }
    }
    ///`WorkflowExecution`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct WorkflowExecution {
        #[serde(
            rename = "completedBy",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub completed_by: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "completedTaskLogId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub completed_task_log_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "endTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "executionId")]
        pub execution_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub input:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "logId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub log_id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub output:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(
            rename = "startTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        pub status: crate::types::WorkflowExecutionStatus,
        #[serde(
            rename = "transitionExecutions",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub transition_executions:
            ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "workflowId")]
        pub workflow_id: ::std::string::String,
    }
    impl WorkflowExecution {
        /// `WorkflowExecution` from its required fields; every optional field starts empty.
        pub fn new(
            execution_id: ::std::string::String,
            status: crate::types::WorkflowExecutionStatus,
            workflow_id: ::std::string::String,
        ) -> Self {
            Self {
                completed_by: ::std::default::Default::default(),
                completed_task_log_id: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                end_time: ::std::option::Option::None,
                events: ::std::default::Default::default(),
                execution_id,
                input: ::std::option::Option::None,
                log_id: ::std::option::Option::None,
                output: ::std::option::Option::None,
                start_time: ::std::option::Option::None,
                status,
                transition_executions: ::std::option::Option::None,
                workflow_id,
            }
        }
    }
    ///`WorkflowExecutions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct WorkflowExecutions {
        pub executions: ::std::vec::Vec<WorkflowExecution>,
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<crate::types::Order>,
        #[serde(
            rename = "sortBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sort_by: ::std::option::Option<crate::types::SortBy>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub status: ::std::vec::Vec<crate::types::WorkflowExecutionStatus>,
        #[serde(rename = "workflowId")]
        pub workflow_id: ::std::string::String,
    }
    impl WorkflowExecutions {
        /// `WorkflowExecutions` from its required fields; every optional field starts empty.
        pub fn new(
            executions: ::std::vec::Vec<WorkflowExecution>,
            workflow_id: ::std::string::String,
        ) -> Self {
            Self {
                executions,
                next_token: ::std::option::Option::None,
                order: ::std::option::Option::None,
                sort_by: ::std::option::Option::None,
                status: ::std::default::Default::default(),
                workflow_id,
            }
        }
    }
    ///`Workflows`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Workflows {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub workflows: ::std::vec::Vec<Workflow>,
    }
    impl Workflows {
        /// `Workflows` from its required fields; every optional field starts empty.
        pub fn new(workflows: ::std::vec::Vec<Workflow>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                workflows,
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `ContentType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        ContentType { ApplicationPdf = "application/pdf", ImageJpeg = "image/jpeg",
        ImagePng = "image/png", ImageTiff = "image/tiff", ImageWebp = "image/webp" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `StorageLocation` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        StorageLocation { Eu = "EU" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `ModelStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        ModelStatus { Active = "active", Inactive = "inactive", Training = "training" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TransformationStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TransformationStatus { Running = "running", Succeeded = "succeeded", Failed =
        "failed" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `DataBundleStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        DataBundleStatus { Running = "running", Succeeded = "succeeded", Failed =
        "failed", Processing = "processing", Ready = "ready" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TransitionType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TransitionType { Docker = "docker", Manual = "manual", Lambda = "lambda" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TransitionExecutionStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TransitionExecutionStatus { Running = "running", Succeeded = "succeeded", Failed
        = "failed", Rejected = "rejected", Retry = "retry" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TransitionExecutionUpdateStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TransitionExecutionUpdateStatus { Succeeded = "succeeded", Failed = "failed",
        Rejected = "rejected", Retry = "retry" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `WorkflowExecutionStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        WorkflowExecutionStatus { Running = "running", Succeeded = "succeeded", Failed =
        "failed", Rejected = "rejected", Retry = "retry", Error = "error", Completed =
        "completed" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `ImageQuality` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        ImageQuality { Low = "LOW", High = "HIGH" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `SortBy` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        SortBy { StartTime = "startTime", EndTime = "endTime" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `Order` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        Order { Ascending = "ascending", Descending = "descending" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `FieldType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        FieldType { Amount = "amount", Date = "date", Digits = "digits", Enum = "enum",
        Numeric = "numeric", String = "string", Number = "number", Letter = "letter",
        Phone = "phone", Alphanum = "alphanum", Alphanumext = "alphanumext", All = "all"
        }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `CreatedTimeSortBy` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        CreatedTimeSortBy { CreatedTime = "createdTime" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TrainingStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TrainingStatus { WaitingForApproval = "waiting-for-approval", Preparing =
        "preparing", Pending = "pending", Running = "running", RunningFinalEvaluation =
        "running-final-evaluation", Succeeded = "succeeded", Failed = "failed", Cancelled
        = "cancelled" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `InstanceType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        InstanceType { SmallGpu = "small-gpu", MediumGpu = "medium-gpu", LargeGpu =
        "large-gpu" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `DeploymentEnvironmentStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        DeploymentEnvironmentStatus { Available = "available", Unavailable =
        "unavailable" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `WorkflowStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        WorkflowStatus { Development = "development", Production = "production" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PredictionSource` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PredictionSource { Llm = "llm", Model = "model" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TransformationOperationsItemType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TransformationOperationsItemType { RemoveDuplicates = "remove-duplicates" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PostTransformationsOperationsItemType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PostTransformationsOperationsItemType { RemoveDuplicates = "remove-duplicates" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PredictionStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PredictionStatus { Pending = "pending", Succeeded = "succeeded", Failed =
        "failed" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `RolePermissionsItemEffect` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        RolePermissionsItemEffect { Allow = "allow", Deny = "deny" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `RolePermissionsItemAction` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        RolePermissionsItemAction { Read = "read", Write = "write", Delegate =
        "delegate", Star = "*" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PredictionsPredictionsItemPostprocessConfigOutputFormat` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PredictionsPredictionsItemPostprocessConfigOutputFormat { V1 = "v1", V2 = "v2" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PredictionsPredictionsItemStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PredictionsPredictionsItemStatus { Pending = "pending", Succeeded = "succeeded",
        Failed = "failed" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `UserStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        UserStatus { Inactive = "inactive", Active = "active", InvitePending =
        "invite_pending" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PatchTrainingIdStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PatchTrainingIdStatus { Cancelled = "cancelled" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PlanCurrency` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PlanCurrency { Usd = "USD", Eur = "EUR", Nok = "NOK" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PatchWorkflowExecutionIdStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PatchWorkflowExecutionIdStatus { Succeeded = "succeeded", Completed = "completed"
        }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PostWorkflowsSpecificationLanguage` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PostWorkflowsSpecificationLanguage { Asl = "ASL" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PostWorkflowsSpecificationVersion` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PostWorkflowsSpecificationVersion { V100 = "1.0.0" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `PostprocessConfigOutputFormat` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        PostprocessConfigOutputFormat { V1 = "v1", V2 = "v2" }
    }
}
#[derive(Clone, Debug)]
///Client for Lucidtech AI Services (LAS) REST API
///
///Version: v1
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::hooks::RequestContext,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::hooks::RequestContext) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::hooks::RequestContext,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::hooks::RequestContext> for Client {
    fn api_version() -> &'static str {
        "v1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::hooks::RequestContext {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::hooks::RequestContext>,
    {
    }
};
#[allow(clippy::all)]
impl Client {
    ///List appClients available
    ///
    ///List appClients available, calls the GET /appClients endpoint.
    ///
    ///Sends a `GET` request to `/appClients`
    ///
    pub async fn list_app_clients<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::AppClients>, Error<types::Error>> {
        let url = format!("{}/appClients", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_app_clients",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates an appClient
    ///
    ///Creates an appClient, calls the POST /appClients endpoint.
    ///
    ///Sends a `POST` request to `/appClients`
    ///
    pub async fn create_app_client<'a>(
        &'a self,
        body: &'a types::PostAppClients,
    ) -> Result<ResponseValue<types::AppClient>, Error<types::Error>> {
        let url = format!("{}/appClients", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_app_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get appClient
    ///
    ///Get appClient, calls the GET /appClients/{appClientId} endpoint.
    ///
    ///Sends a `GET` request to `/appClients/{appClientId}`
    ///
    pub async fn get_app_client<'a>(
        &'a self,
        app_client_id: &'a str,
    ) -> Result<ResponseValue<types::AppClient>, Error<types::Error>> {
        let url = format!(
            "{}/appClients/{}",
            self.baseurl,
            encode_path(&app_client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_app_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the appClient with the provided appClientId
    ///
    ///Delete the appClient with the provided appClientId, calls the DELETE /appClients/{appClientId} endpoint.
    ///
    ///Sends a `DELETE` request to `/appClients/{appClientId}`
    ///
    pub async fn delete_app_client<'a>(
        &'a self,
        app_client_id: &'a str,
    ) -> Result<ResponseValue<types::AppClient>, Error<types::Error>> {
        let url = format!(
            "{}/appClients/{}",
            self.baseurl,
            encode_path(&app_client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_app_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates an appClient
    ///
    ///Updates an appClient, calls the PATCH /appClients/{appClientId} endpoint.
    ///
    ///Sends a `PATCH` request to `/appClients/{appClientId}`
    ///
    pub async fn update_app_client<'a>(
        &'a self,
        app_client_id: &'a str,
        body: &'a types::PatchAppClientId,
    ) -> Result<ResponseValue<types::AppClient>, Error<types::Error>> {
        let url = format!(
            "{}/appClients/{}",
            self.baseurl,
            encode_path(&app_client_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_app_client",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List assets available
    ///
    ///List assets available, calls the GET /assets endpoint.
    ///
    ///Sends a `GET` request to `/assets`
    ///
    pub async fn list_assets<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Assets>, Error<types::Error>> {
        let url = format!("{}/assets", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_assets",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates an asset
    ///
    ///Creates an asset, calls the POST /assets endpoint.
    ///
    ///Sends a `POST` request to `/assets`
    ///
    pub async fn create_asset<'a>(
        &'a self,
        body: &'a types::PostAssets,
    ) -> Result<ResponseValue<types::Asset>, Error<types::Error>> {
        let url = format!("{}/assets", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_asset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get asset
    ///
    ///Get asset, calls the GET /assets/{assetId} endpoint.
    ///
    ///Sends a `GET` request to `/assets/{assetId}`
    ///
    pub async fn get_asset<'a>(
        &'a self,
        asset_id: &'a str,
    ) -> Result<ResponseValue<types::Asset>, Error<types::Error>> {
        let url = format!(
            "{}/assets/{}",
            self.baseurl,
            encode_path(&asset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_asset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the asset with the provided asset_id
    ///
    ///Delete the asset with the provided asset_id, calls the DELETE /assets/{assetId} endpoint.
    ///
    ///Sends a `DELETE` request to `/assets/{assetId}`
    ///
    pub async fn delete_asset<'a>(
        &'a self,
        asset_id: &'a str,
    ) -> Result<ResponseValue<types::Asset>, Error<types::Error>> {
        let url = format!(
            "{}/assets/{}",
            self.baseurl,
            encode_path(&asset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_asset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates an asset
    ///
    ///Updates an asset, calls the PATCH /assets/{assetId} endpoint.
    ///
    ///Sends a `PATCH` request to `/assets/{assetId}`
    ///
    pub async fn update_asset<'a>(
        &'a self,
        asset_id: &'a str,
        body: &'a types::PatchAssetId,
    ) -> Result<ResponseValue<types::Asset>, Error<types::Error>> {
        let url = format!(
            "{}/assets/{}",
            self.baseurl,
            encode_path(&asset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_asset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List datasets available
    ///
    ///List datasets available, calls the GET /datasets endpoint.
    ///
    ///Sends a `GET` request to `/datasets`
    ///
    pub async fn list_datasets<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Datasets>, Error<types::Error>> {
        let url = format!("{}/datasets", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_datasets",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a dataset
    ///
    ///Creates a dataset, calls the POST /datasets endpoint.
    ///
    ///Sends a `POST` request to `/datasets`
    ///
    pub async fn create_dataset<'a>(
        &'a self,
        body: &'a types::PostDatasets,
    ) -> Result<ResponseValue<types::Dataset>, Error<types::Error>> {
        let url = format!("{}/datasets", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_dataset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get dataset
    ///
    ///Get dataset, calls the GET /datasets/{datasetId} endpoint.
    ///
    ///Sends a `GET` request to `/datasets/{datasetId}`
    ///
    pub async fn get_dataset<'a>(
        &'a self,
        dataset_id: &'a str,
    ) -> Result<ResponseValue<types::Dataset>, Error<types::Error>> {
        let url = format!(
            "{}/datasets/{}",
            self.baseurl,
            encode_path(&dataset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_dataset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the dataset with the provided dataset_id
    ///
    ///Delete the dataset with the provided dataset_id, calls the DELETE /datasets/{datasetId} endpoint.
    ///
    ///Sends a `DELETE` request to `/datasets/{datasetId}`
    ///
    pub async fn delete_dataset<'a>(
        &'a self,
        dataset_id: &'a str,
    ) -> Result<ResponseValue<types::Dataset>, Error<types::Error>> {
        let url = format!(
            "{}/datasets/{}",
            self.baseurl,
            encode_path(&dataset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_dataset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a dataset
    ///
    ///Updates a dataset, calls the PATCH /datasets/{datasetId} endpoint.
    ///
    ///Sends a `PATCH` request to `/datasets/{datasetId}`
    ///
    pub async fn update_dataset<'a>(
        &'a self,
        dataset_id: &'a str,
        body: &'a types::PatchDatasetId,
    ) -> Result<ResponseValue<types::Dataset>, Error<types::Error>> {
        let url = format!(
            "{}/datasets/{}",
            self.baseurl,
            encode_path(&dataset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_dataset",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List transformations of a dataset
    ///
    ///List transformations of a dataset, calls the GET /datasets/{datasetId}/transformations endpoint.
    ///
    ///Sends a `GET` request to `/datasets/{datasetId}/transformations`
    ///
    pub async fn list_transformations<'a>(
        &'a self,
        dataset_id: &'a str,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        status: Option<&'a crate::types::TransformationStatus>,
    ) -> Result<ResponseValue<types::Transformations>, Error<types::Error>> {
        let url = format!(
            "{}/datasets/{}/transformations",
            self.baseurl,
            encode_path(&dataset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_transformations",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a transformation of a dataset
    ///
    ///Creates a transformation of a dataset, calls the POST /datasets/{datasetId}/transformations endpoint.
    ///
    ///Sends a `POST` request to `/datasets/{datasetId}/transformations`
    ///
    pub async fn create_transformation<'a>(
        &'a self,
        dataset_id: &'a str,
        body: &'a types::PostTransformations,
    ) -> Result<ResponseValue<types::Transformation>, Error<types::Error>> {
        let url = format!(
            "{}/datasets/{}/transformations",
            self.baseurl,
            encode_path(&dataset_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_transformation",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the transformation with the provided transformation_id
    ///
    ///Delete the transformation with the provided transformation_id, calls the DELETE /datasets/{datasetId}/transformations/{transformationId} endpoint.
    ///
    ///Sends a `DELETE` request to `/datasets/{datasetId}/transformations/{transformationId}`
    ///
    pub async fn delete_transformation<'a>(
        &'a self,
        dataset_id: &'a str,
        transformation_id: &'a str,
    ) -> Result<ResponseValue<types::Transformation>, Error<types::Error>> {
        let url = format!(
            "{}/datasets/{}/transformations/{}",
            self.baseurl,
            encode_path(&dataset_id.to_string()),
            encode_path(&transformation_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_transformation",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List deployment environments available
    ///
    ///List deployment environments available, calls the GET /deploymentEnvironments endpoint.
    ///
    ///Sends a `GET` request to `/deploymentEnvironments`
    ///
    pub async fn list_deployment_environments<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        owner: Option<&'a str>,
    ) -> Result<ResponseValue<types::DeploymentEnvironments>, Error<types::Error>> {
        let url = format!("{}/deploymentEnvironments", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("owner", &owner))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_deployment_environments",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a deployment environment
    ///
    ///Get a deployment environment, calls the GET /deploymentEnvironments/{deploymentEnvironmentId} endpoint.
    ///
    ///Sends a `GET` request to `/deploymentEnvironments/{deploymentEnvironmentId}`
    ///
    pub async fn get_deployment_environment<'a>(
        &'a self,
        deployment_environment_id: &'a str,
    ) -> Result<ResponseValue<types::DeploymentEnvironment>, Error<types::Error>> {
        let url = format!(
            "{}/deploymentEnvironments/{}",
            self.baseurl,
            encode_path(&deployment_environment_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_deployment_environment",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List documents available for inference
    ///
    ///List documents available for inference, calls the GET /documents endpoint.
    ///
    ///Sends a `GET` request to `/documents`
    ///
    pub async fn list_documents<'a>(
        &'a self,
        consent_id: Option<&'a ::std::vec::Vec<::std::string::String>>,
        dataset_id: Option<&'a ::std::vec::Vec<::std::string::String>>,
        document_id: Option<&'a str>,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        order: Option<&'a crate::types::Order>,
        sort_by: Option<&'a crate::types::CreatedTimeSortBy>,
    ) -> Result<ResponseValue<types::Documents>, Error<types::Error>> {
        let url = format!("{}/documents", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "consentId",
                &consent_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "datasetId",
                &dataset_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "documentId",
                &document_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("order", &order))
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_documents",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a document
    ///
    ///Creates a document, calls the POST /documents endpoint.
    ///
    ///Sends a `POST` request to `/documents`
    ///
    pub async fn create_document<'a>(
        &'a self,
        body: &'a types::PostDocuments,
    ) -> Result<ResponseValue<types::Document>, Error<types::Error>> {
        let url = format!("{}/documents", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_document",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete documents with the provided consent_id
    ///
    ///Delete documents with the provided consent_id, calls the DELETE /documents endpoint.
    ///
    ///Sends a `DELETE` request to `/documents`
    ///
    pub async fn delete_documents<'a>(
        &'a self,
        consent_id: Option<&'a ::std::vec::Vec<::std::string::String>>,
        dataset_id: Option<&'a ::std::vec::Vec<::std::string::String>>,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Documents>, Error<types::Error>> {
        let url = format!("{}/documents", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "consentId",
                &consent_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "datasetId",
                &dataset_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_documents",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get document
    ///
    ///Get document, calls the GET /documents/{documentId} endpoint.
    ///
    ///Sends a `GET` request to `/documents/{documentId}`
    ///
    pub async fn get_document<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Result<ResponseValue<types::Document>, Error<types::Error>> {
        let url = format!(
            "{}/documents/{}",
            self.baseurl,
            encode_path(&document_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_document",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the document with the provided document_id
    ///
    ///Delete the document with the provided document_id, calls the DELETE /documents/{documentId} endpoint.
    ///
    ///Sends a `DELETE` request to `/documents/{documentId}`
    ///
    pub async fn delete_document<'a>(
        &'a self,
        document_id: &'a str,
    ) -> Result<ResponseValue<types::Document>, Error<types::Error>> {
        let url = format!(
            "{}/documents/{}",
            self.baseurl,
            encode_path(&document_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_document",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Update ground truth for a document
    ///
    ///Update ground truth for a document, calls the PATCH /documents/{documentId} endpoint. Updating ground truth means adding the ground truth data for the particular document. This enables the API to learn from past mistakes.
    ///
    ///Sends a `PATCH` request to `/documents/{documentId}`
    ///
    pub async fn update_document<'a>(
        &'a self,
        document_id: &'a str,
        body: &'a types::PatchDocumentId,
    ) -> Result<ResponseValue<types::Document>, Error<types::Error>> {
        let url = format!(
            "{}/documents/{}",
            self.baseurl,
            encode_path(&document_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_document",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List logs
    ///
    ///List logs, calls the GET /logs endpoint.
    ///
    ///Sends a `GET` request to `/logs`
    ///
    pub async fn list_logs<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        order: Option<&'a crate::types::Order>,
        transition_execution_id: Option<&'a str>,
        transition_id: Option<&'a str>,
        workflow_execution_id: Option<&'a str>,
        workflow_id: Option<&'a str>,
    ) -> Result<ResponseValue<types::Logs>, Error<types::Error>> {
        let url = format!("{}/logs", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("order", &order))
            .query(&progenitor_client::QueryParam::new(
                "transitionExecutionId",
                &transition_execution_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "transitionId",
                &transition_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "workflowExecutionId",
                &workflow_execution_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "workflowId",
                &workflow_id,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_logs",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get log
    ///
    ///get log, calls the GET /logs/{logId} endpoint.
    ///
    ///Sends a `GET` request to `/logs/{logId}`
    ///
    pub async fn get_log<'a>(
        &'a self,
        log_id: &'a str,
    ) -> Result<ResponseValue<types::Log>, Error<types::Error>> {
        let url = format!("{}/logs/{}", self.baseurl, encode_path(&log_id.to_string()),);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_log",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List models available
    ///
    ///List models available, calls the GET /models endpoint.
    ///
    ///Sends a `GET` request to `/models`
    ///
    pub async fn list_models<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        owner: Option<&'a str>,
    ) -> Result<ResponseValue<types::Models>, Error<types::Error>> {
        let url = format!("{}/models", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("owner", &owner))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_models",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a model
    ///
    ///Creates a model, calls the POST /models endpoint.
    ///
    ///Sends a `POST` request to `/models`
    ///
    pub async fn create_model<'a>(
        &'a self,
        body: &'a types::PostModels,
    ) -> Result<ResponseValue<types::Model>, Error<types::Error>> {
        let url = format!("{}/models", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_model",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a model
    ///
    ///Get a model, calls the GET /models/{modelId} endpoint.
    ///
    ///Sends a `GET` request to `/models/{modelId}`
    ///
    pub async fn get_model<'a>(
        &'a self,
        model_id: &'a str,
        statistics_last_n_days: Option<::std::num::NonZeroU64>,
    ) -> Result<ResponseValue<types::Model>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "statisticsLastNDays",
                &statistics_last_n_days,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_model",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the model with the provided model_id
    ///
    ///Delete the model with the provided model_id, calls the DELETE /models/{modelId} endpoint.
    ///
    ///Sends a `DELETE` request to `/models/{modelId}`
    ///
    pub async fn delete_model<'a>(
        &'a self,
        model_id: &'a str,
    ) -> Result<ResponseValue<types::Model>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_model",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a model
    ///
    ///Updates a model, calls the PATCH /models/{modelId} endpoint.
    ///
    ///Sends a `PATCH` request to `/models/{modelId}`
    ///
    pub async fn update_model<'a>(
        &'a self,
        model_id: &'a str,
        body: &'a types::PatchModelId,
    ) -> Result<ResponseValue<types::Model>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_model",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List data bundles available
    ///
    ///List data bundles available, calls the GET /models/{modelId}/dataBundles endpoint.
    ///
    ///Sends a `GET` request to `/models/{modelId}/dataBundles`
    ///
    pub async fn list_data_bundles<'a>(
        &'a self,
        model_id: &'a str,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        status: Option<&'a ::std::vec::Vec<crate::types::DataBundleStatus>>,
    ) -> Result<ResponseValue<types::DataBundles>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/dataBundles",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_data_bundles",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a data bundle
    ///
    ///Creates a data bundle, calls the POST /models/{modelId}/dataBundles endpoint.
    ///
    ///Sends a `POST` request to `/models/{modelId}/dataBundles`
    ///
    pub async fn create_data_bundle<'a>(
        &'a self,
        model_id: &'a str,
        body: &'a types::PostDataBundles,
    ) -> Result<ResponseValue<types::DataBundle>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/dataBundles",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_data_bundle",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a data bundle
    ///
    ///Get a data bundle, calls the GET /models/{modelId}/dataBundles/{dataBundleId} endpoint.
    ///
    ///Sends a `GET` request to `/models/{modelId}/dataBundles/{dataBundleId}`
    ///
    pub async fn get_data_bundle<'a>(
        &'a self,
        model_id: &'a str,
        data_bundle_id: &'a str,
    ) -> Result<ResponseValue<types::DataBundle>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/dataBundles/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
            encode_path(&data_bundle_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_data_bundle",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the data bundle with the provided data_bundle_id
    ///
    ///Delete the data bundle with the provided data_bundle_id, calls the DELETE /models/{modelId}/dataBundles/{dataBundleId} endpoint.
    ///
    ///Sends a `DELETE` request to `/models/{modelId}/dataBundles/{dataBundleId}`
    ///
    pub async fn delete_data_bundle<'a>(
        &'a self,
        model_id: &'a str,
        data_bundle_id: &'a str,
    ) -> Result<ResponseValue<types::DataBundle>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/dataBundles/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
            encode_path(&data_bundle_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_data_bundle",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a data bundle
    ///
    ///Updates a data bundle, calls the PATCH /models/{modelId}/dataBundles/{dataBundleId} endpoint.
    ///
    ///Sends a `PATCH` request to `/models/{modelId}/dataBundles/{dataBundleId}`
    ///
    pub async fn update_data_bundle<'a>(
        &'a self,
        model_id: &'a str,
        data_bundle_id: &'a str,
        body: &'a types::PatchDataBundleId,
    ) -> Result<ResponseValue<types::DataBundle>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/dataBundles/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
            encode_path(&data_bundle_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_data_bundle",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List trainings of a model
    ///
    ///List trainings of a model, calls the GET /models/{modelId}/trainings endpoint.
    ///
    ///Sends a `GET` request to `/models/{modelId}/trainings`
    ///
    pub async fn list_trainings<'a>(
        &'a self,
        model_id: &'a str,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        status: Option<&'a crate::types::TrainingStatus>,
    ) -> Result<ResponseValue<types::Trainings>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/trainings",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_trainings",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a training of a model
    ///
    ///Creates a training of a model, calls the POST /models/{modelId}/trainings endpoint.
    ///
    ///Sends a `POST` request to `/models/{modelId}/trainings`
    ///
    pub async fn create_training<'a>(
        &'a self,
        model_id: &'a str,
        body: &'a types::PostTrainings,
    ) -> Result<ResponseValue<types::Training>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/trainings",
            self.baseurl,
            encode_path(&model_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_training",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a training
    ///
    ///Get a training, calls the GET /models/{modelId}/trainings/{trainingId} endpoint.
    ///
    ///Sends a `GET` request to `/models/{modelId}/trainings/{trainingId}`
    ///
    pub async fn get_training<'a>(
        &'a self,
        model_id: &'a str,
        training_id: &'a str,
    ) -> Result<ResponseValue<types::Training>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/trainings/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
            encode_path(&training_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_training",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a training
    ///
    ///Updates a training, calls the PATCH /models/{modelId}/trainings/{trainingId} endpoint.
    ///
    ///Sends a `PATCH` request to `/models/{modelId}/trainings/{trainingId}`
    ///
    pub async fn update_training<'a>(
        &'a self,
        model_id: &'a str,
        training_id: &'a str,
        body: &'a types::PatchTrainingId,
    ) -> Result<ResponseValue<types::Training>, Error<types::Error>> {
        let url = format!(
            "{}/models/{}/trainings/{}",
            self.baseurl,
            encode_path(&model_id.to_string()),
            encode_path(&training_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_training",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List organizations available
    ///
    ///List organizations available, calls the GET /organizations endpoint.
    ///
    ///Sends a `GET` request to `/organizations`
    ///
    pub async fn list_organizations<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Organizations>, Error<types::Error>> {
        let url = format!("{}/organizations", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_organizations",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates an organization
    ///
    ///Creates an organization, calls the POST /organizations endpoint.
    ///
    ///Sends a `POST` request to `/organizations`
    ///
    pub async fn create_organization<'a>(
        &'a self,
        body: &'a types::PostOrganizations,
    ) -> Result<ResponseValue<types::Organization>, Error<types::Error>> {
        let url = format!("{}/organizations", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get an organization
    ///
    ///Get an organization, calls the GET /organizations/{organizationId} endpoint.
    ///
    ///Sends a `GET` request to `/organizations/{organizationId}`
    ///
    pub async fn get_organization<'a>(
        &'a self,
        organization_id: &'a str,
    ) -> Result<ResponseValue<types::Organization>, Error<types::Error>> {
        let url = format!(
            "{}/organizations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates an organization
    ///
    ///Updates an organization, calls the PATCH /organizations/{organizationId} endpoint.
    ///
    ///Sends a `PATCH` request to `/organizations/{organizationId}`
    ///
    pub async fn update_organization<'a>(
        &'a self,
        organization_id: &'a str,
        body: &'a types::PatchOrganizationId,
    ) -> Result<ResponseValue<types::Organization>, Error<types::Error>> {
        let url = format!(
            "{}/organizations/{}",
            self.baseurl,
            encode_path(&organization_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_organization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List payment methods available
    ///
    ///List payment methods available, calls the GET /paymentMethods endpoint.
    ///
    ///Sends a `GET` request to `/paymentMethods`
    ///
    pub async fn list_payment_methods<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::PaymentMethods>, Error<types::Error>> {
        let url = format!("{}/paymentMethods", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_payment_methods",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a payment method
    ///
    ///Creates a payment method, calls the POST /paymentMethods endpoint.
    ///
    ///Sends a `POST` request to `/paymentMethods`
    ///
    pub async fn create_payment_method<'a>(
        &'a self,
        body: &'a types::PostPaymentMethods,
    ) -> Result<ResponseValue<types::PaymentMethod>, Error<types::Error>> {
        let url = format!("{}/paymentMethods", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_payment_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a payment method
    ///
    ///Get a payment method, calls the GET /paymentMethods/{paymentMethodId} endpoint.
    ///
    ///Sends a `GET` request to `/paymentMethods/{paymentMethodId}`
    ///
    pub async fn get_payment_method<'a>(
        &'a self,
        payment_method_id: &'a str,
    ) -> Result<ResponseValue<types::PaymentMethod>, Error<types::Error>> {
        let url = format!(
            "{}/paymentMethods/{}",
            self.baseurl,
            encode_path(&payment_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_payment_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the payment method with the provided payment_method_id
    ///
    ///Delete the payment method with the provided payment_method_id, calls the DELETE /paymentMethods/{paymentMethodId} endpoint.
    ///
    ///Sends a `DELETE` request to `/paymentMethods/{paymentMethodId}`
    ///
    pub async fn delete_payment_method<'a>(
        &'a self,
        payment_method_id: &'a str,
    ) -> Result<ResponseValue<types::PaymentMethod>, Error<types::Error>> {
        let url = format!(
            "{}/paymentMethods/{}",
            self.baseurl,
            encode_path(&payment_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_payment_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a payment method
    ///
    ///Updates a payment method, calls the PATCH /paymentMethods/{paymentMethodId} endpoint.
    ///
    ///Sends a `PATCH` request to `/paymentMethods/{paymentMethodId}`
    ///
    pub async fn update_payment_method<'a>(
        &'a self,
        payment_method_id: &'a str,
        body: &'a types::PatchPaymentMethodId,
    ) -> Result<ResponseValue<types::PaymentMethod>, Error<types::Error>> {
        let url = format!(
            "{}/paymentMethods/{}",
            self.baseurl,
            encode_path(&payment_method_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_payment_method",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List plans available
    ///
    ///List plans available, calls the GET /plans endpoint.
    ///
    ///Sends a `GET` request to `/plans`
    ///
    pub async fn list_plans<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        owner: Option<&'a str>,
    ) -> Result<ResponseValue<types::Plans>, Error<types::Error>> {
        let url = format!("{}/plans", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("owner", &owner))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_plans",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a plan
    ///
    ///Get a plan, calls the GET /plans/{planId} endpoint.
    ///
    ///Sends a `GET` request to `/plans/{planId}`
    ///
    pub async fn get_plan<'a>(
        &'a self,
        plan_id: &'a str,
    ) -> Result<ResponseValue<types::Plan>, Error<types::Error>> {
        let url = format!(
            "{}/plans/{}",
            self.baseurl,
            encode_path(&plan_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_plan",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List predictions available
    ///
    ///List predictions available, calls the GET /predictions endpoint.
    ///
    ///Sends a `GET` request to `/predictions`
    ///
    pub async fn list_predictions<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        model_id: Option<&'a str>,
        next_token: Option<&'a str>,
        order: Option<&'a crate::types::Order>,
        sort_by: Option<&'a crate::types::CreatedTimeSortBy>,
    ) -> Result<ResponseValue<types::Predictions>, Error<types::Error>> {
        let url = format!("{}/predictions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new("modelId", &model_id))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("order", &order))
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_predictions",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Create a prediction on a document using specified model
    ///
    ///Create a prediction on a document using specified model, calls the POST /predictions endpoint.
    ///
    ///Sends a `POST` request to `/predictions`
    ///
    pub async fn create_prediction<'a>(
        &'a self,
        body: &'a types::PostPredictions,
    ) -> Result<ResponseValue<types::Prediction>, Error<types::Error>> {
        let url = format!("{}/predictions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_prediction",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a prediction
    ///
    ///Get a prediction, calls the GET /predictions/{predictionId} endpoint.
    ///
    ///Sends a `GET` request to `/predictions/{predictionId}`
    ///
    pub async fn get_prediction<'a>(
        &'a self,
        prediction_id: &'a str,
    ) -> Result<ResponseValue<types::Prediction>, Error<types::Error>> {
        let url = format!(
            "{}/predictions/{}",
            self.baseurl,
            encode_path(&prediction_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_prediction",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a profile
    ///
    ///Get a profile, calls the GET /profiles/{profileId} endpoint.
    ///
    ///Sends a `GET` request to `/profiles/{profileId}`
    ///
    pub async fn get_profile<'a>(
        &'a self,
        profile_id: &'a str,
    ) -> Result<ResponseValue<types::Profile>, Error<types::Error>> {
        let url = format!(
            "{}/profiles/{}",
            self.baseurl,
            encode_path(&profile_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_profile",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a profile
    ///
    ///Updates a profile, calls the PATCH /profiles/{profileId} endpoint.
    ///
    ///Sends a `PATCH` request to `/profiles/{profileId}`
    ///
    pub async fn update_profile<'a>(
        &'a self,
        profile_id: &'a str,
        body: &'a types::PatchProfileId,
    ) -> Result<ResponseValue<types::Profile>, Error<types::Error>> {
        let url = format!(
            "{}/profiles/{}",
            self.baseurl,
            encode_path(&profile_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_profile",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List roles available
    ///
    ///List roles available, calls the GET /roles endpoint.
    ///
    ///Sends a `GET` request to `/roles`
    ///
    pub async fn list_roles<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Roles>, Error<types::Error>> {
        let url = format!("{}/roles", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_roles",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a role
    ///
    ///Get a role, calls the GET /roles/{roleId} endpoint.
    ///
    ///Sends a `GET` request to `/roles/{roleId}`
    ///
    pub async fn get_role<'a>(
        &'a self,
        role_id: &'a str,
    ) -> Result<ResponseValue<types::Role>, Error<types::Error>> {
        let url = format!(
            "{}/roles/{}",
            self.baseurl,
            encode_path(&role_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_role",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List secrets available
    ///
    ///List secrets available, calls the GET /secrets endpoint.
    ///
    ///Sends a `GET` request to `/secrets`
    ///
    pub async fn list_secrets<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Secrets>, Error<types::Error>> {
        let url = format!("{}/secrets", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_secrets",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates an secret
    ///
    ///Creates an secret, calls the POST /secrets endpoint.
    ///
    ///Sends a `POST` request to `/secrets`
    ///
    pub async fn create_secret<'a>(
        &'a self,
        body: &'a types::PostSecrets,
    ) -> Result<ResponseValue<types::Secret>, Error<types::Error>> {
        let url = format!("{}/secrets", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_secret",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the secret with the provided secret_id
    ///
    ///Delete the secret with the provided secret_id, calls the DELETE /secrets/{secretId} endpoint.
    ///
    ///Sends a `DELETE` request to `/secrets/{secretId}`
    ///
    pub async fn delete_secret<'a>(
        &'a self,
        secret_id: &'a str,
    ) -> Result<ResponseValue<types::Secret>, Error<types::Error>> {
        let url = format!(
            "{}/secrets/{}",
            self.baseurl,
            encode_path(&secret_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_secret",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates an secret
    ///
    ///Updates an secret, calls the PATCH /secrets/secretId endpoint.
    ///
    ///Sends a `PATCH` request to `/secrets/{secretId}`
    ///
    pub async fn update_secret<'a>(
        &'a self,
        secret_id: &'a str,
        body: &'a types::PatchSecretId,
    ) -> Result<ResponseValue<types::Secret>, Error<types::Error>> {
        let url = format!(
            "{}/secrets/{}",
            self.baseurl,
            encode_path(&secret_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_secret",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List transitions
    ///
    ///List transitions, calls the GET /transitions endpoint.
    ///
    ///Sends a `GET` request to `/transitions`
    ///
    pub async fn list_transitions<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        transition_type: Option<&'a ::std::vec::Vec<crate::types::TransitionType>>,
    ) -> Result<ResponseValue<types::Transitions>, Error<types::Error>> {
        let url = format!("{}/transitions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new(
                "transitionType",
                &transition_type,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_transitions",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a transition
    ///
    ///Creates a transition, calls the POST /transitions endpoint.
    ///
    ///Sends a `POST` request to `/transitions`
    ///
    pub async fn create_transition<'a>(
        &'a self,
        body: &'a types::PostTransitions,
    ) -> Result<ResponseValue<types::Transition>, Error<types::Error>> {
        let url = format!("{}/transitions", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_transition",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get the transition with the provided transition_id
    ///
    ///Get the transition with the provided transition_id, calls the GET /transitions/{transitionId} endpoint.
    ///
    ///Sends a `GET` request to `/transitions/{transitionId}`
    ///
    pub async fn get_transition<'a>(
        &'a self,
        transition_id: &'a str,
    ) -> Result<ResponseValue<types::Transition>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}",
            self.baseurl,
            encode_path(&transition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_transition",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the transition with the provided transition_id
    ///
    ///Delete the transition with the provided transition_id, calls the DELETE /transitions/{transitionId} endpoint.
    ///
    ///Sends a `DELETE` request to `/transitions/{transitionId}`
    ///
    pub async fn delete_transition<'a>(
        &'a self,
        transition_id: &'a str,
    ) -> Result<ResponseValue<types::Transition>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}",
            self.baseurl,
            encode_path(&transition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_transition",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a transition
    ///
    ///Updates a transition, calls the PATCH /transitions/{transitionId} endpoint.
    ///
    ///Sends a `PATCH` request to `/transitions/{transitionId}`
    ///
    pub async fn update_transition<'a>(
        &'a self,
        transition_id: &'a str,
        body: &'a types::PatchTransitionId,
    ) -> Result<ResponseValue<types::Transition>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}",
            self.baseurl,
            encode_path(&transition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_transition",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List executions in a transition
    ///
    ///List executions in a transition, calls the GET /transitions/{transitionId}/executions endpoint.
    ///
    ///Sends a `GET` request to `/transitions/{transitionId}/executions`
    ///
    pub async fn list_transition_executions<'a>(
        &'a self,
        transition_id: &'a str,
        execution_id: Option<&'a ::std::vec::Vec<::std::string::String>>,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        order: Option<&'a crate::types::Order>,
        sort_by: Option<&'a crate::types::SortBy>,
        status: Option<&'a ::std::vec::Vec<crate::types::TransitionExecutionStatus>>,
    ) -> Result<ResponseValue<types::TransitionExecutions>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}/executions",
            self.baseurl,
            encode_path(&transition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "executionId",
                &execution_id,
            ))
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("order", &order))
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_transition_executions",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Start executing a manual transition
    ///
    ///Start executing a manual transition, calls the POST /transitions/{transitionId}/executions endpoint.
    ///
    ///Sends a `POST` request to `/transitions/{transitionId}/executions`
    ///
    pub async fn execute_transition<'a>(
        &'a self,
        transition_id: &'a str,
        body: &'a types::PostTransitionExecution,
    ) -> Result<ResponseValue<types::TransitionExecution>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}/executions",
            self.baseurl,
            encode_path(&transition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "execute_transition",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get an execution of a transition
    ///
    ///Get an execution of a transition, calls the GET /transitions/{transitionId}/executions/{executionId} endpoint
    ///
    ///Sends a `GET` request to `/transitions/{transitionId}/executions/{executionId}`
    ///
    pub async fn get_transition_execution<'a>(
        &'a self,
        transition_id: &'a str,
        execution_id: &'a str,
    ) -> Result<ResponseValue<types::TransitionExecution>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}/executions/{}",
            self.baseurl,
            encode_path(&transition_id.to_string()),
            encode_path(&execution_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_transition_execution",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Ends the processing of the transition execution
    ///
    ///Ends the processing of the transition execution, calls the PATCH /transitions/{transition_id}/executions/{execution_id} endpoint.
    ///
    ///Sends a `PATCH` request to `/transitions/{transitionId}/executions/{executionId}`
    ///
    pub async fn update_transition_execution<'a>(
        &'a self,
        transition_id: &'a str,
        execution_id: &'a str,
        body: &'a types::PatchTransistionExecutionId,
    ) -> Result<ResponseValue<types::TransitionExecution>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}/executions/{}",
            self.baseurl,
            encode_path(&transition_id.to_string()),
            encode_path(&execution_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_transition_execution",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Send heartbeat for a manual execution to signal that we are still working on it. Must be done at minimum once every 60 seconds or the transition execution will time out
    ///
    ///Send heartbeat for a manual execution to signal that we are still working on it. Must be done at minimum once every 60 seconds or the transition execution will time out, calls the POST /transitions/{transitionId}/executions/{executionId}/heartbeats endpoint.
    ///
    ///Sends a `POST` request to `/transitions/{transitionId}/executions/{executionId}/heartbeats`
    ///
    pub async fn send_heartbeat<'a>(
        &'a self,
        transition_id: &'a str,
        execution_id: &'a str,
        body: &'a types::PostHeartbeats,
    ) -> Result<ResponseValue<()>, Error<types::Error>> {
        let url = format!(
            "{}/transitions/{}/executions/{}/heartbeats",
            self.baseurl,
            encode_path(&transition_id.to_string()),
            encode_path(&execution_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "send_heartbeat",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List users
    ///
    ///List users, calls the GET /users endpoint.
    ///
    ///Sends a `GET` request to `/users`
    ///
    pub async fn list_users<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Users>, Error<types::Error>> {
        let url = format!("{}/users", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_users",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a new user
    ///
    ///Creates a new user, calls the POST /users endpoint.
    ///
    ///Sends a `POST` request to `/users`
    ///
    pub async fn create_user<'a>(
        &'a self,
        body: &'a types::PostUsers,
    ) -> Result<ResponseValue<types::User>, Error<types::Error>> {
        let url = format!("{}/users", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get information about a specific user
    ///
    ///Get information about a specific user, calls the GET /users/{user_id} endpoint.
    ///
    ///Sends a `GET` request to `/users/{userId}`
    ///
    pub async fn get_user<'a>(
        &'a self,
        user_id: &'a str,
    ) -> Result<ResponseValue<types::User>, Error<types::Error>> {
        let url = format!(
            "{}/users/{}",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the user with the provided user_id
    ///
    ///Delete the user with the provided user_id, calls the DELETE /users/{userId} endpoint.
    ///
    ///Sends a `DELETE` request to `/users/{userId}`
    ///
    pub async fn delete_user<'a>(
        &'a self,
        user_id: &'a str,
    ) -> Result<ResponseValue<types::User>, Error<types::Error>> {
        let url = format!(
            "{}/users/{}",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a user
    ///
    ///Updates a user, calls the PATCH /users/{userId} endpoint.
    ///
    ///Sends a `PATCH` request to `/users/{userId}`
    ///
    pub async fn update_user<'a>(
        &'a self,
        user_id: &'a str,
        body: &'a types::PatchUserId,
    ) -> Result<ResponseValue<types::User>, Error<types::Error>> {
        let url = format!(
            "{}/users/{}",
            self.baseurl,
            encode_path(&user_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_user",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List workflows
    ///
    ///List workflows, calls the GET /workflows endpoint.
    ///
    ///Sends a `GET` request to `/workflows`
    ///
    pub async fn list_workflows<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::Workflows>, Error<types::Error>> {
        let url = format!("{}/workflows", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_workflows",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Creates a new workflow
    ///
    ///Creates a new workflow, calls the POST /workflows endpoint. Check out Lucidtech's tutorials for more info on how to create a workflow.
    ///
    ///Sends a `POST` request to `/workflows`
    ///
    pub async fn create_workflow<'a>(
        &'a self,
        body: &'a types::PostWorkflows,
    ) -> Result<ResponseValue<types::Workflow>, Error<types::Error>> {
        let url = format!("{}/workflows", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_workflow",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get the workflow with the provided workflow_id
    ///
    ///Get the workflow with the provided workflow_id, calls the GET /workflows/{workflowId} endpoint.
    ///
    ///Sends a `GET` request to `/workflows/{workflowId}`
    ///
    pub async fn get_workflow<'a>(
        &'a self,
        workflow_id: &'a str,
    ) -> Result<ResponseValue<types::Workflow>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_workflow",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Delete the workflow with the provided workflow_id
    ///
    ///Delete the workflow with the provided workflow_id, calls the DELETE /workflows/{workflowId} endpoint.
    ///
    ///Sends a `DELETE` request to `/workflows/{workflowId}`
    ///
    pub async fn delete_workflow<'a>(
        &'a self,
        workflow_id: &'a str,
    ) -> Result<ResponseValue<types::Workflow>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_workflow",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Updates a workflow
    ///
    ///Updates a workflow, calls the PATCH /workflows/{workflowId} endpoint.
    ///
    ///Sends a `PATCH` request to `/workflows/{workflowId}`
    ///
    pub async fn update_workflow<'a>(
        &'a self,
        workflow_id: &'a str,
        body: &'a types::PatchWorkflowId,
    ) -> Result<ResponseValue<types::Workflow>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_workflow",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///List executions in a workflow
    ///
    ///List executions in a workflow, calls the GET /workflows/{workflowId}/executions endpoint.
    ///
    ///Sends a `GET` request to `/workflows/{workflowId}/executions`
    ///
    pub async fn list_workflow_executions<'a>(
        &'a self,
        workflow_id: &'a str,
        from_start_time: Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        order: Option<&'a crate::types::Order>,
        sort_by: Option<&'a crate::types::SortBy>,
        status: Option<&'a ::std::vec::Vec<crate::types::WorkflowExecutionStatus>>,
        to_start_time: Option<&'a ::chrono::DateTime<::chrono::offset::Utc>>,
    ) -> Result<ResponseValue<types::WorkflowExecutions>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}/executions",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new(
                "fromStartTime",
                &from_start_time,
            ))
            .query(&progenitor_client::QueryParam::new(
                "maxResults",
                &max_results,
            ))
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
            .query(&progenitor_client::QueryParam::new("order", &order))
            .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
            .query(&progenitor_client::QueryParam::new("status", &status))
            .query(&progenitor_client::QueryParam::new(
                "toStartTime",
                &to_start_time,
            ))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_workflow_executions",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Start a workflow execution
    ///
    ///Start a workflow execution, calls the POST /workflows/{workflowId}/executions endpoint.
    ///
    ///Sends a `POST` request to `/workflows/{workflowId}/executions`
    ///
    pub async fn execute_workflow<'a>(
        &'a self,
        workflow_id: &'a str,
        body: &'a types::PostWorkflowExecutions,
    ) -> Result<ResponseValue<types::WorkflowExecution>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}/executions",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "execute_workflow",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Get a workflow execution
    ///
    ///Get a workflow execution, calls the GET /workflows/{workflow_id}/executions/{execution_id} endpoint.
    ///
    ///Sends a `GET` request to `/workflows/{workflowId}/executions/{executionId}`
    ///
    pub async fn get_workflow_execution<'a>(
        &'a self,
        workflow_id: &'a str,
        execution_id: &'a str,
    ) -> Result<ResponseValue<types::WorkflowExecution>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}/executions/{}",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
            encode_path(&execution_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "get_workflow_execution",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Deletes the execution with the provided execution_id from workflow_id
    ///
    ///Deletes the execution with the provided execution_id from workflow_id, calls the DELETE /workflows/{workflowId}/executions/{executionId} endpoint.
    ///
    ///Sends a `DELETE` request to `/workflows/{workflowId}/executions/{executionId}`
    ///
    pub async fn delete_workflow_execution<'a>(
        &'a self,
        workflow_id: &'a str,
        execution_id: &'a str,
    ) -> Result<ResponseValue<types::WorkflowExecution>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}/executions/{}",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
            encode_path(&execution_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "delete_workflow_execution",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Retry or end the processing of a workflow execution
    ///
    ///Retry or end the processing of a workflow execution, calls the PATCH /workflows/{workflow_id}/executions/{execution_id} endpoint.
    ///
    ///Sends a `PATCH` request to `/workflows/{workflowId}/executions/{executionId}`
    ///
    pub async fn update_workflow_execution<'a>(
        &'a self,
        workflow_id: &'a str,
        execution_id: &'a str,
        body: &'a types::PatchWorkflowExecutionId,
    ) -> Result<ResponseValue<types::WorkflowExecution>, Error<types::Error>> {
        let url = format!(
            "{}/workflows/{}/executions/{}",
            self.baseurl,
            encode_path(&workflow_id.to_string()),
            encode_path(&execution_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_workflow_execution",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    ///Deprecated: not in the vendor's 2024-11-29 export of the API; kept so code written against the earlier API keeps working.
    ///
    ///Sends a `POST` request to `/signup`
    ///
    pub async fn sign_up<'a>(
        &'a self,
        body: &'a types::PostSignUp,
    ) -> Result<ResponseValue<types::SignUp>, Error<types::Error>> {
        let url = format!("{}/signup", self.baseurl,);
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "sign_up",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            400u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            403u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            404u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            415u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            429u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            500u16 => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
