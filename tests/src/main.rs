//! `las-emulator`: the in-memory LAS server from the command line.
//!
//! Prints `las-emulator listening on http://127.0.0.1:PORT (api: …/v1, token: …/token)`
//! as the first line of stdout, then the credentials, and serves until
//! SIGINT or SIGTERM.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use las_emulator::{Clock, Emulator, Fault, Timings};

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ClockArg {
    /// Wall-clock time; status changes take the configured durations.
    Real,
    /// Wall-clock time; status changes show on the next read.
    Instant,
    /// Frozen at 2024-01-01T00:00:00Z; moved only by POST /_emulator/advance.
    Manual,
}

/// An in-memory Lucidtech AI Services (LAS) REST API v1 server with an
/// OAuth2 token endpoint, for offline tests. Listens on 127.0.0.1 only.
#[derive(Debug, Parser)]
#[command(name = "las-emulator", version)]
struct Args {
    /// Port on 127.0.0.1; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Seed of ids, tokens and fault draws: same seed, same requests, same results.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// OAuth2 client id accepted by the token endpoint.
    #[arg(long, default_value = las_emulator::DEFAULT_CLIENT_ID)]
    client_id: String,
    /// OAuth2 client secret.
    #[arg(long, default_value = las_emulator::DEFAULT_CLIENT_SECRET)]
    client_secret: String,
    /// Value accepted in the x-api-key header.
    #[arg(long, default_value = las_emulator::DEFAULT_API_KEY)]
    api_key: String,
    /// Lifetime of access tokens (`3600`, `90s`, `1h`, `500ms`).
    #[arg(long, default_value = "3600s", value_parser = duration)]
    token_lifetime: Duration,
    /// Clock mode.
    #[arg(long, value_enum, default_value_t = ClockArg::Real)]
    clock: ClockArg,
    /// Time a training runs before it has `succeeded` (and a model PATCHed to
    /// the retired `training` status takes to become `active`).
    #[arg(long, default_value = "2s", value_parser = duration)]
    training_duration: Duration,
    /// Time a data bundle (or a dataset transformation) stays `running`.
    #[arg(long, default_value = "1s", value_parser = duration)]
    data_bundle_duration: Duration,
    /// Time each automatic workflow step takes.
    #[arg(long, default_value = "1s", value_parser = duration)]
    workflow_step_duration: Duration,
    /// A claimed transition execution fails after this long without a heartbeat.
    #[arg(long, default_value = "60s", value_parser = duration)]
    heartbeat_timeout: Duration,
    /// Page size of list requests without maxResults.
    #[arg(long, default_value_t = 100)]
    page_size: usize,
    /// Largest request body in bytes (larger ones get 413).
    #[arg(long, default_value_t = 32 * 1024 * 1024)]
    body_limit: usize,
    /// Longest base64 `content` of a document or asset, in characters
    /// (default: the API's bound, 6250000).
    #[arg(long)]
    content_limit: Option<usize>,
    /// Serve https (API and token endpoint) with a certificate made at start;
    /// the CA certificate that signed it is written to a file (see --ca-cert).
    #[arg(long)]
    tls: bool,
    /// With --tls: where to write the CA certificate (PEM). Default: a file in
    /// the temporary directory, removed on exit.
    #[arg(long, value_name = "PATH", requires = "tls")]
    ca_cert: Option<std::path::PathBuf>,

    /// Latency added before each request of the fault scope (every API
    /// request, or those of --fault-route), in milliseconds.
    #[arg(long, help_heading = "Faults")]
    latency_ms: Option<u64>,
    /// Fraction of requests answered 429 "Too Many Requests" (with Retry-After).
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_429_rate: Option<f64>,
    /// Fraction of requests answered 429 "Limit Exceeded".
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_limit_rate: Option<f64>,
    /// Fraction of requests answered with a 5xx from --fault-5xx-codes.
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_5xx_rate: Option<f64>,
    /// The statuses --fault-5xx-rate picks from.
    #[arg(
        long,
        help_heading = "Faults",
        value_delimiter = ',',
        default_value = "500,502,503,504"
    )]
    fault_5xx_codes: Vec<u16>,
    /// Fraction of requests whose connection is closed without an answer (not processed).
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_drop_rate: Option<f64>,
    /// Fraction of requests processed, then cut off after the headers and half the body.
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_drop_mid_body_rate: Option<f64>,
    /// Fraction of requests processed and answered with half the JSON body.
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_truncate_rate: Option<f64>,
    /// Fraction of requests processed and answered with a body that is not JSON.
    #[arg(long, help_heading = "Faults", value_parser = rate)]
    fault_malformed_rate: Option<f64>,
    /// Fail the next N requests with a fault: `N:KIND`, KIND one of 429,
    /// limit-exceeded, 5xx, a status code, drop, drop-mid-body, truncate,
    /// malformed. Repeatable.
    #[arg(long, help_heading = "Faults", value_parser = fail_next)]
    fail_next: Vec<(usize, Fault)>,
    /// Apply the fault flags only to this operationId (`createDocument`) or
    /// path prefix (`/documents`) instead of to every API request.
    #[arg(long, help_heading = "Faults")]
    fault_route: Option<String>,
    /// Let global faults hit the token endpoint too.
    #[arg(long, help_heading = "Faults")]
    fault_token_endpoint: bool,
    /// Retry-After of 429 "Too Many Requests", in seconds.
    #[arg(long, help_heading = "Faults", default_value_t = 1)]
    retry_after: u64,
}

