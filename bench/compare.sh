#!/bin/sh
# Times compose-fix side by side with dclint (the nearest peer, on Node) and with the true JVM
# floor (a Hello class run by the same java with the launcher's flags and the JDK's default
# class-data archive), on the same files: a warm-up, then A B A B ... so that both see the same
# machine, and the medians and their ratio against the targets of the speed issues, and how a
# generated project of several files grows from 150 to 1,500 services. Then the
# classes a cold run loads and spins, peak memory, and the in-process JMH figures at 30, 300 and
# 3,000 services with the bytes allocated per operation. Run it on a quiet machine; on a loaded
# one only the ratios mean much.
#
#   bench/compare.sh
#
# Needs java, Maven (or ./mvnw), node and npm, and GNU date (for nanoseconds); /usr/bin/time,
# when present, adds the CPU use and peak memory rows. Settings, from the environment:
#   RUNS=10              timed runs of each command (after one warm-up run each)
#   PER_FILE_RUNS=3      runs of the slow one-process-per-corpus-file loop (about 30 s each)
#   CORPUS_DIR=...       the Compose corpus (default ../shared/corpus beside the project)
#   DCLINT_VERSION=3.1.0 the dclint to install (the newest 3.x when that one is gone)
#   JAVA_HOME            the Java that runs compose-fix, as for bin/compose-fix
set -eu

root=$(cd -P "$(dirname "$0")/.." && pwd)
launcher="$root/bin/compose-fix"
jar="$root/target/compose-fix.jar"
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
runs=${RUNS:-10}
per_file_runs=${PER_FILE_RUNS:-3}
corpus=${CORPUS_DIR:-$root/../shared/corpus}
dclint_version=${DCLINT_VERSION:-3.1.0}

fail() {
  echo "compare.sh: $*" >&2
  exit 2
}

for tool in "$java_cmd" node npm; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed"
done
case $(date +%N) in
  *N*) fail "date +%N does not give nanoseconds; GNU date is needed" ;;
esac
[ -d "$corpus" ] || fail "no corpus at $corpus; set CORPUS_DIR"
maven=mvn
command -v mvn >/dev/null 2>&1 || maven="$root/mvnw"
time_tool=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then
  time_tool=/usr/bin/time
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/compose-fix-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

echo "Preparing: the jar and its class-data archive, the generator, dclint $dclint_version, the files..."
"$launcher" --version >/dev/null
(cd "$root" && "$maven" -B -q test-compile >"$work/build.log" 2>&1) || { cat "$work/build.log" >&2; fail "test-compile failed"; }
mkdir -p "$work/dclint"
if ! npm install --prefix "$work/dclint" --no-audit --no-fund --loglevel=error "dclint@$dclint_version" >"$work/npm.log" 2>&1; then
  npm install --prefix "$work/dclint" --no-audit --no-fund --loglevel=error "dclint@^3" >"$work/npm.log" 2>&1 \
    || { cat "$work/npm.log" >&2; fail "npm could not install dclint"; }
