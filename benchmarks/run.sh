#!/usr/bin/env bash
# Runs benchmarks P1-P5 (issue 9) and prints one table: benchmark, measured value, target, verdict.
# Exits 1 when a target is missed by more than the noise margin stated in its row (or a benchmark
# fails), 0 otherwise. Takes about 5-10 minutes on 2 cores. See docs/performance.md.
#
#   bash benchmarks/run.sh            # build what is needed, run everything
#   MVN_ARGS=-o bash benchmarks/run.sh    # build offline
#   BENCH_QUICK=1 bash benchmarks/run.sh  # short P1 runs: checks the harness, numbers not quotable
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="benchmarks/target/bench-results"
work="benchmarks/target/bench-work"
rm -rf "$out" "$work"
mkdir -p "$out" "$work"

echo "== machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpus:    $(nproc)"
echo "memory:  $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
echo "java:    $(java -version 2>&1 | head -1)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

echo "== build"
# shellcheck disable=SC2086
if ! mvn -B -q ${MVN_ARGS:-} -DskipTests -DskipJenkinsPlugin package -pl benchmarks,obra-cli -am; then
  echo "ERROR: the build failed" >&2
  exit 2
fi
claude_version="$(sed -n 's:.*<claude-code.version>\(.*\)</claude-code.version>.*:\1:p' pom.xml | head -1)"
claude_dir="$root/obra-core/target/claude-code"
if ! bash obra-core/src/build/install-claude-code.sh "$claude_version" "$claude_dir"; then
  echo "ERROR: could not install the Claude Code CLI $claude_version that P4 drives" >&2
  exit 2
fi
cp="benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)"
# Loopback fakes use the JDK's HTTP server; without TCP_NODELAY it stalls small replies by ~40 ms.
jvm=(-Dsun.net.httpserver.nodelay=true -cp "$cp")

failed=0
bench() {
  local name="$1"; shift
  echo "== $name"
  if ! java "$@" 2>&1 | tee "$out/$name.log"; then
    echo "@@row|$name|did not finish (see $out/$name.log)|-|ERROR" >> "$out/$name.log"
    failed=1
  fi
}

quick=()
if [ -n "${BENCH_QUICK:-}" ]; then quick=(--quick); fi
bench P1 -Xms512m -Xmx512m "${jvm[@]}" io.obra.bench.P1OrchestratorCall "${quick[@]}"
bench P2 -Xmx64m "${jvm[@]}" io.obra.bench.P2ImplementerStream "$work/p2"
bench P3 "${jvm[@]}" io.obra.bench.P3ContextEfficiency
bench P4-small -Dobra.test.claude="$claude_dir/bin/claude" "${jvm[@]}" io.obra.bench.P4RunOverhead small "$work/p4"
bench P4-large -Dobra.test.claude="$claude_dir/bin/claude" "${jvm[@]}" io.obra.bench.P4RunOverhead large "$work/p4"
bench P4-cli-small -Dobra.test.claude="$claude_dir/bin/claude" "${jvm[@]}" io.obra.bench.P4CliRun small "$work/p4" obra-cli/target/obra
bench P4-cli-large -Dobra.test.claude="$claude_dir/bin/claude" "${jvm[@]}" io.obra.bench.P4CliRun large "$work/p4" obra-cli/target/obra
bench P5 "${jvm[@]}" io.obra.bench.P5Concurrency
rm -rf "$work"

echo
echo "== results ($(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg) after)"
echo
echo "| benchmark | measured | target | verdict |"
echo "|---|---|---|---|"
for name in P1 P2 P3 P4-small P4-large P4-cli-small P4-cli-large P5; do grep -h '^@@row|' "$out/$name.log"; done \
    | while IFS='|' read -r _ name measured target verdict; do
  echo "| $name | $measured | $target | $verdict |"
done | tee "$out/table.md"
echo
echo "PASS: target met. NOISE: missed by no more than the stated noise margin. MISS: missed by more."

if grep -q '| \(MISS\|ERROR\) |$' "$out/table.md" || [ "$failed" -ne 0 ]; then
  echo "Some targets were missed (MISS) or a benchmark failed (ERROR)."
  exit 1
fi
echo "Every target was met within its noise margin."
exit 0
