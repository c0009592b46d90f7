//! Maintainer tasks for the las-rs workspace.
//!
//! ```text
//! cargo xtask generate           regenerate las-api/src/generated.rs and las-client/src/generated/
//! cargo xtask generate --check   fail (exit 1) when a checked-in generated file is stale
//! cargo xtask import PATH [--check] [--out FILE] [--config FILE] [--retired PATH]
//!                                 openapi.yaml from a vendor export (JSON)
//! ```

mod enum_names;
mod generate;
mod import;
mod report;
mod sdk;
mod spec_prep;
mod surface;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let import_args = match args.as_slice() {
        ["import", rest @ ..] => import::Args::parse(rest),
        _ => None,
    };
    let result = match (args.as_slice(), import_args) {
        (["generate"], _) => generate::run(generate::Mode::Write),
        (["generate", "--check"], _) => generate::run(generate::Mode::Check),
        (_, Some(import_args)) => import::run(import_args),
        _ => {
            eprintln!(
                "usage: cargo xtask generate [--check]\n       \
                 cargo xtask import PATH [--check] [--out FILE] [--config FILE] [--retired PATH]\n\n  \
                 generate          regenerate las-api and las-client/src/generated/ from openapi.yaml\n  \
                 generate --check  exit 1 when a generated file is stale\n  \
                 import PATH       write openapi.yaml from a vendor export (JSON), by the rules\n                    \
                 and the names in openapi.import.yaml (--out FILE writes elsewhere,\n                    \
                 --config FILE reads another config, --retired PATH names the earlier\n                    \
                 export of the config's `retired` section when it is not beside PATH)\n  \
                 import --check    exit 1 when openapi.yaml is not what the import produces"
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