fi
dclint="$work/dclint/node_modules/.bin/dclint"
generate() {
  mkdir -p "$(dirname "$2")"
  "$java_cmd" -cp "$root/target/test-classes" dev.composefix.bench.ComposeGenerator "$1" "$2"
}
generate 300 "$work/original/generated-300.yml"
generate 3000 "$work/original/generated-3000.yml"
# Projects of several files (override, include, builds FROM one another, extends, anchors): the
# paths where a question about every service once walked every service again.
"$java_cmd" -cp "$root/target/test-classes" dev.composefix.bench.ProjectGenerator 150 "$work/project-150"
"$java_cmd" -cp "$root/target/test-classes" dev.composefix.bench.ProjectGenerator 1500 "$work/project-1500"
java_feature=$("$java_cmd" -version 2>&1 | sed -n 's/^.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
# The floor's target is lower where the launcher has an AOT cache (Java 24+).
floor_target=3.5
[ "${java_feature:-0}" -ge 24 ] && floor_target=3
mkdir -p "$work/small" "$work/cf" "$work/dc"
cp "$root/fixtures/example.yml" "$work/small/compose.yaml"
largest=$(find "$corpus" -type f \( -name '*.yml' -o -name '*.yaml' \) -exec wc -c {} + \
  | grep -v ' total$' | sort -n | tail -n 1 | sed 's/^ *[0-9]* //')
corpus_files=$(find "$corpus" -type f \( -name '*.yml' -o -name '*.yaml' \) | wc -l | tr -d ' ')

# The commands timed, each a function so that paths with spaces stay whole.
cf_check_small() { (cd "$work/small" && "$launcher" --check compose.yaml); }
dclint_small() { (cd "$work/small" && "$dclint" compose.yaml); }
fresh_300() { cp "$work/original/generated-300.yml" "$work/cf/compose.yaml"; cp "$work/original/generated-300.yml" "$work/dc/compose.yaml"; }
cf_write_300() { (cd "$work/cf" && "$launcher" --write compose.yaml); }
dclint_fix_300() { (cd "$work/dc" && "$dclint" --fix compose.yaml); }
cf_largest() { "$launcher" --check "$largest"; }
jvm_floor() { "$java_cmd" "@$root/bin/jvm.options" -Xshare:auto -cp "$root/target/test-classes" dev.composefix.bench.Hello; }
cf_corpus_once() { find "$corpus" -type f \( -name '*.yml' -o -name '*.yaml' \) -exec "$launcher" --check {} +; }
cf_corpus_per_file() { find "$corpus" -type f \( -name '*.yml' -o -name '*.yaml' \) -exec "$launcher" --check {} \; ; }
nothing() { :; }
cf_project_check_150() { (cd "$work/project-150" && "$launcher" --check .); }
cf_project_check_1500() { (cd "$work/project-1500" && "$launcher" --check .); }
cf_project_dry_run_150() { (cd "$work/project-150" && "$launcher" --dry-run --unsafe-fixes .); }
cf_project_dry_run_1500() { (cd "$work/project-1500" && "$launcher" --dry-run --unsafe-fixes .); }

# Milliseconds one run of a function takes; its output and exit status do not matter here.
# Appends the milliseconds of CPU (user and system) its processes used to the file $2, from the
# shell's own account of its children (times), which a loaded machine disturbs less than wall time.
elapsed_ms() {
  times >"$work/times.before"
  start=$(date +%s%N)
  "$1" >/dev/null 2>&1 </dev/null || true
  end=$(date +%s%N)
  times >"$work/times.after"
  if [ -n "${2:-}" ]; then
    cat "$work/times.before" "$work/times.after" | awk '
      function ms(t,  m) { sub(/s$/, "", t); m = index(t, "m"); return (substr(t, 1, m - 1) * 60 + substr(t, m + 1)) * 1000 }
      NR == 2 { before = ms($1) + ms($2) }
      NR == 4 { after = ms($1) + ms($2) }
      END { printf "%d\n", after - before }' >>"$2"
  fi
  echo $(((end - start) / 1000000))
}

median() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Times A and B alternately, N runs each after a warm-up of each, and prints a table row:
# the label, both medians, A/B and the target for A/B.
#   compare LABEL TARGET RUNS PREPARE A B
compare() {
  label=$1 target=$2 n=$3 prepare=$4 a=$5 b=$6
  : >"$work/a.ms"
  : >"$work/b.ms"
  : >"$work/a.cpu"
  : >"$work/b.cpu"
  "$prepare"; elapsed_ms "$a" >/dev/null
  "$prepare"; elapsed_ms "$b" >/dev/null
  i=0
  while [ "$i" -lt "$n" ]; do
    "$prepare"; elapsed_ms "$a" "$work/a.cpu" >>"$work/a.ms"
    "$prepare"; elapsed_ms "$b" "$work/b.cpu" >>"$work/b.ms"
    i=$((i + 1))
  done
  row "$label" "$(median "$work/a.ms")" "$(median "$work/b.ms")" "$target" "$n" \
    "$(median "$work/a.cpu")" "$(median "$work/b.cpu")"
}

row() {
  awk -v label="$1" -v a="$2" -v b="$3" -v target="$4" -v n="$5" -v ca="$6" -v cb="$7" 'BEGIN {
    ratio = a / b
    verdict = ratio <= target ? "met" : "NOT met"
    printf "%-44s %9.3f s %9.3f s %8.2fx  <= %-5s %-8s %3d   CPU %6.3f s %6.3f s %6.2fx\n", label, a / 1000, b / 1000, ratio, target, verdict, n, ca / 1000, cb / 1000, (cb > 0 ? ca / cb : 0)
  }'
}

echo
echo "compose-fix $("$launcher" --version | sed 's/^compose-fix //') on $("$java_cmd" -version 2>&1 | head -n 1)"
echo "dclint $("$dclint" --version) on node $(node --version); $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores; load before: $(uptime | sed 's/.*load average: //')"
echo "small file: fixtures/example.yml ($(wc -l <"$work/small/compose.yaml" | tr -d ' ') lines); generated: 300 services ($(wc -l <"$work/original/generated-300.yml" | tr -d ' ') lines), 3,000 services ($(wc -l <"$work/original/generated-3000.yml" | tr -d ' ') lines)"
echo "largest corpus file: ${largest#"$corpus"/} ($(wc -l <"$largest" | tr -d ' ') lines); corpus: $corpus_files files"
echo
printf "%-44s %11s %11s %9s  %-8s %-8s %3s   %s\n" "medians, A vs B (wall time)" "A" "B" "A/B" "target" "" "runs" "CPU time: A, B, A/B"
compare "--check small file (A) vs dclint (B)" 0.30 "$runs" nothing cf_check_small dclint_small
compare "--write 300 services vs dclint --fix" 0.20 "$runs" fresh_300 cf_write_300 dclint_fix_300
compare "largest corpus file vs JVM floor (Hello)" "$floor_target" "$runs" nothing cf_largest jvm_floor
compare "all corpus files: one run vs one run per file" 0.2 "$per_file_runs" nothing cf_corpus_once cf_corpus_per_file
# Ten times the services in at most ten times the time: a stack grows linearly.
compare "project --check, 1,500 vs 150 services" 10 "$per_file_runs" nothing cf_project_check_1500 cf_project_check_150
compare "project --dry-run --unsafe-fixes, 1,500 vs 150" 10 "$per_file_runs" nothing cf_project_dry_run_1500 cf_project_dry_run_150