fn duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(s).map_err(|e| e.to_string())
}

fn rate(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("{s:?} is not a rate between 0 and 1")),
    }
}

fn fail_next(s: &str) -> Result<(usize, Fault), String> {
    let (n, kind) = s.split_once(':').ok_or("expected N:KIND, e.g. 3:503")?;
    let n = n.trim().parse::<usize>().map_err(|e| e.to_string())?;
    Ok((n, kind.parse()?))
}

async fn start(args: &Args) -> std::io::Result<Emulator> {
    let emu = Emulator::builder()
        .port(args.port)
        .seed(args.seed)
        .client_id(&args.client_id)
        .client_secret(&args.client_secret)
        .api_key(&args.api_key)
        .token_lifetime(args.token_lifetime)
        .clock(match args.clock {
            ClockArg::Real => Clock::Real,
            ClockArg::Instant => Clock::Instant,
            ClockArg::Manual => Clock::Manual,
        })
        .timings(Timings {
            training: args.training_duration,
            data_bundle: args.data_bundle_duration,
            workflow_step: args.workflow_step_duration,
            heartbeat_timeout: args.heartbeat_timeout,
        })
        .default_page_size(args.page_size)
        .body_limit(args.body_limit);
    let emu = match args.content_limit {
        Some(chars) => emu.content_limit(chars),
        None => emu,
    };
    let emu = match &args.ca_cert {
        Some(path) => emu.ca_cert_path(path),
        None => emu,
    };
    let emu = emu.tls(args.tls);
    let emu = emu.start().await?;
    let faults = emu.faults();
    let scope = match &args.fault_route {
        Some(route) => faults.route(route),
        None => faults.all(),
    };
    if let Some(ms) = args.latency_ms {
        scope.latency(Duration::from_millis(ms));
    }
    for (flag, fault) in [
        (args.fault_429_rate, Fault::TooManyRequests),
        (args.fault_limit_rate, Fault::LimitExceeded),
        (args.fault_5xx_rate, Fault::ServerError),
        (args.fault_drop_rate, Fault::DropConnection),
        (args.fault_drop_mid_body_rate, Fault::DropMidBody),
        (args.fault_truncate_rate, Fault::TruncatedBody),
        (args.fault_malformed_rate, Fault::MalformedJson),
    ] {
        if let Some(r) = flag {
            scope.rate(fault, r);
        }
    }
    for (n, fault) in &args.fail_next {
        scope.fail_next(*n, fault.clone());
    }
    faults.set_server_error_codes(&args.fault_5xx_codes);
    faults.include_token_endpoint(args.fault_token_endpoint);
    faults.set_retry_after(Duration::from_secs(args.retry_after));
    Ok(emu)
}

async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let emu = match start(&args).await {
        Ok(emu) => emu,
        Err(e) => {
            eprintln!("las-emulator: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "las-emulator listening on {} (api: {}, token: {})",
        emu.base_url(),
        emu.api_endpoint(),
        emu.auth_endpoint()
    );
    let _ = writeln!(out, "client id:       {}", emu.client_id());
    let _ = writeln!(out, "client secret:   {}", emu.client_secret());
    let _ = writeln!(out, "api key:         {}", emu.api_key());
    let _ = writeln!(out, "organization id: {}", emu.organization_id());
    if let Some(ca) = emu.ca_cert_path() {
        let _ = writeln!(out, "ca certificate:  {}", ca.display());
        let _ = writeln!(
            out,
            "trust it with:   SSL_CERT_FILE={0} (OpenSSL, curl, las-rs with native-tls), \
             REQUESTS_CA_BUNDLE={0} (Python requests)",
            ca.display()
        );
    }
    let _ = out.flush();
    drop(out);
    stop_signal().await;
    emu.shutdown().await;
    eprintln!("las-emulator: stopped");
    ExitCode::SUCCESS
}
