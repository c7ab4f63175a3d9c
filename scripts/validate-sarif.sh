#!/usr/bin/env bash
# Validates SARIF logs with Microsoft's SARIF Multitool, running the SARIF rules plus the GitHub
# code-scanning rule sets (GH*, GHAS*). The multitool exits 0 even when it finds problems, so this
# script reads the log it writes (itself SARIF) and exits 1 when any result is at level "error".
# Warnings are listed and notes counted (SARIF_VALIDATE_VERBOSE=1 lists them); neither fails.
#
# Usage: scripts/validate-sarif.sh FILE.sarif...
# The multitool (npm @microsoft/sarif-multitool@5.7.0) is installed on first use into
# .tools/sarif-multitool (gitignored); set SARIF_MULTITOOL_DIR to use another folder.
set -euo pipefail

VERSION=5.7.0
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOL_DIR=${SARIF_MULTITOOL_DIR:-$ROOT/.tools/sarif-multitool}
RULE_KINDS="Sarif;Gh;Ghas"

if [ $# -eq 0 ]; then
    echo "usage: $0 FILE.sarif..." >&2
    exit 2
fi
for f in "$@"; do
    [ -f "$f" ] || { echo "$f: no such file" >&2; exit 2; }
done
command -v npm >/dev/null && command -v node >/dev/null || { echo "validate-sarif: needs node and npm" >&2; exit 2; }

installed_version() {
    node -p "require('$TOOL_DIR/node_modules/@microsoft/sarif-multitool/package.json').version" 2>/dev/null || true
}
if [ "$(installed_version)" != "$VERSION" ]; then
    echo "validate-sarif: installing @microsoft/sarif-multitool@$VERSION into $TOOL_DIR" >&2
    mkdir -p "$TOOL_DIR"
    # --ignore-scripts: the package's only install script is a chmod, done below; newer npm
    # versions skip unapproved install scripts anyway.
    npm install --prefix "$TOOL_DIR" --no-audit --no-fund --ignore-scripts --loglevel=error \
        "@microsoft/sarif-multitool@$VERSION" >&2
fi
# The platform package (…-linux, …-darwin, …-win32) holds a self-contained executable.
PLATFORM_DIR=$(node -p "require('path').dirname(require.resolve('@microsoft/sarif-multitool-' + process.platform + '/package.json', {paths: ['$TOOL_DIR/node_modules/@microsoft/sarif-multitool']}))")
BIN="$PLATFORM_DIR/Sarif.Multitool"
[ -f "$BIN" ] || BIN="$PLATFORM_DIR/Sarif.Multitool.exe"
[ -f "$BIN" ] || { echo "validate-sarif: no Sarif.Multitool executable in $PLATFORM_DIR" >&2; exit 2; }
chmod u+x "$BIN" 2>/dev/null || true
# The .NET tool needs ICU unless told to run without it; nothing it validates is locale-dependent.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-1}
export DOTNET_CLI_TELEMETRY_OPTOUT=1

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
n=0
for f in "$@"; do
    n=$((n + 1))
    log="$WORK/validation-$n.sarif"
    if ! "$BIN" validate "$f" --rule-kind "$RULE_KINDS" --level "Error;Warning;Note" \
            --output "$log" --log ForceOverwrite --quiet >"$WORK/console-$n.txt" 2>&1; then
        cat "$WORK/console-$n.txt" >&2
        echo "$f: sarif-multitool failed" >&2
        status=1
        continue
    fi
    if [ ! -s "$log" ]; then
        cat "$WORK/console-$n.txt" >&2
        echo "$f: sarif-multitool wrote no log" >&2
        status=1
        continue
    fi
    node - "$f" "$log" <<'JS' || status=1
// Lists the validator's results as "FILE(line,col): level RULE: message" and fails on errors.
const fs = require('fs');
const [target, logPath] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(logPath, 'utf8'));
const counts = { error: 0, warning: 0, note: 0, none: 0 };
const notes = {};
for (const run of log.runs || []) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  const ruleFor = (r) => (r.ruleIndex !== undefined && rules[r.ruleIndex]) || rules.find((x) => x.id === r.ruleId) || {};
  const text = (msg, rule) => {
    if (!msg) return '';
    if (msg.text) return msg.text;
    const template = rule.messageStrings && rule.messageStrings[msg.id] && rule.messageStrings[msg.id].text;
    if (!template) return (msg.id || '') + ' ' + JSON.stringify(msg.arguments || []);
    return template.replace(/\{(\d+)\}/g, (_, i) => (msg.arguments || [])[+i] ?? '');
  };
  for (const r of run.results || []) {
    const rule = ruleFor(r);
    // A result without "level" takes its rule's default, and "warning" failing that (SARIF §3.27.10).
    const level = r.level || (rule.defaultConfiguration && rule.defaultConfiguration.level) || 'warning';
    counts[level] = (counts[level] || 0) + 1;
    const region = r.locations && r.locations[0] && r.locations[0].physicalLocation
      && r.locations[0].physicalLocation.region;
    const where = region ? `(${region.startLine},${region.startColumn || 1})` : '';
    if (level === 'error' || level === 'warning' || process.env.SARIF_VALIDATE_VERBOSE) {
      console.log(`${target}${where}: ${level} ${r.ruleId}: ${text(r.message, rule)}`);
    } else {
      notes[r.ruleId] = (notes[r.ruleId] || 0) + 1;
    }
  }
  for (const inv of run.invocations || []) {
    for (const n of [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])]) {
      if ((n.level || 'warning') === 'error') {
        counts.error++;
        console.log(`${target}: error (sarif-multitool): ${text(n.message, {})}`);
      }
    }
    if (inv.executionSuccessful === false) {
      counts.error++;
      console.log(`${target}: error (sarif-multitool): execution was not successful`);
    }
  }
}
const noteList = Object.entries(notes).map(([id, n]) => `${id} x${n}`).join(', ');
if (noteList) console.log(`${target}: notes (SARIF_VALIDATE_VERBOSE=1 lists them): ${noteList}`);
console.log(`${target}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)`);
process.exit(counts.error > 0 ? 1 : 0);
JS
done
exit $status