if [ -n "$time_tool" ]; then
  echo
  find "$corpus" -type f \( -name '*.yml' -o -name '*.yaml' \) -exec "$time_tool" -f "%e %U %S" -o "$work/once.time" \
    "$launcher" --check {} + >/dev/null 2>&1 || true
  # GNU time puts "Command exited with non-zero status" first when there are findings.
  tail -n 1 "$work/once.time" | awk '{ printf "all corpus files in one run: %.2f s wall, %.2f s CPU: %.2f cores busy (target: both cores)\n", $1, $2 + $3, ($2 + $3) / $1 }'
  # Peak memory: the largest of 3 runs each, --dry-run on 300 services and --check on 3,000.
  for size in 300 3000; do
    : >"$work/rss"
    i=0
    while [ "$i" -lt 3 ]; do
      cp "$work/original/generated-$size.yml" "$work/cf/compose.yaml"
      mode=--check
      [ "$size" = 300 ] && mode=--dry-run
      (cd "$work/cf" && "$time_tool" -f %M -o "$work/rss.one" "$launcher" "$mode" compose.yaml >/dev/null 2>&1) || true
      tail -n 1 "$work/rss.one" >>"$work/rss"
      i=$((i + 1))
    done
    sort -n "$work/rss" | tail -n 1 | awk -v size="$size" -v mode="$mode" '{
      mb = $1 / 1024
      printf "peak RSS, %s on %s services: %.0f MB (the largest of 3 runs; target: at most 150 MB: %s)\n", mode, size, mb, mb <= 150 ? "met" : "NOT met"
    }'
  done
fi

# The classes a cold --check of the largest corpus file loads through the launcher, and how many
# were spun at run time (hidden classes: lambdas, LambdaForms) or come from no archive.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" "$launcher" --check "$largest" >/dev/null 2>&1 || true
awk '
  { total++ }
  /source: shared objects file/ { shared++ }
  / [^ ]*\/0x[0-9a-f]+ / { hidden++; if (!/shared objects file/) spun++ }
  /LambdaForm\$/ { forms++; if (!/shared objects file/) formsSpun++ }
  END {
    printf "classes a cold --check of the largest file loads: %d, %d from the archive, %d not (hidden classes: %d, %d spun at run time; LambdaForms: %d, %d spun)\n",
      total, shared, total - shared, hidden, spun, forms, formsSpun
  }' "$work/classes.log"

echo
echo "In-process, JMH (parse + check + fix in memory, all rules), 30, 300 and 3,000 services:"
# Ten 3-second iterations after ten of warm-up: with five 2-second ones, an operation of 150 ms
# at 3,000 services had run too few times to be warm, and the error bars were 20-45% of the
# score, more than the gap the 3,000/300 ratio is judged by; with these they are 2-4%.
(cd "$root" && "$maven" -B -q -Pbench exec:exec \
  -Dbench.args="-f 1 -wi 10 -w 3s -i 10 -r 3s -prof gc -p input=generated-30,generated-300,generated-3000 -rf csv -rff $work/jmh.csv ComposeFixBenchmark.(check|fix)" \
  >"$work/jmh.log" 2>&1) || { tail -n 20 "$work/jmh.log" >&2; fail "the JMH run failed"; }
awk -F, '
  NR > 1 {
    gsub(/["\r]/, "")
    name = $1
    if (name ~ /gc\.alloc\.rate\.norm$/) {
      sub(/:.*/, "", name); sub(/.*\./, "", name)
      alloc[name, $8] = $5
    } else if (name !~ /:/) {
      sub(/.*\./, "", name)
      score[name, $8] = $5
    }
  }
  END {
    for (b = 1; b <= 2; b++) {
      name = b == 1 ? "check" : "fix"
      s30 = score[name, "generated-30"]; s300 = score[name, "generated-300"]; s3000 = score[name, "generated-3000"]
      printf "%-6s 30: %7.1f ms  300: %8.1f ms  3,000: %9.1f ms  3,000/300: %5.1fx", name, s30, s300, s3000, s3000 / s300
      if (name == "check") printf "  (target <= 11x: %s)", s3000 / s300 <= 11 ? "met" : "NOT met"
      printf "\n"
      a30 = alloc[name, "generated-30"]; a300 = alloc[name, "generated-300"]; a3000 = alloc[name, "generated-3000"]
      printf "       allocated per operation: %.1f MB, %.1f MB, %.1f MB: %.0f kB a service at 3,000\n", a30 / 1e6, a300 / 1e6, a3000 / 1e6, a3000 / 3000 / 1e3
    }
  }' "$work/jmh.csv"
echo
echo "load after: $(uptime | sed 's/.*load average: //')"
