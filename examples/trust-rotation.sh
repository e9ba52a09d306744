#!/usr/bin/env bash
# Key rotation and anchor rotation, walked through from the command line.
#
#   EPHR=target/release/ephr examples/trust-rotation.sh
#
# An authority replaces its signing key (the old key is "superseded": cards it signed before the
# rotation stay valid, later ones do not), a clinic follows by installing each new list, an old
# list cannot be installed again, and the trust anchor itself is rotated without a manual re-pin.
# Every step checks its exit status; the script fails on the first surprise.
set -euo pipefail
EPHR=${EPHR:-ephr}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export EPHR_HOME="$work/clinic"   # the clinic's trust store

step() { printf '\n== %s\n' "$*"; }
expect() { # expect EXIT-STATUS command...
  local want=$1; shift
  set +e; "$@" >out.txt 2>err.txt; local got=$?; set -e
  cat out.txt err.txt | sed 's/^/   /' | head -n 12
  if [ "$got" != "$want" ]; then echo "FAILED: exit $got, expected $want: $*"; exit 1; fi
}
kid_of() { "$EPHR" keygen "$@" | sed -n 's/^key id //p'; }

step "Authority: anchor key, first signing key, trust list"
kid_anchor=$(kid_of --authority ANCHOR --out-dir anchor)
kid1=$(kid_of --authority GR-RIC-LESVOS --out-dir key1)
"$EPHR" trust init --anchor-key anchor/ANCHOR.key.pem --out list.cose
"$EPHR" trust add --list list.cose --anchor-key anchor/ANCHOR.key.pem --authority GR-RIC-LESVOS \
  --name "Lesvos RIC medical unit" --country GR --public-key key1/GR-RIC-LESVOS.pub.pem \
  --valid-from 2026-01-01
cp list.cose list-v2.cose
"$EPHR" template > record.json
"$EPHR" issue record.json --key key1/GR-RIC-LESVOS.key.pem --authority GR-RIC-LESVOS \
  --at 2026-10-20T09:00:00Z > card-old-key.txt

step "Clinic: install the list (pinning anchor $kid_anchor) and verify"
"$EPHR" trust install list.cose --anchor anchor/ANCHOR.pub.pem
expect 0 "$EPHR" verify card-old-key.txt --at 2026-10-21

step "Authority: rotate to a new signing key; the old key ($kid1) is superseded from 2026-11-01"
kid2=$(kid_of --authority GR-RIC-LESVOS --out-dir key2)
"$EPHR" trust add --list list.cose --anchor-key anchor/ANCHOR.key.pem --authority GR-RIC-LESVOS \
  --name "Lesvos RIC medical unit" --country GR --public-key key2/GR-RIC-LESVOS.pub.pem \
  --valid-from 2026-11-01
"$EPHR" trust revoke --list list.cose --anchor-key anchor/ANCHOR.key.pem --kid "$kid1" \
  --reason superseded --at 2026-11-01T00:00:00Z
"$EPHR" trust install list.cose

step "Old card, signed before the rotation: still valid"
expect 0 "$EPHR" verify card-old-key.txt --at 2026-11-20
grep -q VALID out.txt

step "A card signed with the old key after the rotation: refused"
"$EPHR" issue record.json --key key1/GR-RIC-LESVOS.key.pem --authority GR-RIC-LESVOS \
  --at 2026-11-05T09:00:00Z > card-late.txt
expect 1 "$EPHR" verify card-late.txt --at 2026-11-20
grep -q key-superseded out.txt

step "A card from the new key ($kid2): valid"
"$EPHR" issue record.json --key key2/GR-RIC-LESVOS.key.pem --authority GR-RIC-LESVOS \
  --at 2026-11-05T09:00:00Z > card-new-key.txt
expect 0 "$EPHR" verify card-new-key.txt --at 2026-11-20

step "Rollback: the clinic refuses the older list (it would un-revoke the old key)"
expect 2 "$EPHR" trust install list-v2.cose
grep -q "older than the installed" err.txt

step "Anchor rotation: the list announces a successor anchor, then the successor signs"
"$EPHR" keygen --authority ANCHOR2 --out-dir anchor2 > /dev/null
"$EPHR" trust rotate-anchor --list list.cose --anchor-key anchor/ANCHOR.key.pem \
  --successor anchor2/ANCHOR2.pub.pem
"$EPHR" trust install list.cose
kid_it=$(kid_of --authority IT-ASL-ROMA1 --out-dir key-it)
add_it() {
  "$EPHR" trust add --list list.cose --anchor-key anchor2/ANCHOR2.key.pem "$@" \
    --authority IT-ASL-ROMA1 --name "ASL Roma 1" --country IT --public-key key-it/IT-ASL-ROMA1.pub.pem
}
# The new anchor's first edit must say which anchor signed the list and named it successor.
expect 2 add_it
grep -q "previous-anchor" err.txt
expect 0 add_it --previous-anchor anchor/ANCHOR.pub.pem
grep -q "added key $kid_it" out.txt
"$EPHR" trust set-validity --list list.cose --anchor-key anchor2/ANCHOR2.key.pem \
  --kid "$kid2" --valid-until none
expect 0 "$EPHR" trust install list.cose
grep -q "now pinned" out.txt
expect 0 "$EPHR" verify card-new-key.txt --at 2026-11-20

step "A list signed by the retired anchor is no longer accepted"
"$EPHR" trust init --anchor-key anchor/ANCHOR.key.pem --out forged.cose
expect 2 "$EPHR" trust install forged.cose

printf '\nrotation walk-through: all checks passed\n'
