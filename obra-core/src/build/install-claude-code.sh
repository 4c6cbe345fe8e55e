#!/usr/bin/env bash
# Installs a pinned Claude Code CLI under target/ (no global state) for the tests, and links the
# native binary to <dir>/bin/claude. Called by Maven before the tests run.
set -euo pipefail
version="$1"
# An absolute directory: the link to the binary must not depend on where it is read from.
dir="$(mkdir -p "$2" && cd "$2" && pwd)"
link="$dir/bin/claude"
if [ -x "$link" ] && "$link" --version 2>/dev/null | grep -q "^$version "; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: npm is required to install the Claude Code CLI $version that the tests drive." >&2
  echo "       Install Node.js and npm (Debian: apt-get install -y nodejs npm), then build again." >&2
  exit 1
fi
mkdir -p "$dir"
# --ignore-scripts: the postinstall only copies the native binary into .bin; we link it ourselves.
npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
  "@anthropic-ai/claude-code@$version" >&2
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  platform=linux-x64 ;;
  Linux-aarch64) platform=linux-arm64 ;;
  Darwin-arm64)  platform=darwin-arm64 ;;
  Darwin-x86_64) platform=darwin-x64 ;;
  *) echo "ERROR: no Claude Code binary for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
bin=""
for candidate in "$dir/node_modules/@anthropic-ai/claude-code-$platform/claude" \
                 "$dir/node_modules/@anthropic-ai/claude-code-$platform-musl/claude"; do
  if [ -f "$candidate" ]; then bin="$candidate"; break; fi
done
if [ -z "$bin" ]; then
  echo "ERROR: npm installed @anthropic-ai/claude-code@$version but no native binary for $platform" >&2
  exit 1
fi
chmod +x "$bin"
mkdir -p "$dir/bin"
ln -sf "$bin" "$link"
"$link" --version >&2
