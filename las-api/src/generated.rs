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
        #[serde(
            rename = "apiKey",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub api_key: ::std::option::Option<crate::SecretString>,
        #[serde(rename = "appClientId")]
        pub app_client_id: ::std::string::String,
        #[serde(rename = "callbackUrls")]
        pub callback_urls: ::std::vec::Vec<::std::string::String>,
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
        #[serde(rename = "loginUrls")]
        pub login_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "logoutUrls")]
        pub logout_urls: ::std::vec::Vec<::std::string::String>,
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
    impl AppClient {
        /// `AppClient` from its required fields; every optional field starts empty.
        pub fn new(
            app_client_id: ::std::string::String,
            callback_urls: ::std::vec::Vec<::std::string::String>,
            client_id: ::std::string::String,
            has_secret: bool,
            login_urls: ::std::vec::Vec<::std::string::String>,
            logout_urls: ::std::vec::Vec<::std::string::String>,
        ) -> Self {
            Self {
                api_key: ::std::option::Option::None,
                app_client_id,
                callback_urls,
                client_id,
                client_secret: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                default_login_url: ::std::option::Option::None,
                description: ::std::option::Option::None,
                has_secret,
                login_urls,
                logout_urls,
                name: ::std::option::Option::None,
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
    #[non_exhaustive]
    pub struct CompletedConfig {
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
    impl CompletedConfig {
        /// `CompletedConfig` from its required fields; every optional field starts empty.
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
        pub status: crate::types::DataBundleStatus,
        pub summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
            summary: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                data_bundle_id,
                datasets,
                description: ::std::option::Option::None,
                model_id,
                name: ::std::option::Option::None,
                status,
                summary,
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
            if ![256_i64].contains(&value) {
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
                [::serde_json::from_str("256").unwrap()]
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
            if ![512_i64, 1024_i64, 2048_i64].contains(&value) {
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
        #[serde(rename = "contentType")]
        pub content_type: crate::types::ContentType,
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
        #[serde(rename = "documentId")]
        pub document_id: ::std::string::String,
        #[serde(
            rename = "groundTruth",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub ground_truth: ::std::vec::Vec<GroundTruthItem>,
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
        pub fn new(
            content_type: crate::types::ContentType,
            document_id: ::std::string::String,
            retention_in_days: i64,
        ) -> Self {
            Self {
                consent_id: ::std::option::Option::None,
                content: ::std::option::Option::None,
                content_type,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                dataset_id: ::std::option::Option::None,
                document_id,
                ground_truth: ::std::default::Default::default(),
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
    }
    impl Documents {
        /// `Documents` from its required fields; every optional field starts empty.
        pub fn new(documents: ::std::vec::Vec<Document>) -> Self {
            Self {
                consent_id: ::std::default::Default::default(),
                dataset_id: ::std::default::Default::default(),
                documents,
                next_token: ::std::option::Option::None,
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
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct ErrorConfig {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "manualRetry",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manual_retry: ::std::option::Option<bool>,
    }
    impl ErrorConfig {
        /// `ErrorConfig` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                email: ::std::option::Option::None,
                manual_retry: ::std::option::Option::None,
            }
        }
    }
    ///`FieldConfigEntry`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct FieldConfigEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "maxLength")]
        pub max_length: i64,
        #[serde(rename = "type")]
        pub type_: crate::types::FieldType,
    }
    impl FieldConfigEntry {
        /// `FieldConfigEntry` from its required fields; every optional field starts empty.
        pub fn new(max_length: i64, type_: crate::types::FieldType) -> Self {
            Self {
                description: ::std::option::Option::None,
                max_length,
                type_,
            }
        }
    }
    ///`GroundTruthItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct GroundTruthItem {
        pub label: ::std::string::String,
        pub value: GroundTruthValue,
    }
    impl GroundTruthItem {
        /// `GroundTruthItem` from its required fields; every optional field starts empty.
        pub fn new(label: ::std::string::String, value: GroundTruthValue) -> Self {
            Self { label, value }
        }
    }
    ///`GroundTruthValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[serde(untagged)]
    pub enum GroundTruthValue {
        Text(::std::option::Option<::std::string::String>),
        Bool(bool),
    }
    impl ::std::convert::From<::std::option::Option<::std::string::String>> for GroundTruthValue {
        fn from(value: ::std::option::Option<::std::string::String>) -> Self {
            Self::Text(value)
        }
    }
    impl ::std::convert::From<bool> for GroundTruthValue {
        fn from(value: bool) -> Self {
            Self::Bool(value)
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
        #[serde(rename = "transitionId")]
        pub transition_id: ::std::string::String,
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
        pub fn new(log_id: ::std::string::String, transition_id: ::std::string::String) -> Self {
            Self {
                events: ::std::default::Default::default(),
                log_id,
                start_time: ::std::option::Option::None,
                transition_execution_id: ::std::option::Option::None,
                transition_id,
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
        #[serde(rename = "fieldConfig")]
        pub field_config: ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
        pub height: i64,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfDataBundles")]
        pub number_of_data_bundles: i64,
        #[serde(rename = "preprocessConfig")]
        pub preprocess_config: PreprocessConfig,
        pub status: crate::types::ModelStatus,
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
        pub width: i64,
    }
    impl Model {
        /// `Model` from its required fields; every optional field starts empty.
        pub fn new(
            field_config: ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
            height: i64,
            model_id: ::std::string::String,
            number_of_data_bundles: i64,
            preprocess_config: PreprocessConfig,
            status: crate::types::ModelStatus,
            width: i64,
        ) -> Self {
            Self {
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                field_config,
                height,
                model_id,
                name: ::std::option::Option::None,
                number_of_data_bundles,
                preprocess_config,
                status,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                width,
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
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "monthlyNumberOfDataBundlesAllowed")]
        pub monthly_number_of_data_bundles_allowed: i64,
        #[serde(rename = "monthlyNumberOfDataBundlesCreated")]
        pub monthly_number_of_data_bundles_created: i64,
        #[serde(rename = "monthlyNumberOfDocumentsAllowed")]
        pub monthly_number_of_documents_allowed: i64,
        #[serde(rename = "monthlyNumberOfDocumentsCreated")]
        pub monthly_number_of_documents_created: i64,
        #[serde(rename = "monthlyNumberOfPredictionsAllowed")]
        pub monthly_number_of_predictions_allowed: i64,
        #[serde(rename = "monthlyNumberOfPredictionsCreated")]
        pub monthly_number_of_predictions_created: i64,
        #[serde(rename = "monthlyNumberOfTransitionExecutionsAllowed")]
        pub monthly_number_of_transition_executions_allowed: i64,
        #[serde(rename = "monthlyNumberOfTransitionExecutionsCreated")]
        pub monthly_number_of_transition_executions_created: i64,
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
            monthly_number_of_data_bundles_allowed: i64,
            monthly_number_of_data_bundles_created: i64,
            monthly_number_of_documents_allowed: i64,
            monthly_number_of_documents_created: i64,
            monthly_number_of_predictions_allowed: i64,
            monthly_number_of_predictions_created: i64,
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
                description: ::std::option::Option::None,
                monthly_number_of_data_bundles_allowed,
                monthly_number_of_data_bundles_created,
                monthly_number_of_documents_allowed,
                monthly_number_of_documents_created,
                monthly_number_of_predictions_allowed,
                monthly_number_of_predictions_created,
                monthly_number_of_transition_executions_allowed,
                monthly_number_of_transition_executions_created,
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
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
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
    }
    impl PatchAppClientId {
        /// `PatchAppClientId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                default_login_url: ::std::option::Option::None,
                description: ::std::option::Option::None,
                login_urls: ::std::default::Default::default(),
                name: ::std::option::Option::None,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PatchDatasetId {
        /// `PatchDatasetId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
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
        #[serde(
            rename = "groundTruth",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub ground_truth: ::std::vec::Vec<GroundTruthItem>,
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
                ground_truth: ::std::default::Default::default(),
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub height: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PreprocessConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<crate::types::ModelStatus>,
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
                name: ::std::option::Option::None,
                preprocess_config: ::std::option::Option::None,
                status: ::std::option::Option::None,
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
    }
    impl PatchOrganizationId {
        /// `PatchOrganizationId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                description: ::std::option::Option::None,
                name: ::std::option::Option::None,
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assets: ::std::option::Option<TransitionAssets>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
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
        #[serde(
            rename = "inputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub input_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "outputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub output_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
            }
        }
    }
    ///`PatchUserId`
    #[derive(
        ::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, schemars::JsonSchema,
    )]
    #[non_exhaustive]
    pub struct PatchUserId {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PatchUserId {
        /// `PatchUserId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                avatar: ::std::option::Option::None,
                name: ::std::option::Option::None,
            }
        }
    }
    ///`PatchWorkflowExecutionId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PatchWorkflowExecutionId {
        #[serde(rename = "nextTransitionId")]
        pub next_transition_id: ::std::string::String,
    }
    impl PatchWorkflowExecutionId {
        /// `PatchWorkflowExecutionId` from its required fields; every optional field starts empty.
        pub fn new(next_transition_id: ::std::string::String) -> Self {
            Self { next_transition_id }
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
        pub completed_config: ::std::option::Option<CompletedConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_config: ::std::option::Option<ErrorConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PatchWorkflowId {
        /// `PatchWorkflowId` from its required fields; every optional field starts empty.
        pub fn new() -> Self {
            Self {
                completed_config: ::std::option::Option::None,
                description: ::std::option::Option::None,
                error_config: ::std::option::Option::None,
                name: ::std::option::Option::None,
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
                name: ::std::option::Option::None,
                retention_in_days: ::std::option::Option::None,
            }
        }
    }
    ///`PostDocuments`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostDocuments {
        #[serde(
            rename = "consentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub consent_id: ::std::option::Option<::std::string::String>,
        pub content: crate::Base64Content,
        #[serde(rename = "contentType")]
        pub content_type: crate::types::ContentType,
        #[serde(
            rename = "datasetId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dataset_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groundTruth",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub ground_truth: ::std::vec::Vec<GroundTruthItem>,
        #[serde(
            rename = "retentionInDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retention_in_days: ::std::option::Option<i64>,
    }
    impl PostDocuments {
        /// `PostDocuments` from its required fields; every optional field starts empty.
        pub fn new(content: crate::Base64Content, content_type: crate::types::ContentType) -> Self {
            Self {
                consent_id: ::std::option::Option::None,
                content,
                content_type,
                dataset_id: ::std::option::Option::None,
                ground_truth: ::std::default::Default::default(),
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
        pub height: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "preprocessConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub preprocess_config: ::std::option::Option<PreprocessConfig>,
        pub width: i64,
    }
    impl PostModels {
        /// `PostModels` from its required fields; every optional field starts empty.
        pub fn new(
            field_config: ::std::collections::BTreeMap<::std::string::String, FieldConfigEntry>,
            height: i64,
            width: i64,
        ) -> Self {
            Self {
                description: ::std::option::Option::None,
                field_config,
                height,
                name: ::std::option::Option::None,
                preprocess_config: ::std::option::Option::None,
                width,
            }
        }
    }
    ///`PostPredictions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostPredictions {
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
    }
    impl PostPredictions {
        /// `PostPredictions` from its required fields; every optional field starts empty.
        pub fn new(document_id: ::std::string::String, model_id: ::std::string::String) -> Self {
            Self {
                auto_rotate: ::std::option::Option::None,
                document_id,
                image_quality: ::std::option::Option::None,
                max_pages: ::std::option::Option::None,
                model_id,
            }
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
    ///`PostSignUp`
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
        #[serde(
            rename = "inputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub input_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
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
        ManualTransitionParameters(ManualTransitionParameters),
    }
    impl ::std::convert::From<DockerTransitionParameters> for PostTransitionsParameters {
        fn from(value: DockerTransitionParameters) -> Self {
            Self::DockerTransitionParameters(value)
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
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub avatar: ::std::option::Option<::std::string::String>,
        pub email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl PostUsers {
        /// `PostUsers` from its required fields; every optional field starts empty.
        pub fn new(email: ::std::string::String) -> Self {
            Self {
                app_client_id: ::std::option::Option::None,
                avatar: ::std::option::Option::None,
                email,
                name: ::std::option::Option::None,
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
        pub completed_config: ::std::option::Option<CompletedConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_config: ::std::option::Option<ErrorConfig>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub specification: PostWorkflowsSpecification,
    }
    impl PostWorkflows {
        /// `PostWorkflows` from its required fields; every optional field starts empty.
        pub fn new(specification: PostWorkflowsSpecification) -> Self {
            Self {
                completed_config: ::std::option::Option::None,
                description: ::std::option::Option::None,
                error_config: ::std::option::Option::None,
                name: ::std::option::Option::None,
                specification,
            }
        }
    }
    ///`PostWorkflowsSpecification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PostWorkflowsSpecification {
        pub definition: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<PostWorkflowsSpecificationLanguage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<PostWorkflowsSpecificationVersion>,
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
    ///`PostWorkflowsSpecificationLanguage`
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
    pub enum PostWorkflowsSpecificationLanguage {
        #[serde(rename = "ASL")]
        Asl,
    }
    impl ::std::fmt::Display for PostWorkflowsSpecificationLanguage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asl => f.write_str("ASL"),
            }
        }
    }
    impl ::std::str::FromStr for PostWorkflowsSpecificationLanguage {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASL" => Ok(Self::Asl),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PostWorkflowsSpecificationLanguage {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PostWorkflowsSpecificationLanguage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PostWorkflowsSpecificationVersion`
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
    pub enum PostWorkflowsSpecificationVersion {
        #[serde(rename = "1.0.0")]
        X100,
    }
    impl ::std::fmt::Display for PostWorkflowsSpecificationVersion {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::X100 => f.write_str("1.0.0"),
            }
        }
    }
    impl ::std::str::FromStr for PostWorkflowsSpecificationVersion {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "1.0.0" => Ok(Self::X100),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PostWorkflowsSpecificationVersion {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PostWorkflowsSpecificationVersion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Prediction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Prediction {
        #[serde(rename = "documentId")]
        pub document_id: ::std::string::String,
        #[serde(rename = "inferenceTime")]
        pub inference_time: f64,
        #[serde(rename = "modelId")]
        pub model_id: ::std::string::String,
        #[serde(rename = "predictionId")]
        pub prediction_id: ::std::string::String,
        pub predictions: ::std::vec::Vec<PredictionPredictionsItem>,
        pub timestamp: i64,
    }
    impl Prediction {
        /// `Prediction` from its required fields; every optional field starts empty.
        pub fn new(
            document_id: ::std::string::String,
            inference_time: f64,
            model_id: ::std::string::String,
            prediction_id: ::std::string::String,
            predictions: ::std::vec::Vec<PredictionPredictionsItem>,
            timestamp: i64,
        ) -> Self {
            Self {
                document_id,
                inference_time,
                model_id,
                prediction_id,
                predictions,
                timestamp,
            }
        }
    }
    ///`PredictionPredictionsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PredictionPredictionsItem {
        pub confidence: f64,
        pub label: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl PredictionPredictionsItem {
        /// `PredictionPredictionsItem` from its required fields; every optional field starts empty.
        pub fn new(confidence: f64, label: ::std::string::String) -> Self {
            Self {
                confidence,
                label,
                value: ::std::option::Option::None,
            }
        }
    }
    ///`Predictions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct Predictions {
        #[serde(
            rename = "nextToken",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub next_token: ::std::option::Option<::std::string::String>,
        pub predictions: ::std::vec::Vec<Prediction>,
    }
    impl Predictions {
        /// `Predictions` from its required fields; every optional field starts empty.
        pub fn new(predictions: ::std::vec::Vec<Prediction>) -> Self {
            Self {
                next_token: ::std::option::Option::None,
                predictions,
            }
        }
    }
    ///`PreprocessConfig`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, schemars::JsonSchema)]
    #[non_exhaustive]
    pub struct PreprocessConfig {
        #[serde(rename = "autoRotate")]
        pub auto_rotate: bool,
        #[serde(rename = "imageQuality")]
        pub image_quality: crate::types::ImageQuality,
        #[serde(rename = "maxPages")]
        pub max_pages: i64,
    }
    impl PreprocessConfig {
        /// `PreprocessConfig` from its required fields; every optional field starts empty.
        pub fn new(
            auto_rotate: bool,
            image_quality: crate::types::ImageQuality,
            max_pages: i64,
        ) -> Self {
            Self {
                auto_rotate,
                image_quality,
                max_pages,
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
    ///`SignUp`
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
        #[serde(
            rename = "inputJsonSchema",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub input_json_schema: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
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
        pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "logId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub log_id: ::std::option::Option<::std::string::String>,
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
            input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            status: crate::types::TransitionExecutionStatus,
            transition_id: ::std::string::String,
        ) -> Self {
            Self {
                completed_by: ::std::option::Option::None,
                end_time: ::std::option::Option::None,
                execution_id,
                input,
                log_id: ::std::option::Option::None,
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
        pub email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
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
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl User {
        /// `User` from its required fields; every optional field starts empty.
        pub fn new(email: ::std::string::String, user_id: ::std::string::String) -> Self {
            Self {
                avatar: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                email,
                name: ::std::option::Option::None,
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
        #[serde(
            rename = "completedConfig",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub completed_config: ::std::option::Option<CompletedConfig>,
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
            rename = "errorConfig",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub error_config: ::std::option::Option<ErrorConfig>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(rename = "numberOfRunningExecutions")]
        pub number_of_running_executions: i64,
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
        pub fn new(number_of_running_executions: i64, workflow_id: ::std::string::String) -> Self {
            Self {
                completed_config: ::std::option::Option::None,
                created_by: ::std::option::Option::None,
                created_time: ::std::option::Option::None,
                description: ::std::option::Option::None,
                error_config: ::std::option::Option::None,
                name: ::std::option::Option::None,
                number_of_running_executions,
                updated_by: ::std::option::Option::None,
                updated_time: ::std::option::Option::None,
                workflow_id,
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
            rename = "endTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub end_time: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
        #[serde(rename = "executionId")]
        pub execution_id: ::std::string::String,
        pub input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "logId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub log_id: ::std::option::Option<::std::string::String>,
        pub output: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "startTime",
            deserialize_with = "::std::option::Option::deserialize"
        )]
        pub start_time: ::std::option::Option<::std::string::String>,
        pub status: crate::types::WorkflowExecutionStatus,
        #[serde(rename = "transitionExecutions")]
        pub transition_executions: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(rename = "workflowId")]
        pub workflow_id: ::std::string::String,
    }
    impl WorkflowExecution {
        /// `WorkflowExecution` from its required fields; every optional field starts empty.
        pub fn new(
            execution_id: ::std::string::String,
            input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            output: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            status: crate::types::WorkflowExecutionStatus,
            transition_executions: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            workflow_id: ::std::string::String,
        ) -> Self {
            Self {
                completed_by: ::std::default::Default::default(),
                completed_task_log_id: ::std::option::Option::None,
                end_time: ::std::option::Option::None,
                events: ::std::default::Default::default(),
                execution_id,
                input,
                log_id: ::std::option::Option::None,
                output,
                start_time: ::std::option::Option::None,
                status,
                transition_executions,
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
        ImagePng = "image/png", ImageTiff = "image/tiff" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `StorageLocation` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        StorageLocation { Eu = "EU" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `ModelStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        ModelStatus { Active = "active", Training = "training", Inactive = "inactive" }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `DataBundleStatus` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        DataBundleStatus { Processing = "processing", Ready = "ready", Failed = "failed"
        }
    }
    crate::open_enum::open_enum! {
        #[doc =
        " `TransitionType` from openapi.yaml. Values this version does not know decode to `Unknown`."]
        TransitionType { Docker = "docker", Manual = "manual" }
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
        "failed", Rejected = "rejected", Retry = "retry", Error = "error" }
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
        FieldType { Date = "date", Amount = "amount", Number = "number", Letter =
        "letter", Phone = "phone", Alphanum = "alphanum", Alphanumext = "alphanumext",
        All = "all", String = "string", Digits = "digits" }
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
    ///List predictions available
    ///
    ///List predictions available, calls the GET /predictions endpoint.
    ///
    ///Sends a `GET` request to `/predictions`
    ///
    pub async fn list_predictions<'a>(
        &'a self,
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
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
            .query(&progenitor_client::QueryParam::new(
                "nextToken",
                &next_token,
            ))
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
        max_results: Option<::std::num::NonZeroU64>,
        next_token: Option<&'a str>,
        order: Option<&'a crate::types::Order>,
        sort_by: Option<&'a crate::types::SortBy>,
        status: Option<&'a ::std::vec::Vec<crate::types::WorkflowExecutionStatus>>,
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
