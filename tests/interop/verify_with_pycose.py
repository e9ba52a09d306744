#!/usr/bin/env python3
"""Independent verifier for PHR1 cards, built on pycose and cwt (not on ephr).

Usage:
    verify_with_pycose.py PUBLIC_KEY_HEX [PHR1_TEXT]      (the text is read from stdin if absent)
    verify_with_pycose.py --library cwt PUBLIC_KEY_HEX [PHR1_TEXT]
    verify_with_pycose.py --dict-dir DIR PUBLIC_KEY_HEX [PHR1_TEXT]

PUBLIC_KEY_HEX is the raw 32-byte Ed25519 public key of the issuer, in hex.

Steps (each one done by the third-party library, never by ephr code):
  1. envelope: strip "PHR1:", base45-decode (`base45`), inflate with Python's zlib (one complete
     zlib stream, no trailing bytes, at most 32 KiB). A stream with the FDICT bit names its preset
     dictionary by Adler-32 (RFC 1950); the dictionary is the file of that Adler-32 among the
     published ones (`dict/*.bin` in the repository, or --dict-dir), and zlib is given its bytes
     as `zdict`. The script computes the Adler-32 itself and never trusts a file name;
  2. COSE_Sign1 (RFC 9052) with pycose: Sign1Message.decode, alg in the protected header must be
     EdDSA (-8), kid in the protected header must be SHA-256(public key)[:8], the signature must
     verify with an OKPKey (crv Ed25519) built from the public key;
  3. the same bytes with the `cwt` package (RFC 8392): cwt.decode with an Ed25519 COSE key; the
     claims it returns must equal the ones pycose's payload decodes to;
  4. the payload with cbor2: a CWT claims map with iss (1), iat (6), cti (7) and the private
     claim -65537 holding the PHR entry.

On success prints one JSON object to stdout and exits 0. On any failure prints "REJECTED: <why>"
to stderr and exits 1. Exit code 2 means the script could not run (missing module, bad usage).
"""

import argparse
import datetime
import hashlib
import json
import os
import sys
import zlib
from importlib.metadata import version

try:
    import base45
    import cbor2
    import cwt
    from pycose.algorithms import EdDSA
    from pycose.headers import KID, Algorithm
    from pycose.keys.curves import Ed25519
    from pycose.keys.okp import OKPKey
    from pycose.messages.sign1message import Sign1Message
except ImportError as e:  # pragma: no cover - environment problem, not a verification result
    sys.stderr.write(
        f"MISSING MODULE: {e}. Install the interop test dependencies with:\n"
        "    pip install cwt pycose cbor2 base45\n"
    )
    sys.exit(2)

PREFIX = "PHR1:"
DEFAULT_DICT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dict")
MAX_INFLATED_LEN = 32 * 1024
CLAIM_ISS, CLAIM_EXP, CLAIM_IAT, CLAIM_CTI, CLAIM_PHR = 1, 4, 6, 7, -65537
EPOCH = datetime.date(1970, 1, 1)


class Rejected(Exception):
    """The card is not acceptable."""


def published_dictionaries(directory: str) -> dict:
    """Adler-32 -> bytes of every `*.bin` file in `directory` (none if it does not exist)."""
    found = {}
    if os.path.isdir(directory):
        for name in sorted(os.listdir(directory)):
            if name.endswith(".bin"):
                with open(os.path.join(directory, name), "rb") as f:
                    data = f.read()
                found[zlib.adler32(data)] = data
    return found


def preset_dictionary(compressed: bytes, directory: str):
    """The zdict a zlib stream asks for (RFC 1950 FDICT), as (adler32, bytes), or None."""
    if len(compressed) < 2 or not compressed[1] & 0x20:
        return None
    if len(compressed) < 6:
        raise Rejected("the zlib header names a preset dictionary but is cut off")
    dict_id = int.from_bytes(compressed[2:6], "big")
    data = published_dictionaries(directory).get(dict_id)
    if data is None:
        raise Rejected(f"the card needs preset dictionary {dict_id:08x}, which is not published here")
    return dict_id, data


