#!/usr/bin/env bash
# Prepares a checkout to run and test Intercede. Safe to run again: each step skips what is done.
set -euo pipefail
cd "$(dirname "$0")"

# Bible modules (public domain, from Debian's CrossWire packages), diatheke (the peer the benchmarks
# compare against) and Chromium (browser tests). None is needed to start the server.
PACKAGES=(sword-text-web sword-text-kjv sword-text-sparv sword-dict-naves diatheke chromium)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Intercede needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "Install it from your distribution or https://nodejs.org, then run: bash setup.sh" >&2
  exit 1
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      say "Installing Debian packages: ${missing[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      say "Installing Debian packages with sudo: ${missing[*]}"
      sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      echo "Not root, so these Debian packages were not installed: ${missing[*]}" >&2
      echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    fi
  fi
else
  echo "This is not a Debian/Ubuntu system, so no system packages were installed. By hand, install:" >&2
  echo "  - the CrossWire SWORD modules engWEB2015eb, engKJV2006eb, spaRV1909eb and Nave into ~/.sword" >&2
  echo "    (e.g. with the installmgr tool of your SWORD package, from CrossWire's repository);" >&2
  echo "  - diatheke (only for benchmarks) and Chromium (only for browser tests; set CHROMIUM_PATH)." >&2
fi

# npm ci only when the lockfile changed since the last successful install.
stamp=node_modules/.intercede-setup
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  say "Installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi

say "Building"
npm run build --silent

say "Preparing the database"
node bin/intercede.js migrate

# Scripture: import the SWORD modules found (WEB, KJV, RV1909, Nave's) so `npm start` serves them.
# Without modules the site still runs; the install prints what to install, and setup goes on.
say "Installing Bible texts and Nave's topics into the database"
if ! node bin/intercede.js bible install; then
  echo "Warning: Scripture was not (fully) installed; install the modules above, then run: npx intercede bible install" >&2
fi

say "Ready. Start Intercede with: npm start   (then open http://localhost:3000)"
