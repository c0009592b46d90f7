"""A session of the vendor's current Python SDK (lucidtech-las 11.x, the
live API's), unmodified, against las-emulator: the live API's resources and
the file server the SDK uploads to and reads from (`fileUrl`: a `PUT` of the
raw bytes with the bearer token, a `GET` converted by query parameters).

Run by `tests/tests/emulator_python.rs` against `las-emulator --tls`, with
`REQUESTS_CA_BUNDLE` naming the emulator's CA certificate. Reads
LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_AUTH_ENDPOINT (host:port),
LAS_API_ENDPOINT. Prints one line per step and `scenario passed: N steps`
at the end; exits non-zero on the first failure.
"""

import base64
import os
import struct
import tempfile
import zlib
from pathlib import Path

from las import Client, Credentials

steps = []


def step(name, value):
    steps.append(name)
    print(f"{name}: ok", flush=True)
    return value


def png(width, height):
    """A real RGB PNG of `width` x `height` pixels (a gradient)."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 7 % 256, y * 11 % 256, 128)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def main():
    env = os.environ
    cache = Path(tempfile.mkdtemp()) / "token-cache.json"
    credentials = Credentials(
        env["LAS_CLIENT_ID"],
        env["LAS_CLIENT_SECRET"],
        env["LAS_AUTH_ENDPOINT"],
        env["LAS_API_ENDPOINT"],
        cache_path=cache,
    )
    c = Client(credentials)

    # -- the read-only catalog --
    roles = step("list_roles", c.list_roles())["roles"]
    assert roles, roles
    step("get_role", c.get_role(roles[0]["roleId"]))
    plans = step("list_plans", c.list_plans())["plans"]
    step("get_plan", c.get_plan(plans[0]["planId"]))
    envs = step("list_deployment_environments", c.list_deployment_environments())
    environments = envs["deploymentEnvironments"]
    step(
        "get_deployment_environment",
        c.get_deployment_environment(environments[0]["deploymentEnvironmentId"]),
    )

    # -- documents through the file server --
    dataset = step("create_dataset", c.create_dataset(name="live scenario"))
    image = png(40, 20)
    doc = step(
        "create_document",
        c.create_document(image, "image/png", dataset_id=dataset["datasetId"]),
    )
    assert doc.get("fileUrl", "").startswith("https://"), doc
    got = step("get_document", c.get_document(doc["documentId"]))
    assert base64.b64decode(got["content"]) == image, "the bytes read back differ"
    small = step("get_document (width=10)", c.get_document(doc["documentId"], width=10))
    jpeg = base64.b64decode(small["content"])
    assert jpeg[:3] == b"\xff\xd8\xff", "a converted page is a JPEG"
    turned = step("get_document (rotation=90)", c.get_document(doc["documentId"], rotation=90))
    assert base64.b64decode(turned["content"])[:3] == b"\xff\xd8\xff"
    c.create_document(png(40, 20), "image/png", dataset_id=dataset["datasetId"])

    # -- models, data bundles, trainings --
    model = step(
        "create_model",
        c.create_model({"total_amount": {"type": "amount", "maxLength": 10}}, name="live"),
    )
    bundle = step(
        "create_data_bundle",
        c.create_data_bundle(model["modelId"], [dataset["datasetId"]], name="all"),
    )
    bundle = step(
        "get_data_bundle", c.get_data_bundle(model["modelId"], bundle["dataBundleId"])
    )
    assert bundle["status"] == "succeeded", bundle
    training = step(
        "create_training",
        c.create_training(model["modelId"], [bundle["dataBundleId"]], name="first"),
    )
    step("list_trainings", c.list_trainings(model["modelId"]))
    training = step(
        "get_training", c.get_training(model["modelId"], training["trainingId"])
    )
    assert training["status"] == "succeeded", training

    # -- transformations --
    transformation = step(
        "create_transformation",
        c.create_transformation(dataset["datasetId"], [{"type": "remove-duplicates"}]),
    )
    listed = step("list_transformations", c.list_transformations(dataset["datasetId"]))
    ids = [t["transformationId"] for t in listed["transformations"]]
    assert transformation["transformationId"] in ids, listed

    # -- predictions --
    prediction = step(
        "create_prediction", c.create_prediction(doc["documentId"], model["modelId"])
    )
    step("get_prediction", c.get_prediction(prediction["predictionId"]))

    print(f"scenario passed: {len(steps)} steps", flush=True)


if __name__ == "__main__":
    main()
