"""One benchmark scenario of the official Python SDK (lucidtech-las 5.0.0),
printed as one JSON line in the format of bench/src/bin/las-bench.rs. Driven
by scripts/bench.

    LAS_BENCH_URL=http://127.0.0.1:PORT python bench/python_sdk.py <scenario> [args]

scenarios: get-seq N | get-conc N C (a thread pool) | upload N BYTES C (C=1: the
SDK's loop; else a thread pool) | paginate PAGE | upload-file PATH |
download-file SIZE PATH | baseline.

The SDK builds its token URL as https://{auth_endpoint}/token; the local
server speaks http, so the token request is pointed at LAS_BENCH_URL/token
(the only change to the SDK's behaviour). Every scenario first makes one
small call, then resets the process's peak RSS (/proc/self/clear_refs).
"""
import base64
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from las import Client, Credentials

DOCUMENT = "las:document:bench"


def local_credentials(base):
    creds = Credentials("bench-client", "bench-secret", "unused", base + "/v1")

    def get_client_credentials():
        response = requests.post(
            base + "/token?grant_type=client_credentials",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            auth=(creds.client_id, creds.client_secret),
        )
        response.raise_for_status()
        body = response.json()
        return body["access_token"], time.time() + body["expires_in"]

    creds._get_client_credentials = get_client_credentials
    return creds


def memory():
    fields = {}
    with open("/proc/self/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0])
    return fields.get("VmRSS", 0), fields.get("VmHWM", 0)


def cpu_seconds():
    """CPU time of the process, threads that ended included."""
    return time.process_time()


def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def pdf_bytes(size):
    data = b"%PDF-1.4\n"
    return data + b"x" * max(size - len(data), 7)


def main():
    base = os.environ["LAS_BENCH_URL"]
    args = sys.argv[1:]
    scenario = args[0]
    client = Client(local_credentials(base))
    client.list_datasets(max_results=1)
    items = []
    if scenario == "upload":
        items = [pdf_bytes(int(args[2])) for _ in range(int(args[1]))]
    extra = {}
    list_before = requests.get(base + "/stats").json()["list_seconds"]
    reset_peak()
    rss_before, _ = memory()
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    if scenario == "get-seq":
        ops = int(args[1])
        for _ in range(ops):
            client.get_document(DOCUMENT)
    elif scenario == "get-conc":
        ops, concurrency = int(args[1]), int(args[2])
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(lambda _: client.get_document(DOCUMENT), range(ops)))
    elif scenario == "upload":
        ops, concurrency = len(items), int(args[3])
        if concurrency == 1:
            for item in items:
                client.create_document(item, "application/pdf")
        else:
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                list(pool.map(lambda b: client.create_document(b, "application/pdf"), items))
    elif scenario == "paginate":
        ops, token = 0, None
        while True:
            page = client.list_documents(max_results=int(args[1]), next_token=token)
            ops += len(page["documents"])
            token = page.get("nextToken")
            if not token:
                break
    elif scenario == "upload-file":
        client.create_document(Path(args[1]), "application/pdf")
        ops = 1
    elif scenario == "download-file":
        document = client.get_document(f"las:document:size-{args[1]}")
        Path(args[2]).write_bytes(base64.b64decode(document["content"]))
        ops = 1
    elif scenario == "baseline":
        ops = 1
    else:
        sys.exit(f"unknown scenario {scenario}")
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_before
    rss, hwm = memory()
    if scenario == "paginate":
        extra["server_seconds"] = requests.get(base + "/stats").json()["list_seconds"] - list_before
    line = {"contender": "python", "scenario": scenario, "ops": ops, "seconds": seconds, "cpu_seconds": cpu,
            "rss_before_kib": rss_before, "peak_kib": max(hwm, rss), **extra}
    print(json.dumps(line))


if __name__ == "__main__":
    main()
