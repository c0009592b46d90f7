"""A session of the official Python SDK (lucidtech-las 5.0.0), unmodified,
against las-emulator: every public method of `las.Client`, touching every
resource, with the SDK's own token fetch (`https://{auth_endpoint}/token`).

Run by `tests/tests/emulator_python.rs` against `las-emulator --tls`, with
`REQUESTS_CA_BUNDLE` naming the emulator's CA certificate. Reads
LAS_CLIENT_ID, LAS_CLIENT_SECRET, LAS_AUTH_ENDPOINT (host:port, as the SDK
wants it), LAS_API_ENDPOINT and LAS_ORGANIZATION_ID. Prints one line per
method and `scenario passed: N methods` at the end; exits non-zero on the
first failure.
"""

import os
import sys
import tempfile
from pathlib import Path

import requests
from las import Client, Credentials

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
called = set()


def step(name, value):
    called.add(name)
    print(f"{name}: ok", flush=True)
    return value


def refused(name, fn):
    """`fn` must fail with a 400 from the server."""
    try:
        fn()
    except requests.HTTPError as e:
        assert e.response.status_code == 400, e.response.text
        print(f"{name}: refused with 400 as expected", flush=True)
        return
    raise AssertionError(f"{name} was accepted")


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
    org = env["LAS_ORGANIZATION_ID"]

    # -- organization --
    step("get_organization", c.get_organization(org))
    o = step("update_organization", c.update_organization(org, name="Scenario org"))
    assert o["name"] == "Scenario org", o

    # -- app clients --
    ac = step(
        "create_app_client",
        c.create_app_client(
            name="scenario",
            callback_urls=["https://example.com/cb"],
            login_urls=["http://localhost:8080/login"],
        ),
    )
    assert ac["appClientId"].startswith("las:app-client:"), ac
    step("list_app_clients", c.list_app_clients(max_results=5))
    step("update_app_client", c.update_app_client(ac["appClientId"], name="renamed"))
    refused(
        "create_app_client(http callback)",
        lambda: c.create_app_client(callback_urls=["http://example.com/cb"]),
    )

    # -- users --
    u = step(
        "create_user",
        c.create_user("scenario@example.com", app_client_id=ac["appClientId"], name="S"),
    )
    step("list_users", c.list_users())
    step("get_user", c.get_user(u["userId"]))
    step("update_user", c.update_user(u["userId"], name="Renamed"))
    refused(
        "create_user(bad email)",
        lambda: c.create_user("not-an-email", app_client_id=ac["appClientId"]),
    )
    step("delete_user", c.delete_user(u["userId"]))
    step("delete_app_client", c.delete_app_client(ac["appClientId"]))

    # -- assets and secrets --
    a = step("create_asset", c.create_asset(b"<html>scenario</html>", name="ui"))
    step("list_assets", c.list_assets())
    got = step("get_asset", c.get_asset(a["assetId"]))
    assert got["content"], got
    step("update_asset", c.update_asset(a["assetId"], content=b"<html>v2</html>"))
    s = step("create_secret", c.create_secret({"username": "u", "password": "p"}))
    step("list_secrets", c.list_secrets())
    step("update_secret", c.update_secret(s["secretId"], data={"password": "q"}))

    # -- datasets and documents --
    ds = step("create_dataset", c.create_dataset(name="scenario"))
    step("list_datasets", c.list_datasets())
    step("get_dataset", c.get_dataset(ds["datasetId"]))
    step("update_dataset", c.update_dataset(ds["datasetId"], description="d"))
    refused("create_dataset(bogusField)", lambda: c.create_dataset(bogusField=1))
    doc = step(
        "create_document",
        c.create_document(
            PNG,
            "image/png",
            dataset_id=ds["datasetId"],
            ground_truth=[{"label": "total_amount", "value": "120.00"}],
        ),
    )
    doc2 = c.create_document(PNG, "image/png", dataset_id=ds["datasetId"])
    step("list_documents", c.list_documents(dataset_id=ds["datasetId"]))
    step("get_document", c.get_document(doc["documentId"]))
    step(
        "update_document",
        c.update_document(doc["documentId"], ground_truth=[{"label": "total_amount", "value": "99.00"}]),
    )
    refused(
        "create_document(retentionInDays -1)",
        lambda: c.create_document(PNG, "image/png", retention_in_days=-1),
    )

    # -- models, data bundles, predictions --
    fields = {"total_amount": {"type": "amount", "maxLength": 10, "description": "Total"}}
    m = step("create_model", c.create_model(1000, 1400, fields, name="scenario"))
    refused("create_model(width 10)", lambda: c.create_model(10, 5000, fields))
    step("list_models", c.list_models())
    step("get_model", c.get_model(m["modelId"]))
    step("update_model", c.update_model(m["modelId"], description="updated"))
    b = step("create_data_bundle", c.create_data_bundle(m["modelId"], [ds["datasetId"]], name="b"))
    assert b["dataBundleId"].startswith("las:model-data-bundle:"), b
    step("list_data_bundles", c.list_data_bundles(m["modelId"]))
    step("update_data_bundle", c.update_data_bundle(m["modelId"], b["dataBundleId"], name="b2"))
    step("delete_data_bundle", c.delete_data_bundle(m["modelId"], b["dataBundleId"]))
    p = step("create_prediction", c.create_prediction(doc["documentId"], m["modelId"]))
    assert p["predictions"], p
    step("list_predictions", c.list_predictions())

    # -- transitions and their executions --
    t = step(
        "create_transition",
        c.create_transition("manual", parameters={"assets": {"jsRemoteComponent": a["assetId"]}}),
    )
    assert t["timeoutInSeconds"] == 60, t
    refused(
        "create_transition(timeout 5)",
        lambda: c.create_transition("manual", timeoutInSeconds=5),
    )
    refused(
        "create_transition(docker cpu 4096)",
        lambda: c.create_transition("docker", parameters={"imageUrl": "i", "cpu": 4096}),
    )
    step("list_transitions", c.list_transitions(transition_type="manual"))
    step("get_transition", c.get_transition(t["transitionId"]))
    step("update_transition", c.update_transition(t["transitionId"], name="renamed"))
    ex = step("execute_transition", c.execute_transition(t["transitionId"]))
    step("send_heartbeat", c.send_heartbeat(t["transitionId"], ex["executionId"]))
    step("list_transition_executions", c.list_transition_executions(t["transitionId"], status="running"))
    step("get_transition_execution", c.get_transition_execution(t["transitionId"], ex["executionId"]))
    refused(
        "update_transition_execution(succeeded without output)",
        lambda: c.update_transition_execution(t["transitionId"], ex["executionId"], "succeeded"),
    )
    done = step(
        "update_transition_execution",
        c.update_transition_execution(
            t["transitionId"], ex["executionId"], "succeeded", output={"ok": True},
            start_time="2021-03-04 05:06:07+01:00",
        ),
    )
    assert done["startTime"] == "2021-03-04T04:06:07.000Z", done

    # -- workflows and their executions --
    spec = {
        "language": "ASL",
        "version": "1.0.0",
        "definition": {
            "StartAt": "review",
            "States": {"review": {"Type": "Task", "Resource": t["transitionId"], "End": True}},
        },
    }
    w = step("create_workflow", c.create_workflow(spec, name="scenario", error_config={"manualRetry": True}))
    step("list_workflows", c.list_workflows())
    step("get_workflow", c.get_workflow(w["workflowId"]))
    step("update_workflow", c.update_workflow(w["workflowId"], description="updated"))
    refused("delete_transition(in use)", lambda: c.delete_transition(t["transitionId"]))
    we = step("execute_workflow", c.execute_workflow(w["workflowId"], {"documentId": doc["documentId"]}))
    step("list_workflow_executions", c.list_workflow_executions(w["workflowId"]))
    step("get_workflow_execution", c.get_workflow_execution(w["workflowId"], we["executionId"]))
    ended = step(
        "update_workflow_execution",
        c.update_workflow_execution(w["workflowId"], we["executionId"], "las:transition:commons-failed"),
    )
    assert ended["status"] == "failed", ended
    step("list_logs", c.list_logs(workflow_id=w["workflowId"]))
    logs = c.list_logs(transition_id=t["transitionId"])
    step("get_log", c.get_log(logs["logs"][0]["logId"]))
    step("delete_workflow_execution", c.delete_workflow_execution(w["workflowId"], we["executionId"]))
    step("delete_workflow", c.delete_workflow(w["workflowId"]))
    step("delete_transition", c.delete_transition(t["transitionId"]))

    # -- clean-up --
    step("delete_model", c.delete_model(m["modelId"]))
    step("delete_document", c.delete_document(doc2["documentId"]))
    step("delete_documents", c.delete_documents(dataset_id=ds["datasetId"]))
    step("delete_dataset", c.delete_dataset(ds["datasetId"], delete_documents=True))
    step("delete_secret", c.delete_secret(s["secretId"]))
    step("delete_asset", c.delete_asset(a["assetId"]))

    public = {n for n in dir(Client) if not n.startswith("_")}
    missing = sorted(public - called)
    print(f"methods not called: {missing}", flush=True)
    assert not missing, missing
    print(f"scenario passed: {len(called)} methods", flush=True)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # noqa: BLE001 - report and fail
        print(f"scenario failed: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
        raise
