//! Maintainer tasks for the las-rs workspace.
//!
//! ```text
//! cargo xtask generate           regenerate las-api/src/generated.rs and las-client/src/generated/
//! cargo xtask generate --check   fail (exit 1) when a checked-in generated file is stale
//! ```

mod generate;
mod sdk;
mod surface;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["generate"] => generate::run(generate::Mode::Write),
        ["generate", "--check"] => generate::run(generate::Mode::Check),
        _ => {
            eprintln!(
                "usage: cargo xtask generate [--check]\n\n  \
                 generate          regenerate las-api and las-client/src/generated/ from openapi.yaml\n  \
                 generate --check  exit 1 when a generated file is stale"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
