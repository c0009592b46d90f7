"""The benchmark driver behind scripts/bench: starts the fixed-cost server,
runs every scenario of every contender in its own process, repetitions
interleaved, and prints medians with min and max, ratios and peak RSS.

    python bench/run.py --bin DIR [--smoke] [--reps N] [--json PATH] [--build-time]

DIR holds las-bench, las-bench-server and las-emulator. Contenders: raw
(reqwest by hand, the floor), las (las-client), python (the official SDK
5.0.0, from this interpreter's environment).
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


def start(argv, env=None):
    """Start a server; return (process, base URL)."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        if match:
            return proc, match.group(0)
    proc.kill()
    sys.exit(f"{argv[0]} did not start")


class Runner:
    def __init__(self, bin_dir, base, reps, only=None):
        self.bin_dir, self.base, self.reps, self.only = bin_dir, base, reps, only
        self.results = []

    def wanted(self, label):
        return not self.only or self.only in label

    def command(self, contender, args):
        if contender == "python":
            return [sys.executable, str(ROOT / "bench" / "python_sdk.py"), *args]
        return [str(self.bin_dir / "las-bench"), contender, *args]

    def once(self, contender, args, base=None, timeout=900):
        env = dict(os.environ, LAS_BENCH_URL=base or self.base)
        out = subprocess.run(self.command(contender, args), env=env, capture_output=True, text=True,
                             timeout=timeout)
        if out.returncode != 0:
            sys.exit(f"{contender} {' '.join(args)} failed:\n{out.stderr[-2000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    def scenario(self, label, runs, reps=None):
        """runs: [(name, contender, args)]; repetitions interleaved."""
        if not self.wanted(label):
            return []
        samples = {name: [] for name, _, _ in runs}
        for _ in range(reps or self.reps):
            for name, contender, args in runs:
                samples[name].append(self.once(contender, args))
        rows = []
        for name, _, _ in runs:
            s = samples[name]
            seconds = [r["seconds"] for r in s]
            growth = [(r["peak_kib"] - r["rss_before_kib"]) / 1024 for r in s if r["rss_before_kib"]]
            cpu = [r.get("cpu_seconds", 0.0) for r in s]
            row = {
                "scenario": label, "contender": name, "n": len(s),
                "median": statistics.median(seconds), "min": min(seconds), "max": max(seconds),
                "cpu": statistics.median(cpu), "cpu_min": min(cpu), "cpu_max": max(cpu),
                "peak_mib": statistics.median(r["peak_kib"] / 1024 for r in s),
                "growth_mib": statistics.median(growth) if growth else None,
            }
            for key in ("server_seconds", "token_requests", "first_response_seconds"):
                if key in s[0]:
                    values = [r[key] for r in s]
                    row[key] = statistics.median(values)
                    row[key + "_min"], row[key + "_max"] = min(values), max(values)
            rows.append(row)
        self.results.extend(rows)
        print_rows(rows)
        return rows


def fmt_time(s):
    return f"{s * 1000:9.1f} ms" if s < 10 else f"{s:9.2f} s "


def print_rows(rows):
    floor = next((r for r in rows if r["contender"].startswith("raw")), None)
    print(f"\n{rows[0]['scenario']}")
    for r in rows:
        ratio = ""
        if floor and r is not floor:
            ratio = f"{r['median'] / floor['median']:6.2f}x raw"
            if floor["cpu"] > 0:
                ratio += f" (cpu {r['cpu'] / floor['cpu']:5.2f}x)"
        if "server_seconds" in r and r["server_seconds"]:
            ratio += f"  {r['median'] / r['server_seconds']:5.2f}x server ({fmt_time(r['server_seconds']).strip()})"
        growth = f"{r['growth_mib']:7.1f}" if r["growth_mib"] is not None else "      -"
        extra = ""
        if "token_requests" in r:
            extra = (f"  token requests {r['token_requests']:.0f} (min {r['token_requests_min']:.0f},"
                     f" max {r['token_requests_max']:.0f}); first response {fmt_time(r['first_response_seconds']).strip()}")
        print(f"  {r['contender']:<22} median {fmt_time(r['median'])} (min {fmt_time(r['min']).strip()}, "
              f"max {fmt_time(r['max']).strip()}), cpu {fmt_time(r['cpu']).strip()}  peak RSS {r['peak_mib']:6.1f} MiB, growth {growth} MiB"
              f"  {ratio}{extra}")
    sys.stdout.flush()


def make_file(path, size):
    with open(path, "wb") as f:
        f.write(b"%PDF-1.4\n")
        block = bytes(i % 251 for i in range(MIB))
        left = size - 9
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n])
            left -= n


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    free = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    load = open("/proc/loadavg").read().split()[:3]
    return {"nproc": os.cpu_count(), "cpu": cpu, "free": free, "loadavg": load,
            "kernel": platform.release(),
            "rustc": subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()}


