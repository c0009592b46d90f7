//! Shared by the examples: a client for the LAS API named by the
//! environment or `~/.lucidtech`, or else for an in-memory LAS server started
//! in this process (kept alive by the returned guard).

use las_client::credentials::Credentials;
use las_client::{Client, Error};

/// Keeps the in-memory server (if one was started) running.
pub struct Guard(#[allow(dead_code)] Option<las_emulator::Emulator>);

/// A client, and a guard to hold while using it.
pub async fn connect() -> Result<(Client, Guard), Box<dyn std::error::Error>> {
    match Credentials::discover() {
        Ok(credentials) => {
            println!("Using LAS at {}.", credentials.api_endpoint());
            Ok((Client::new(credentials)?, Guard(None)))
        }
        Err(Error::MissingCredentials { .. }) => {
            let emulator = las_emulator::Emulator::builder()
                .clock(las_emulator::Clock::Instant)
                .default_page_size(10)
                .start()
                .await?;
            println!(
                "No LAS_* credentials found: using the in-memory LAS server at {}.",
                emulator.api_endpoint()
            );
            let credentials = Credentials::api_key(emulator.api_key(), emulator.api_endpoint())?;
            Ok((Client::new(credentials)?, Guard(Some(emulator))))
        }
        Err(other) => Err(other.into()),
    }
}

/// The sample documents shipped with the examples.
#[allow(dead_code)] // not every example uploads them
pub fn samples() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    ["invoice.pdf", "letter.jpg", "receipt.png"]
        .iter()
        .map(|f| dir.join(f))
        .collect()
}
