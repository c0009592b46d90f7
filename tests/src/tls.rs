//! https for the emulator: a certificate authority and a server certificate
//! for `127.0.0.1` and `localhost`, both made at start (nothing is read from
//! or kept on disk but the CA certificate, which clients need to trust).

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio_rustls::TlsAcceptor;

/// The TLS side of a running emulator.
pub(crate) struct Tls {
    pub acceptor: TlsAcceptor,
    /// The CA certificate, PEM.
    pub ca_pem: String,
    /// Where the CA certificate was written.
    pub ca_path: PathBuf,
    /// Whether the file is ours to remove when the emulator stops.
    remove_on_drop: bool,
}

impl Drop for Tls {
    fn drop(&mut self) {
        if self.remove_on_drop {
            let _ = std::fs::remove_file(&self.ca_path);
        }
    }
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("las-emulator tls: {e}"))
}

impl Tls {
    /// Makes the CA and the server certificate and writes the CA certificate
    /// to `ca_path` (default: a new file in the temporary directory, removed
    /// when the emulator stops).
    pub fn generate(ca_path: Option<&Path>, port: u16) -> io::Result<Self> {
        let ca_key = KeyPair::generate().map_err(other)?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(other)?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, "las-emulator local CA");
        ca_params.distinguished_name = dn;
        let ca_cert = ca_params.self_signed(&ca_key).map_err(other)?;
        let issuer = Issuer::new(ca_params, &ca_key);

        let server_key = KeyPair::generate().map_err(other)?;
        let mut server_params =
            CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
                .map_err(other)?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, "las-emulator");
        server_params.distinguished_name = dn;
        server_params.key_usages = vec![
            KeyUsagePurpose::DigitalSignature,
            KeyUsagePurpose::KeyEncipherment,
        ];
        server_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let server_cert = server_params
            .signed_by(&server_key, &issuer)
            .map_err(other)?;

        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(other)?
            .with_no_client_auth()
            .with_single_cert(
                vec![server_cert.der().clone(), ca_cert.der().clone()],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(server_key.serialize_der())),
            )
            .map_err(other)?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];

        let ca_pem = ca_cert.pem();
        let (ca_path, remove_on_drop) = match ca_path {
            Some(p) => (p.to_path_buf(), false),
            None => (
                std::env::temp_dir().join(format!(
                    "las-emulator-ca-{}-{port}-{}.pem",
                    std::process::id(),
                    unique()
                )),
                true,
            ),
        };
        std::fs::write(&ca_path, &ca_pem)?;
        Ok(Self {
            acceptor: TlsAcceptor::from(Arc::new(config)),
            ca_pem,
            ca_path,
            remove_on_drop,
        })
    }
}

/// A number no other emulator of this process has used.
fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}
