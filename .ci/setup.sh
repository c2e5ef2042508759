# Installs what the build (and, with `tests`, the tests) lack. Sourced by .ci/serve and .ci/test.
# Idempotent: each step checks first, so a machine that has everything spends a second or two here.
# Works without access to GitHub: every tool comes from crates.io, npm or Debian.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The tools cargo installs go to ~/.cargo/bin; npm's wasm-opt goes to a cache shared by every clone.
export PATH="$HOME/.cargo/bin:$PATH"
TOOLS_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/statuscodes-tools"
export PATH="$TOOLS_DIR/node_modules/.bin:$PATH"

setup_build() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi

  if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
    say "installing Trunk 0.21 (about 7 minutes, once)"
    cargo install trunk --locked --version '^0.21'
  fi

  # Trunk only uses a wasm-bindgen from PATH when it is exactly the version in Cargo.lock.
  local wanted
  wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    say "installing wasm-bindgen-cli $wanted (about 2 minutes, once)"
    cargo install wasm-bindgen-cli --version "=$wanted" --force
  fi

  # Pinned to 132 in Trunk.toml: Debian's binaryen 108 builds a bundle that fails at start.
  if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
    say "installing wasm-opt (binaryen 132) from npm"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent binaryen@132
  fi

  cargo fetch --quiet
}

setup_tests() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi

  # axe-core runs the accessibility audit inside the end-to-end tests.
  export AXE_CORE="$TOOLS_DIR/node_modules/axe-core/axe.min.js"
  if [ ! -f "$AXE_CORE" ]; then
    say "installing axe-core from npm"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent axe-core@4
  fi
}

# A release build of dist/ (also the bundle the end-to-end tests serve).
build_release() {
  say "building the release bundle into dist/"
  trunk --skip-version-check build --release --offline "$@"
}

# The other bundles the end-to-end tests serve: the release built for a sub-path, and a second build with a
# visible change (a debug build, so it reuses the component tests' compiled dependencies).
build_test_bundles() {
  say "building the sub-path bundle and the update bundle into target/e2e/"
  trunk --skip-version-check build --release --offline --public-url /http-codes/ --dist target/e2e/dist-sub
  STATUSCODES_BUILD=update-test trunk --skip-version-check build --offline --dist target/e2e/dist-update
}
