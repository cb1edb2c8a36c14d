#!/bin/sh
# Cold-start times of the release artifacts side by side, as whole processes: the bundled jlink
# runtime with its AOT cache (through the dist launcher, and through the npm package's node
# launcher, node_modules/.bin/compose-fix, as npx and pre-commit run it)
# against java -jar with the launcher's flags on the installed Java, and against bin/compose-fix
# (the installed Java and its own class-data archive). Medians of RUNS runs each, taken in turn
# (A B C D A B C D ...) so that all see the same machine, after one warm-up run each. Also the
# artifacts' sizes. Run it on a quiet machine; on a loaded one only the ratios mean much.
#
#   mvn -B package -Pdist -DskipTests && bench/dist-start.sh
#
# Needs the installed java (JAVA_HOME to choose it), node and npm, GNU date (nanoseconds) and GNU
# time (/usr/bin/time, Debian's package time).
# RUNS=15 by default.
set -eu

root=$(cd -P "$(dirname "$0")/.." && pwd)
dist="$root/target/dist"
version=$(cd "$root" && node -p "require('./package.json').version")
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
runs=${RUNS:-15}

fail() {
  echo "dist-start.sh: $*" >&2
  exit 2
}
[ -x "$dist/compose-fix-linux-x64/bin/compose-fix" ] || fail "no target/dist; run mvn -B package -Pdist first"
[ -x /usr/bin/time ] || fail "/usr/bin/time is needed (apt-get install time)"
case $(date +%N) in
  *N*) fail "date +%N does not give nanoseconds; GNU date is needed" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/compose-fix-dist-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# The npm packages, installed offline from the tarballs as a project's dev dependency.
mkdir -p "$work/npm"
echo '{"name": "bench", "version": "1.0.0", "private": true}' >"$work/npm/package.json"
(cd "$work/npm" && npm install --offline --no-audit --no-fund --loglevel=error \
  "$dist/npm/compose-fix-$version.tgz" "$dist/npm/compose-fix-linux-x64-$version.tgz" >/dev/null)
cp "$root/fixtures/example.yml" "$work/npm/compose.yaml"
file="$work/npm/compose.yaml"
"$root/bin/compose-fix" --version >/dev/null # builds the jar and its archive, if they are not there

# Each way to run it, under $timer (set by elapsed_ms).
timer=
# shellcheck disable=SC2086 # $timer is a command and its options
bundled() { $timer "$dist/compose-fix-linux-x64/bin/compose-fix" "$@"; }
# shellcheck disable=SC2086
npx_bundled() { $timer "$work/npm/node_modules/.bin/compose-fix" "$@"; }
# shellcheck disable=SC2086
java_jar() { $timer "$java_cmd" "@$root/bin/jvm.options" -Xshare:auto -jar "$dist/compose-fix-$version.jar" "$@"; }
# shellcheck disable=SC2086
launcher() { $timer "$root/bin/compose-fix" "$@"; }

# One run: "WALL_MS CPU_MS", the CPU time (user + system, of the process and its children) from
# /usr/bin/time, which counts on a loaded machine where the wall time says little.
elapsed_ms() {
  start=$(date +%s%N)
  timer="/usr/bin/time -f %U:%S -o $work/cpu"
  "$@" >/dev/null 2>&1 </dev/null || true
  timer=
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $(awk -F: '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu")"
}

# The median of a column of a file of runs.
median() {
  cut -d ' ' -f "$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One row: the medians of each way to run it with these arguments, and each against java -jar.
row() {
  label=$1
  shift
  for way in bundled npx_bundled java_jar launcher; do
    : >"$work/$way.ms"
    elapsed_ms "$way" "$@" >/dev/null
  done
  i=0
  while [ "$i" -lt "$runs" ]; do
    for way in bundled npx_bundled java_jar launcher; do
      elapsed_ms "$way" "$@" >>"$work/$way.ms"
    done
    i=$((i + 1))
  done
  for column in 1 2; do
    what=wall
    [ "$column" = 2 ] && what=cpu
    awk -v label="$label, $what" -v a="$(median "$work/bundled.ms" $column)" -v n="$(median "$work/npx_bundled.ms" $column)" \
      -v j="$(median "$work/java_jar.ms" $column)" -v l="$(median "$work/launcher.ms" $column)" 'BEGIN {
        printf "%-27s %7.3f s (%.2fx) %7.3f s (%.2fx) %7.3f s %7.3f s (%.2fx)\n", label, a / 1000, a / j, n / 1000, n / j, j / 1000, l / 1000, l / j
      }'
  done
}

echo "compose-fix $version; installed Java: $("$java_cmd" -version 2>&1 | head -n 1); $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores; load: $(uptime | sed 's/.*load average: //')"
echo "bundled: $("$dist/runtime/linux-x64/bin/java" -version 2>&1 | head -n 1), modules $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$dist/runtime/linux-x64/release")"
echo
printf "%-27s %-18s %-18s %-9s %-18s\n" "medians of $runs" "bundled runtime" "npm's bin (node)" "java -jar" "bin/compose-fix"
row "--version" --version
row "--check example.yml" --check "$file"
row "--dry-run example.yml" --dry-run "$file"
echo
echo "sizes (bytes):"
for artifact in "$dist/compose-fix-$version.jar" "$dist/npm/compose-fix-$version.tgz" "$dist/npm/compose-fix-linux-x64-$version.tgz" "$dist"/deb/*.deb; do
  printf "  %-48s %10s\n" "${artifact#"$dist"/}" "$(wc -c <"$artifact" | tr -d ' ')"
done
printf "  %-48s %10s\n" "runtime/linux-x64/ (unpacked)" "$(du -sb "$dist/runtime/linux-x64" | cut -f1)"
printf "  %-48s %10s\n" "runtime/linux-x64/lib/compose-fix.aot" "$(wc -c <"$dist/runtime/linux-x64/lib/compose-fix.aot" | tr -d ' ')"
