#!/usr/bin/env bash
# Regenerates the pictures of the printed booklet in docs/samples/ (shown in the README and
# docs/BOOKLET.md) from the shipped fixtures, at fixed times, with poppler's pdftoppm.
#
#   EPHR=target/release/ephr examples/booklet-samples.sh
#
# The pictures are small (72-100 dpi, grey): they show the layout, they are not for scanning.
# Each run issues new cards (with new random card ids), and tests/cmd/scan-booklet-page reads the
# signed-QR picture: after running this, run `TRYCMD=overwrite cargo test --test snapshots` and
# check that only that snapshot's card text changed.
set -euo pipefail
EPHR=${EPHR:-ephr}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/samples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
demo_trust=(--trust "$root/keys/demo-trust-list.cose" --anchor "$root/keys/demo-anchor.pub.pem")
journey_trust=(--trust "$root/fixtures/journey/trust-list.cose" --anchor "$root/keys/demo-anchor.pub.pem")

"$EPHR" issue "$root/fixtures/records/reference-full.json" --key "$root/keys/GR-DEMO.key.pem" \
  --authority GR-DEMO --at 2026-10-15T09:00:00Z --out "$work/ref.txt"
"$EPHR" booklet "$work/ref.txt" --lang en,ar --out "$work/booklet.pdf" "${demo_trust[@]}" --at 2026-11-01
"$EPHR" booklet "$work/ref.txt" --lang bg,fr --layout a4 --out "$work/a4.pdf" "${demo_trust[@]}" --at 2026-11-01
"$EPHR" booklet "$work/ref.txt" --lang el,fa --layout card --out "$work/card.pdf" "${demo_trust[@]}" --at 2026-11-01
"$EPHR" booklet "$root/fixtures/journey/journey.phr" --lang it,fa --out "$work/journey.pdf" \
  "${journey_trust[@]}" --at 2027-01-20
"$EPHR" issue "$root/fixtures/records/reference-confidential.json" --key "$root/keys/GR-DEMO.key.pem" \
  --authority GR-DEMO --at 2026-10-15T09:00:00Z --out "$work/core.txt" --confidential-out "$work/conf.txt"
"$EPHR" booklet "$work/core.txt" "$work/conf.txt" --lang en,ar --out "$work/core.pdf" \
  --confidential-out "$work/insert.pdf" "${demo_trust[@]}" --at 2026-11-01

page() { # page PDF N RESOLUTION NAME
  pdftoppm -gray -png -r "$3" -f "$2" -l "$2" -singlefile "$work/$1" "$out/$4"
}
page booklet.pdf 1 90 booklet-en-ar-1-cover
page booklet.pdf 2 90 booklet-en-ar-2-immunizations
# The signed-QR page and the last page are the booklet's last two, however many pages it has.
pages=$(pdfinfo "$work/booklet.pdf" | awk '/^Pages:/ {print $2}')
page booklet.pdf "$((pages - 1))" 90 booklet-en-ar-signed-qr
page booklet.pdf "$pages" 90 booklet-en-ar-last-page
page a4.pdf 1 40 a4-bg-fr-sheet-1
page card.pdf 1 150 card-el-fa-front
page card.pdf 2 150 card-el-fa-back
page journey.pdf 1 90 journey-it-fa-1-cover
page journey.pdf 6 90 journey-it-fa-6-serbia
page journey.pdf 8 90 journey-it-fa-8-italy
page insert.pdf 1 90 insert-en-ar-1-cover
# The languages of issue 14: a clinician of an e-PHR country or a destination with a person who
# reads Pashto, Tigrinya, Somali, Sorani, Urdu, Dari or Bengali. Page 2 holds vaccines, page 4
# diagnoses, medicines and allergies: code names and values in both languages.
for pair in it,ps hr,ti ro,so sl,ckb de,ur it,prs en,bn; do
  name=${pair/,/-}
  "$EPHR" booklet "$work/ref.txt" --lang "$pair" --out "$work/$name.pdf" "${demo_trust[@]}" --at 2026-11-01
  page "$name.pdf" 2 90 "languages-$name-2-immunizations"
  page "$name.pdf" 4 90 "languages-$name-4-problems"
done
ls -la "$out"
