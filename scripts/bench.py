"""One benchmark scenario with the official Python SDK (lucidtech-las 5.0.0),
printed as one JSON line. Driven by scripts/bench; mirrors
las-client/examples/bench.rs.

Environment: LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_AUTH_URL (full token URL),
LAS_API_ENDPOINT. The SDK builds its token URL as https://{auth_endpoint}/token;
a local server speaks http, so the token request is pointed at LAS_AUTH_URL
(the only change to the SDK's behaviour).
"""
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from las import Client, Credentials


def local_credentials():
    creds = Credentials(
        os.environ["LAS_CLIENT_ID"],
        os.environ["LAS_CLIENT_SECRET"],
        "unused",
        os.environ["LAS_API_ENDPOINT"],
    )
    auth_url = os.environ["LAS_AUTH_URL"]

    def get_client_credentials():
        response = requests.post(
            auth_url + "?grant_type=client_credentials",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            auth=(creds.client_id, creds.client_secret),
        )
        response.raise_for_status()
        body = response.json()
        return body["access_token"], time.time() + body["expires_in"]

    creds._get_client_credentials = get_client_credentials
    return creds


def pdf_bytes(size):
    data = b"%PDF-1.4\n"
    return data + b"x" * max(size - len(data), 7)


def main():
    args = sys.argv[1:]
    client = Client(local_credentials())
    scenario = args[0]
    started = time.perf_counter()
    if scenario == "calls":
        n = int(args[1])
        dataset = client.create_dataset(name="bench")
        started = time.perf_counter()
        for _ in range(n):
            client.get_dataset(dataset["datasetId"])
        ops = n
    elif scenario == "upload":
        n, size, concurrency = int(args[1]), int(args[2]), int(args[3])
        items = [pdf_bytes(size) for _ in range(n)]
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(lambda b: client.create_document(b, "application/pdf"), items))
        ops = n
    elif scenario == "paginate":
        ops, token = 0, None
        while True:
            page = client.list_documents(max_results=100, next_token=token)
            ops += len(page["documents"])
            token = page.get("nextToken")
            if not token:
                break
    elif scenario == "upload-file":
        client.create_document(Path(args[1]), "application/pdf")
        ops = 1
    elif scenario == "baseline":
        client.list_datasets(max_results=1)
        ops = 1
    else:
        sys.exit(f"unknown scenario {scenario}")
    seconds = time.perf_counter() - started
    print(json.dumps({"scenario": scenario, "ops": ops, "seconds": round(seconds, 4)}))


if __name__ == "__main__":
    main()