SMALL_APP = """//! A small program using las-client: list a page of documents.
use futures::TryStreamExt;

#[tokio::main]
async fn main() -> las_client::Result<()> {
    let client = las_client::Client::from_env()?;
    let ids: Vec<String> = client
        .documents()
        .list()
        .limit(10)
        .items()
        .map_ok(|d| d.document_id)
        .try_collect()
        .await?;
    println!("{ids:?}");
    Ok(())
}
"""


def build_time():
    """Cold release build of las-client in a fresh target directory, then
    the size of a small program using it (its own crate, the workspace's
    Cargo.lock, the same target directory: only the program is new)."""
    with tempfile.TemporaryDirectory() as target:
        env = dict(os.environ, CARGO_TARGET_DIR=target)
        started = time.time()
        subprocess.run(["cargo", "build", "--quiet", "--release", "-p", "las-client"], cwd=ROOT, env=env, check=True)
        seconds = time.time() - started
        app = Path(target) / "small-app"
        (app / "src").mkdir(parents=True)
        (app / "Cargo.toml").write_text(
            '[package]\nname = "las-small-app"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
            f'[dependencies]\nlas-client = {{ path = "{ROOT / "las-client"}" }}\n'
            'futures = "0.3"\ntokio = { version = "1", features = ["macros", "rt-multi-thread"] }\n\n[workspace]\n')
        (app / "src" / "main.rs").write_text(SMALL_APP)
        shutil.copy(ROOT / "Cargo.lock", app / "Cargo.lock")
        subprocess.run(["cargo", "build", "--quiet", "--release"], cwd=app, env=env, check=True)
        binary = Path(target) / "release" / "las-small-app"
        size = binary.stat().st_size
        stripped = Path(target) / "las-small-app-stripped"
        subprocess.run(["strip", "-o", str(stripped), str(binary)], check=True)
        return seconds, size, stripped.stat().st_size