def unwrap_envelope(text: str, dict_dir: str = DEFAULT_DICT_DIR):
    """Returns (COSE bytes, Adler-32 of the preset dictionary used or None)."""
    # Safe to strip: a space is a base45 digit, but never the last one (its value would be
    # at least 36 x 45^2 > 65535, or 36 x 45 > 255 for a final single byte).
    text = text.strip()
    if not text.startswith(PREFIX):
        raise Rejected(f"the text does not start with {PREFIX!r}")
    try:
        compressed = base45.b45decode(text[len(PREFIX):])
    except Exception as e:  # base45 raises ValueError on a bad alphabet or length
        raise Rejected(f"not valid base45: {e}") from e
    preset = preset_dictionary(compressed, dict_dir)
    # wbits default: a zlib (RFC 1950) stream, not raw deflate/gzip. With zdict, zlib itself
    # checks that the stream's dictionary id is the Adler-32 of these bytes.
    d = zlib.decompressobj(zdict=preset[1]) if preset else zlib.decompressobj()
    try:
        cose = d.decompress(compressed, MAX_INFLATED_LEN + 1)
    except zlib.error as e:
        raise Rejected(f"not a valid zlib stream: {e}") from e
    if len(cose) > MAX_INFLATED_LEN:
        raise Rejected("inflates to more than 32 KiB")
    if not d.eof:
        raise Rejected("the zlib stream is truncated")
    if d.unused_data:
        raise Rejected(f"{len(d.unused_data)} bytes after the end of the zlib stream")
    return cose, (f"{preset[0]:08x}" if preset else None)


def kid_of(public_key: bytes) -> bytes:
    return hashlib.sha256(public_key).digest()[:8]


def verify_pycose(cose: bytes, public_key: bytes) -> bytes:
    """Returns the verified payload."""
    try:
        msg = Sign1Message.decode(cose)
    except Exception as e:
        raise Rejected(f"pycose cannot decode a tagged COSE_Sign1: {type(e).__name__}: {e}") from e
    # Only the protected bucket counts: an unprotected alg or kid is not covered by the signature.
    alg = msg.phdr.get(Algorithm)
    if alg is not EdDSA:
        raise Rejected(f"protected header alg is {alg!r}, expected EdDSA (-8)")
    kid = msg.phdr.get(KID)
    if kid != kid_of(public_key):
        raise Rejected(
            f"protected header kid is {kid.hex() if isinstance(kid, bytes) else repr(kid)}, "
            f"expected SHA-256(public key)[:8] = {kid_of(public_key).hex()}"
        )
    if msg.uhdr:
        raise Rejected(f"the unprotected header is not empty: {msg.uhdr!r}")
    if not isinstance(msg.payload, bytes):
        raise Rejected("the payload is detached or not a byte string")
    msg.key = OKPKey(crv=Ed25519, x=public_key)
    try:
        ok = msg.verify_signature()
    except Exception as e:
        raise Rejected(f"pycose could not verify: {type(e).__name__}: {e}") from e
    if not ok:
        raise Rejected("pycose: the Ed25519 signature does not verify")
    return msg.payload


def verify_cwt(cose: bytes, public_key: bytes):
    """Returns the claims as decoded by the cwt package.

    cwt accepts our private claim -65537: RFC 8392 §9.1 reserves integer claim keys below -65536
    for private use, cwt.decode returns every claim it does not know as-is (it only type-checks
    registered claims when *encoding*), and it accepts a COSE_Sign1 tagged 18 without the outer
    CWT tag 61 (RFC 8392 §6: the CWT tag is optional). Note that for COSE_Sign1 cwt selects the
    key by kid and verifies with the key's algorithm; it does not compare the alg header with the
    key, so the alg pin is checked with pycose above, not here.
    """
    key = cwt.COSEKey.new({1: 1, 2: kid_of(public_key), 3: -8, -1: 6, -2: public_key})
    try:
        claims = cwt.decode(cose, key)
    except Exception as e:
        raise Rejected(f"cwt rejected the card: {type(e).__name__}: {e}") from e
    if not isinstance(claims, dict):
        raise Rejected(f"cwt decoded the payload to {type(claims).__name__}, not a claims map")
    return claims


