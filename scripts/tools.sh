#!/usr/bin/env bash
# Installs the tools the test suite needs into .tools/ (project-local, pinned):
#   .tools/node   Stoplight Prism (npm), the independent mock and proxy for the contract tests
#   .tools/venv   openapi-spec-validator (PyPI), and the official Python SDK 5.0.0 (the 2021
#                 API's) for the emulator scenario and the benchmarks
#   .tools/venv-live  the vendor's current Python SDK (the live API's) for its emulator scenario
# Idempotent: a second run only checks versions. Prints the paths it exports.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
PRISM_VERSION=5.16.0
SPEC_VALIDATOR_VERSION=0.9.0
LAS_PY_VERSION=5.0.0
LAS_PY_LIVE_VERSION=11.4.1
mkdir -p "$tools"

if [ ! -x "$tools/node/node_modules/.bin/prism" ] \
   || ! grep -q "\"version\": \"$PRISM_VERSION\"" "$tools/node/node_modules/@stoplight/prism-cli/package.json" 2>/dev/null; then
  echo "tools: installing @stoplight/prism-cli@$PRISM_VERSION into .tools/node" >&2
  mkdir -p "$tools/node"
  (cd "$tools/node" && [ -f package.json ] || echo '{"private": true}' > package.json)
  npm install --prefix "$tools/node" --no-audit --no-fund --loglevel=error \
    "@stoplight/prism-cli@$PRISM_VERSION" >&2
fi

if [ ! -x "$tools/venv/bin/python" ]; then
  echo "tools: creating .tools/venv" >&2
  python3 -m venv "$tools/venv"
fi
if ! "$tools/venv/bin/python" -c "import importlib.metadata as m; \
    assert m.version('openapi-spec-validator') == '$SPEC_VALIDATOR_VERSION'; \
    assert m.version('lucidtech-las') == '$LAS_PY_VERSION'" 2>/dev/null; then
  echo "tools: installing openapi-spec-validator==$SPEC_VALIDATOR_VERSION lucidtech-las==$LAS_PY_VERSION into .tools/venv" >&2
  "$tools/venv/bin/pip" install --quiet --disable-pip-version-check \
    "openapi-spec-validator==$SPEC_VALIDATOR_VERSION" "lucidtech-las==$LAS_PY_VERSION" >&2
fi

if [ ! -x "$tools/venv-live/bin/python" ]; then
  echo "tools: creating .tools/venv-live" >&2
  python3 -m venv "$tools/venv-live"
fi
if ! "$tools/venv-live/bin/python" -c "import importlib.metadata as m; \
    assert m.version('lucidtech-las') == '$LAS_PY_LIVE_VERSION'" 2>/dev/null; then
  echo "tools: installing lucidtech-las==$LAS_PY_LIVE_VERSION into .tools/venv-live" >&2
  "$tools/venv-live/bin/pip" install --quiet --disable-pip-version-check \
    "lucidtech-las==$LAS_PY_LIVE_VERSION" >&2
fi

echo "export LAS_PRISM=$tools/node/node_modules/.bin/prism"
echo "export LAS_PYTHON=$tools/venv/bin/python"
echo "export LAS_PYTHON_LIVE=$tools/venv-live/bin/python"
