# Sourced by .ci/run and .ci/demo: everything the tests and the demo need on a fresh machine.
set -e
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's chromium ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  else
    echo "chromium is missing and this is not root: install Debian's chromium package" >&2; exit 1
  fi
fi
# Firefox ESR: the Firefox end-to-end run (tests/firefox/) drives Debian's firefox-esr with Puppeteer.
if ! command -v firefox-esr >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's firefox-esr ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
  else
    echo "firefox-esr is missing and this is not root: install Debian's firefox-esr package" >&2; exit 1
  fi
fi
source "$(dirname "${BASH_SOURCE[0]}")/node.sh"
echo "node $(node --version), npm $(npm --version), $(chromium --version 2>/dev/null | grep -i chromium | head -1), $(firefox-esr --version 2>/dev/null)"
