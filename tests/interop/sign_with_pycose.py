#!/usr/bin/env python3
"""Independent PHR1 issuer built on pycose, cbor2, zlib and base45 (no ephr code).

It writes a minimal valid card from the format description alone (docs/FORMAT.md and the
`src/cbor.rs` mapping):

  claims (CWT, RFC 8392), canonical CBOR:
    1: iss (text)   [4: exp]   6: iat   7: cti (bytes)   -65537: PHR entry (map)
  entry:
    0: version 1
    1: record id (bytes)
    10: patient   {2: birth date, 4: sex (0 unknown, 1 female, 2 male, 3 other)}
    11: encounter {0: date as days since 1970-01-01, 1: country}
    16: immunizations {1: [dose, ...]}
  dose (a positional array, null for absent fields in between, nothing after the last field):
    [0 vaccine ATC, 1 source (0 documented, 1 reported, 2 given here), 2 dose number,
     3 lot, 4 date, 5 country]
    A dose given here carries no date: it takes the encounter date.
  dates: a full date is an integer (days since 1970-01-01), a partial one the text YYYY / YYYY-MM.

Signed as a tagged COSE_Sign1 (RFC 9052) with pycose: protected {1: -8 (EdDSA), 4: kid},
unprotected {}, kid = SHA-256(raw public key)[:8]; then zlib, base45, "PHR1:".

Prints the PHR1 text (or, with --json, a JSON object with the text, the COSE bytes in hex, the
public key and the kid). Exit code 2 means the script could not run.
"""

import argparse
import datetime
import hashlib
import json
import os
import sys
import zlib

try:
    import base45
    import cbor2
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    from pycose.algorithms import EdDSA
    from pycose.headers import KID, Algorithm
    from pycose.keys.curves import Ed25519
    from pycose.keys.okp import OKPKey
    from pycose.messages.sign1message import Sign1Message
except ImportError as e:  # pragma: no cover - environment problem
    sys.stderr.write(
        f"MISSING MODULE: {e}. Install the interop test dependencies with:\n"
        "    pip install cwt pycose cbor2 base45\n"
    )
    sys.exit(2)

CLAIM_ISS, CLAIM_EXP, CLAIM_IAT, CLAIM_CTI, CLAIM_PHR = 1, 4, 6, 7, -65537
SEX = {"unknown": 0, "female": 1, "male": 2, "other": 3}
SOURCE_DOCUMENTED, SOURCE_REPORTED, SOURCE_GIVEN_HERE = 0, 1, 2
EPOCH = datetime.date(1970, 1, 1)


def wire_date(s: str):
    """YYYY-MM-DD -> days since 1970-01-01; YYYY or YYYY-MM stay text."""
    if len(s) == 10:
        return (datetime.date.fromisoformat(s) - EPOCH).days
    if len(s) in (4, 7):
        return s
    raise ValueError(f"{s!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def positional(fields: dict) -> list:
    """{index: value} -> array with null between present fields and no trailing null."""
    present = {k: v for k, v in fields.items() if v is not None}
    out = [None] * (max(present) + 1)
    for k, v in present.items():
        out[k] = v
    return out


def hex_bytes(s: str) -> bytes:
    b = bytes.fromhex(s)
    if not 8 <= len(b) <= 32:
        raise argparse.ArgumentTypeError("ids are 8 to 32 bytes")
    return b


def build_claims(a) -> dict:
    doses = []
    if a.vaccine:
        doses.append(
            positional({0: a.vaccine, 1: SOURCE_GIVEN_HERE, 2: a.dose_number, 3: a.lot})
        )
    for spec in a.documented:
        vaccine, date, country = spec.split(",")
        doses.append(
            positional({0: vaccine, 1: SOURCE_DOCUMENTED, 4: wire_date(date), 5: country or None})
        )
    patient = {}
    if a.birth_date:
        patient[2] = wire_date(a.birth_date)
    if a.sex:
        patient[4] = SEX[a.sex]
    entry = {
        0: 1,
        1: a.record_id,
        10: patient,
        11: {0: wire_date(a.encounter_date), 1: a.country},
    }
    if doses:
        entry[16] = {1: doses}
    claims = {CLAIM_ISS: a.iss, CLAIM_IAT: a.iat, CLAIM_CTI: a.cti, CLAIM_PHR: entry}
    if a.exp is not None:
        claims[CLAIM_EXP] = a.exp
    return claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", required=True, help="32-byte Ed25519 seed (RFC 8032 private key), hex")
    ap.add_argument("--iss", required=True, help="authority id, as listed in the trust list")
    ap.add_argument("--iat", required=True, type=int, help="issued at, POSIX seconds")
    ap.add_argument("--exp", type=int, help="expires at, POSIX seconds (default: none)")
    ap.add_argument("--cti", type=hex_bytes, default=os.urandom(8), help="card id, hex (default: random)")
    ap.add_argument("--record-id", type=hex_bytes, default=os.urandom(8), help="record id, hex (default: random)")
    ap.add_argument("--sex", choices=sorted(SEX), default="female")
    ap.add_argument("--birth-date", default="1991-03", help="YYYY, YYYY-MM or YYYY-MM-DD ('' to leave out)")
    ap.add_argument("--encounter-date", required=True, help="YYYY-MM-DD")
    ap.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 country of the encounter")
    ap.add_argument("--vaccine", default="J07BD52", help="ATC code of a dose given here ('' for none)")
    ap.add_argument("--dose-number", type=int, default=1)
    ap.add_argument("--lot", help="lot number of the dose given here")
    ap.add_argument(
        "--documented",
        action="append",
        default=[],
        metavar="VACCINE,DATE,COUNTRY",
        help="a documented earlier dose (repeatable); COUNTRY may be empty",
    )
    ap.add_argument(
        "--kid",
        help="put this kid (hex) in the protected header instead of the signing key's own: "
        "for negative tests (a card forged under another key's id)",
    )
    ap.add_argument("--json", action="store_true", help="print a JSON object instead of the text")
    a = ap.parse_args()

    seed = bytes.fromhex(a.seed)
    if len(seed) != 32:
        ap.error("the seed must be 32 bytes")
    public_key = (
        Ed25519PrivateKey.from_private_bytes(seed)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    kid = bytes.fromhex(a.kid) if a.kid else hashlib.sha256(public_key).digest()[:8]

    # Canonical CBOR: shortest integers, definite lengths, sorted keys. cbor2 sorts length-first
    # (RFC 7049 §3.9), which for these keys is the same order as RFC 8949 §4.2.1 bytewise.
    payload = cbor2.dumps(build_claims(a), canonical=True)

    msg = Sign1Message(phdr={Algorithm: EdDSA, KID: kid}, uhdr={}, payload=payload)
    msg.key = OKPKey(crv=Ed25519, x=public_key, d=seed)
    cose = msg.encode(tag=True)
    # ephr requires the protected header itself to be deterministic: {1: -8, 4: kid} in key order.
    if msg.phdr_encoded != cbor2.dumps({1: -8, 4: kid}, canonical=True):
        sys.stderr.write(f"pycose wrote a non-canonical protected header: {msg.phdr_encoded.hex()}\n")
        return 2

    text = "PHR1:" + base45.b45encode(zlib.compress(cose, 9)).decode("ascii")
    if a.json:
        json.dump(
            {"text": text, "cose_hex": cose.hex(), "public_key": public_key.hex(), "kid": kid.hex()},
            sys.stdout,
            sort_keys=True,
        )
        sys.stdout.write("\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
