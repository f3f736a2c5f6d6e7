#!/usr/bin/env bash
# Installs Debian's Chromium for the console's browser tests (playwright-core drives /usr/bin/chromium).
# Idempotent: does nothing when it is already there. Only Debian's packages, no browser downloads.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "infra/browser.sh: /usr/bin/chromium is missing; run as root (or: sudo apt-get install chromium)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
