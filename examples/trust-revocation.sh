#!/usr/bin/env bash
# Revocation, walked through from the command line: a card issued in error is revoked by its id
# while its siblings stay valid; a leaked key is revoked as compromised and every card it signed
# is refused, whatever date it claims; a stale trust list still lets the clinic work, with a
# warning, unless --strict.
#
#   EPHR=target/release/ephr examples/trust-revocation.sh
set -euo pipefail
EPHR=${EPHR:-ephr}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export EPHR_HOME="$work/clinic"

step() { printf '\n== %s\n' "$*"; }
expect() {
  local want=$1; shift
  set +e; "$@" >out.txt 2>err.txt; local got=$?; set -e
  cat out.txt err.txt | sed 's/^/   /' | head -n 12
  if [ "$got" != "$want" ]; then echo "FAILED: exit $got, expected $want: $*"; exit 1; fi
}
card_id() { "$EPHR" decode "$1" --json | sed -n 's/.*"card_id": "\([0-9a-f]*\)".*/\1/p' | head -n 1; }

step "Authority and clinic set up"
"$EPHR" keygen --authority ANCHOR --out-dir anchor > /dev/null
kid=$("$EPHR" keygen --authority IT-ASP-RAGUSA --out-dir key | sed -n 's/^key id //p')
"$EPHR" trust init --anchor-key anchor/ANCHOR.key.pem --out list.cose --valid-days 30 \
  --list-time 2026-10-01
"$EPHR" trust add --list list.cose --anchor-key anchor/ANCHOR.key.pem --authority IT-ASP-RAGUSA \
  --name "ASP Ragusa, migrant health" --country IT --public-key key/IT-ASP-RAGUSA.pub.pem \
  --valid-from 2026-01-01 --valid-days 30 --list-time 2026-10-01
"$EPHR" template > record.json
"$EPHR" issue record.json --key key/IT-ASP-RAGUSA.key.pem --authority IT-ASP-RAGUSA \
  --at 2026-10-20T09:00:00Z > card-a.txt
"$EPHR" issue record.json --key key/IT-ASP-RAGUSA.key.pem --authority IT-ASP-RAGUSA \
  --at 2026-10-20T09:05:00Z > card-b.txt
"$EPHR" trust install list.cose --anchor anchor/ANCHOR.pub.pem

step "Card A was issued in error: revoke it from the card itself (the list stores only a hash)"
id_a=$(card_id card-a.txt)
"$EPHR" trust revoke-card --list list.cose --anchor-key anchor/ANCHOR.key.pem --card card-a.txt \
  --valid-days 30 --list-time 2026-10-25
"$EPHR" trust install list.cose
expect 1 "$EPHR" verify card-a.txt --at 2026-11-01
grep -q card-revoked out.txt
if grep -q "$id_a" list.cose; then echo "FAILED: the card id is in the list"; exit 1; fi
step "Its sibling card B is still valid"
expect 0 "$EPHR" verify card-b.txt --at 2026-11-01

step "The signing key leaked: revoke it as compromised from 2026-11-10"
"$EPHR" trust revoke --list list.cose --anchor-key anchor/ANCHOR.key.pem --kid "$kid" \
  --reason compromised --at 2026-11-10T00:00:00Z --valid-days 30 --list-time 2026-11-12
"$EPHR" trust install list.cose
step "Card B, dated before the leak, is refused too (a thief can back-date)"
expect 1 "$EPHR" verify card-b.txt --at 2026-11-20
grep -q key-compromised out.txt
grep -q REVOKED out.txt
step "A compromised key cannot be softened to superseded"
expect 2 "$EPHR" trust revoke --list list.cose --anchor-key anchor/ANCHOR.key.pem --kid "$kid" \
  --reason superseded

step "The list was due for renewal on 2026-12-12. A year later it is stale: the clinic still works, with a warning on every result"
expect 1 "$EPHR" verify card-b.txt --at 2027-12-01
grep -q "past its next update" err.txt
grep -q "WARNING" out.txt
step "--strict turns staleness into a failure"
expect 1 "$EPHR" verify card-b.txt --at 2027-12-01 --strict
grep -q -- "--strict" err.txt

printf '\nrevocation walk-through: all checks passed\n'
