#!/usr/bin/env bash
# One benchmark run on one generated corpus; prints a Markdown table (also saved to
# bench/.results/latest.md). Usage: bench/run.sh [N=10000]
#   - medlint over N pages: wall, CPU (user+sys), peak RSS (/usr/bin/time -v), pages/s
#   - the parse-only floor: one JVM (same flags) that reads and CommonMark-parses every page
#   - markdownlint-cli2 (pinned, installed into bench/.tools) on the same files, default rules
#   - peak RSS of medlint at 1,000 pages vs N pages
#   - one page, cold: ./medlint check vs a bare JVM that only parses that page (median of 5)
# Environment: MEDLINT_JAVA_OPTS overrides the launcher's JVM flags (for both medlint and the floor);
# SEED (default 42) picks the corpus.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
n="${1:-10000}"
seed="${SEED:-42}"
mdl_version="0.24.1"
runs=5
cd "$root"

say() { echo "bench: $*" >&2; }

if [ ! -x /usr/bin/time ]; then
  say "installing GNU time (Debian package 'time')"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >&2; else sudo apt-get install -y -q time >&2; fi
fi

jar="$root/target/medlint.jar"
if [ ! -f "$jar" ]; then
  say "building $jar"
  mvn -B -q -DskipTests package >&2
fi

# The launcher's JVM flags, so the floor runs with the
# same ones. MEDLINT_JAVA_OPTS, when set, replaces both (the launcher then uses it as is).
launcher_opts() { sed -n "s/^$1=\"\(.*\)\"$/\1/p" "$root/medlint" | sed "s/\$default_java_opts/$(sed -n 's/^default_java_opts="\(.*\)"$/\1/p' "$root/medlint")/"; }
flags="${MEDLINT_JAVA_OPTS:-$(launcher_opts default_java_opts)}"
short_flags="$flags" # the launcher uses the same flags for one page and for many
[ -n "$flags" ] || { say "cannot read the JVM flags from ./medlint"; exit 2; }

cm_version="$(sed -n 's:.*<commonmark.version>\(.*\)</commonmark.version>.*:\1:p' pom.xml)"
cm_jar="$HOME/.m2/repository/org/commonmark/commonmark/$cm_version/commonmark-$cm_version.jar"
if [ ! -f "$cm_jar" ]; then
  mvn -B -q dependency:get -Dartifact="org.commonmark:commonmark:$cm_version" >&2
fi
classes="$here/.build/classes"
if [ ! -d "$classes" ] || [ -n "$(find "$here/src/main/java" -newer "$classes" -name '*.java' | head -1)" ]; then
  rm -rf "$classes" && mkdir -p "$classes"
  javac -d "$classes" -cp "$cm_jar" $(find "$here/src/main/java" -name '*.java')
fi
floor_cp="$classes:$cm_jar"

corpus() { # corpus N -> directory (cached; the first 1,000 pages of any N are the same pages)
  local dir="$here/.corpus/n$1-seed$seed"
  if [ ! -f "$dir/injected.tsv" ]; then
    rm -rf "$dir"
    java -cp "$classes" dev.medlint.bench.CorpusGenerator "$dir" "$1" "$seed" >&2
  fi
  echo "$dir"
}
big="$(corpus "$n")"
small="$(corpus 1000)"

# timed NAME CMD... : runs CMD under /usr/bin/time -v; sets wall, cpu (user+sys, s) and rss (MB)
timed() {
  local log="$here/.build/time-$1.log"; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")"
  cpu="$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u+s}' "$log")"
  rss="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")"
}

one="$big/page-00001.md"
# The launcher makes its class-data archive the first time it meets a new jar: do that now, untimed.
./medlint check "$one" >/dev/null 2>&1 || true
say "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

say "medlint on $n pages"
timed medlint-big ./medlint check "$big" --format json --output /dev/null --fail-on never
m_wall=$wall m_cpu=$cpu m_rss=$rss

say "parse-only floor on $n pages"
timed floor-big java $flags -cp "$floor_cp" dev.medlint.bench.ParseFloor "$big"
f_wall=$wall f_cpu=$cpu f_rss=$rss

mdl="$here/.tools/node_modules/.bin/markdownlint-cli2"
if [ ! -x "$mdl" ]; then
  say "installing markdownlint-cli2@$mdl_version into bench/.tools"
  npm install --prefix "$here/.tools" --no-audit --no-fund --silent "markdownlint-cli2@$mdl_version" >&2
fi
say "markdownlint-cli2 on $n pages"
# Run from inside the corpus so no configuration file of this repository applies: default rules.
timed markdownlint bash -c "cd '$big' && exec '$mdl' '**/*.md' '**/*.txt'"
l_wall=$wall l_cpu=$cpu l_rss=$rss

say "medlint on 1000 pages"
timed medlint-small ./medlint check "$small" --format json --output /dev/null --fail-on never
s_wall=$wall s_rss=$rss

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
clock() { local t0=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || true; awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN {printf "%.3f\n", b-a}'; }
say "one page, cold, $runs runs each"
c_med="$(for i in $(seq $runs); do clock ./medlint check "$one"; done | median)"
c_floor="$(for i in $(seq $runs); do clock java $short_flags -cp "$floor_cp" dev.medlint.bench.ParseFloor "$one"; done | median)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "yes" : "**no**"}'; }
r_floor="$(ratio "$m_wall" "$f_wall")"
r_mdl="$(ratio "$m_wall" "$l_wall")"
r_one="$(ratio "$c_med" "$c_floor")"
r_rss="$(ratio "$m_rss" "$s_rss")"
pps() { awk -v n="$1" -v w="$2" 'BEGIN {printf "%.0f", n/w}'; }

mkdir -p "$here/.results"
{
  echo "| measure | medlint | parse-only floor | markdownlint-cli2 $mdl_version | ratio | target | met |"
  echo "|---|---:|---:|---:|---|---|---|"
  echo "| $n pages, wall (s) | $m_wall | $f_wall | $l_wall | medlint/floor $r_floor; medlint/markdownlint $r_mdl | ≤ 4; ≤ 0.25 | $(verdict "$r_floor" 4); $(verdict "$r_mdl" 0.25) |"
  echo "| $n pages, CPU user+sys (s) | $m_cpu | $f_cpu | $l_cpu | | | |"
  echo "| $n pages, pages/s | $(pps "$n" "$m_wall") | $(pps "$n" "$f_wall") | $(pps "$n" "$l_wall") | | | |"
  echo "| $n pages, peak RSS (MB) | $m_rss | $f_rss | $l_rss | | ≤ 512 | $(verdict "$m_rss" 512) |"
  echo "| 1000 pages: wall (s), peak RSS (MB) | $s_wall, $s_rss | | | RSS $n/1000: $r_rss | ≤ 1.2 | $(verdict "$r_rss" 1.2) |"
  echo "| one page cold, median of $runs (s) | $c_med | $c_floor | | medlint/bare JVM $r_one | ≤ 2 | $(verdict "$r_one" 2) |"
  echo
  echo "JVM flags: \`$flags\` (medlint adds its class-data archive; the floors use the same flags); $(nproc) cores; load average at the end $(cut -d' ' -f1-3 /proc/loadavg); corpus seed $seed, $(du -sh "$big" | cut -f1) on disk."
} | tee "$here/.results/latest.md"