def emulator_cost(r, bin_dir, smoke, reps):
    """The emulator's own cost: the same client scenario against it."""
    emulator, emu_base = start([str(bin_dir / "las-emulator"), "--port", "0", "--client-id", "bench-client",
                                "--client-secret", "bench-secret", "--api-key", "bench-key"])
    try:
        n = 50 if smoke else 500
        args = ["upload", str(n), "1000", "1"]
        samples = {"fixed-cost server": [], "las-emulator": []}
        for _ in range(reps):
            samples["fixed-cost server"].append(r.once("las", args)["seconds"])
            samples["las-emulator"].append(r.once("las", args, base=emu_base)["seconds"])
        fixed, emu = (statistics.median(samples[k]) for k in samples)
        print(f"\nthe emulator's own cost: las-client, {n} sequential uploads of 1 KB")
        for k, v in samples.items():
            print(f"  {k:<22} median {fmt_time(statistics.median(v))} (min {fmt_time(min(v)).strip()}, "
                  f"max {fmt_time(max(v)).strip()})")
        print(f"  emulator cost per request: {(emu - fixed) / n * 1e6:.0f} µs")
        r.results.append({"scenario": "emulator cost", "fixed": fixed, "emulator": emu, "n": n})
    finally:
        emulator.kill()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bin", required=True, type=Path)
    p.add_argument("--smoke", action="store_true")
    p.add_argument("--reps", type=int)
    p.add_argument("--json", type=Path)
    p.add_argument("--build-time", action="store_true")
    p.add_argument("--only", help="run only the scenarios whose title contains this text")
    opts = p.parse_args()
    smoke = opts.smoke
    reps = opts.reps or (1 if smoke else 5)
    documents = 2_000 if smoke else 100_000
    info = machine()
    print(f"machine: {info['nproc']} cores, {info['cpu']}, load {' '.join(info['loadavg'])}; {info['rustc']}")
    print(info["free"])
    if smoke:
        print("smoke run: debug build, tiny sizes, one repetition; it proves the command works, its figures mean nothing")

    server, base = start([str(opts.bin / "las-bench-server"), "--documents", str(documents), "--list-delay-ms", "1"])
    work = Path(tempfile.mkdtemp(prefix="las-bench-"))
    try:
        r = Runner(opts.bin, base, reps, opts.only)
        print(f"\nfixed-cost server at {base}: no delay, 1 ms per list page; "
              f"{reps} repetitions per figure, contenders interleaved; times are medians (min, max) of wall time; cpu: median CPU time of the client process")
        n = 50 if smoke else 2000
        r.scenario(f"{n} sequential GET /documents/{{id}}",
                   [("raw", "raw", ["get-seq", str(n)]), ("las", "las", ["get-seq", str(n)]),
                    ("python", "python", ["get-seq", str(n)])])
        n = 100 if smoke else 5000
        r.scenario(f"{n} GET /documents/{{id}}, 32 concurrent",
                   [("raw", "raw", ["get-conc", str(n), "32"]), ("las", "las", ["get-conc", str(n), "32"]),
                    ("python (32 threads)", "python", ["get-conc", str(n), "32"])])
        n = 50 if smoke else 1000
        r.scenario(f"{n} uploads of 100 KB, 32 at a time",
                   [("raw", "raw", ["upload", str(n), "100000", "32"]),
                    ("las (create_many)", "las", ["upload", str(n), "100000", "32"]),
                    ("python (its loop)", "python", ["upload", str(n), "100000", "1"])])
        n = 50 if smoke else 1000
        r.scenario(f"token single-flight: {n} concurrent first calls on a cold client",
                   [("las", "las", ["token", str(n)])])
        r.scenario(f"paginate {documents} documents in pages of 100 (server: 1 ms per page)",
                   [("raw", "raw", ["paginate", "100", "0"]),
                    ("las", "las", ["paginate", "100", "0"]),
                    ("las (prefetch)", "las", ["paginate", "100", "1"]),
                    ("python", "python", ["paginate", "100"])])
        sizes = [1 * MIB] if smoke else [8 * MIB, 256 * MIB]
        for size in [s for s in sizes if r.wanted(f"of a {s // MIB} MiB")]:
            path = work / f"{size // MIB}mib.pdf"
            make_file(path, size)
            file_reps = 1 if smoke else 3
            r.scenario(f"upload of a {size // MIB} MiB file",
                       [("raw (in memory)", "raw", ["upload-file", str(path)]),
                        ("las (streamed)", "las", ["upload-file", str(path)]),
                        ("python", "python", ["upload-file", str(path)])], reps=file_reps)
            out = work / "out.pdf"
            r.scenario(f"download_to of a {size // MIB} MiB document",
                       [("raw (in memory)", "raw", ["download-file", str(size), str(out)]),
                        ("las", "las", ["download-file", str(size), str(out)]),
                        ("python", "python", ["download-file", str(size), str(out)])], reps=file_reps)
            path.unlink()

        if r.wanted("emulator"):
            emulator_cost(r, opts.bin, smoke, reps)

        if opts.build_time and r.wanted("build"):
            seconds, size, stripped = build_time()
            print(f"\ncold `cargo build --release -p las-client` (fresh target directory): {seconds:.0f} s")
            print(f"a small program using it (list documents; release): {size / MIB:.1f} MiB, "
                  f"stripped {stripped / MIB:.1f} MiB")
            r.results.append({"scenario": "build", "seconds": seconds, "binary": size, "stripped": stripped})
        if opts.json:
            opts.json.write_text(json.dumps({"machine": info, "results": r.results}, indent=1))
    finally:
        server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