def iso_day(v):
    """A full date travels as days since 1970-01-01, a partial date as 'YYYY' or 'YYYY-MM'."""
    if isinstance(v, int) and not isinstance(v, bool):
        return (EPOCH + datetime.timedelta(days=v)).isoformat()
    if isinstance(v, str):
        return v
    raise Rejected(f"a date is {type(v).__name__}, expected days (int) or 'YYYY[-MM]' text")


def summarize(claims) -> dict:
    if not isinstance(claims, dict):
        raise Rejected("the payload is not a CBOR map")
    try:
        iss, iat, cti = claims[CLAIM_ISS], claims[CLAIM_IAT], claims[CLAIM_CTI]
        entry = claims[CLAIM_PHR]
        if not isinstance(entry, dict) or not isinstance(entry.get(11), dict):
            raise Rejected("the PHR entry (claim -65537) or its encounter (11) is not a map")
        record_id = entry[1]
        encounter = entry[11]
        encounter_date, country = encounter[0], encounter[1]
    except KeyError as e:
        raise Rejected(f"a required claim or entry field is missing: {e!r}") from e
    if not isinstance(iss, str):
        raise Rejected("iss is not text")
    if not isinstance(iat, int) or isinstance(iat, bool):
        raise Rejected("iat is not an integer")
    if not isinstance(cti, bytes) or not isinstance(record_id, bytes):
        raise Rejected("cti or record id is not a byte string")
    if entry.get(0) != 1:
        raise Rejected(f"PHR entry version is {entry.get(0)!r}, expected 1")
    out = {
        "iss": iss,
        "iat": iat,
        "exp": claims.get(CLAIM_EXP),
        "cti": cti.hex(),
        "record_id": record_id.hex(),
        "entry_version": entry[0],
        "encounter_date": iso_day(encounter_date),
        "encounter_country": country,
        "claim_keys": sorted(claims.keys()),
        "entry_keys": sorted(entry.keys()),
    }
    patient = entry.get(10, {})
    if isinstance(patient, dict) and 2 in patient:
        out["birth_date"] = iso_day(patient[2])
    imm = entry.get(16, {})
    out["doses"] = len(imm.get(1, [])) if isinstance(imm, dict) else 0
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("public_key", help="raw 32-byte Ed25519 public key, hex")
    ap.add_argument("text", nargs="?", help="PHR1 text (read from stdin when absent)")
    ap.add_argument(
        "--library",
        choices=["both", "pycose", "cwt"],
        default="both",
        help="which library must verify (default: both; pycose first)",
    )
    ap.add_argument(
        "--dict-dir",
        default=DEFAULT_DICT_DIR,
        help="directory of published preset dictionaries (default: the repository's dict/)",
    )
    args = ap.parse_args()
    try:
        public_key = bytes.fromhex(args.public_key)
    except ValueError:
        ap.error("the public key is not hex")
    if len(public_key) != 32:
        ap.error(f"the public key is {len(public_key)} bytes, not 32")
    text = args.text if args.text is not None else sys.stdin.read()

    try:
        cose, dictionary = unwrap_envelope(text, args.dict_dir)
        summary = {"kid": kid_of(public_key).hex(), "verified_by": [], "dictionary": dictionary}
        claims = None
        if args.library in ("both", "pycose"):
            payload = verify_pycose(cose, public_key)
            try:
                claims = cbor2.loads(payload)
            except Exception as e:
                raise Rejected(f"the payload is not CBOR: {e}") from e
            summary["verified_by"].append(f"pycose {version('pycose')}")
            # cbor2's canonical mode sorts map keys length-first (RFC 7049 §3.9); ephr sorts
            # bytewise (RFC 8949 §4.2.1). For ephr's keys (0..=23, 1, 4, 6, 7, -65537) the two
            # orders agree, so the payload must re-encode to exactly the signed bytes.
            summary["payload_canonical"] = cbor2.dumps(claims, canonical=True) == payload
        if args.library in ("both", "cwt"):
            cwt_claims = verify_cwt(cose, public_key)
            if claims is not None and cwt_claims != claims:
                raise Rejected("cwt and pycose/cbor2 decode different claims")
            claims = cwt_claims
            summary["verified_by"].append(f"cwt {version('cwt')}")
        summary.update(summarize(claims))
    except Rejected as e:
        sys.stderr.write(f"REJECTED: {e}\n")
        return 1
    json.dump(summary, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
