#!/usr/bin/env python3
"""Validates FHIR bundles with an implementation that shares no code with ephr.

Usage: fhir_validate.py BUNDLE.json...

Each file is parsed with the R4B models of the `fhir.resources` package (pydantic): unknown
elements, wrong types, malformed primitives (dates, decimals, ids, uris) and missing required
elements are errors. The package does not check code bindings, so the script checks the
required bindings of the elements ephr writes against the FHIR R4 value sets, listed below from
the specification, not from ephr.

Prints one JSON object per file: {"file", "ok", "errors", "resources"}. Exit status 0 when
every file is valid, 1 otherwise, 2 on usage errors or a missing package.
"""
import json
import sys

try:
    from fhir.resources.R4B.bundle import Bundle
except ImportError as e:  # pragma: no cover - reported to the Rust test
    print(f"cannot import fhir.resources.R4B: {e}", file=sys.stderr)
    sys.exit(2)

# Required bindings (FHIR R4), element -> allowed codes.
REQUIRED = {
    ("Patient", "gender"): {"male", "female", "other", "unknown"},
    ("Composition", "status"): {"preliminary", "final", "amended", "entered-in-error"},
    ("Composition", "confidentiality"): {"U", "L", "M", "N", "R", "V"},
    ("Condition", "clinicalStatus"): {"active", "recurrence", "relapse", "inactive", "remission", "resolved"},
    ("Condition", "verificationStatus"): {"unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"},
    ("AllergyIntolerance", "clinicalStatus"): {"active", "inactive", "resolved"},
    ("AllergyIntolerance", "criticality"): {"low", "high", "unable-to-assess"},
    ("AllergyIntolerance", "category"): {"food", "medication", "environment", "biologic"},
    ("MedicationStatement", "status"): {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"},
    ("Immunization", "status"): {"completed", "entered-in-error", "not-done"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
    ("ServiceRequest", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("ServiceRequest", "intent"): {"proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    ("ServiceRequest", "priority"): {"routine", "urgent", "asap", "stat"},
    ("Flag", "status"): {"active", "inactive", "entered-in-error"},
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"},
    ("DetectedIssue", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
    ("DetectedIssue", "severity"): {"high", "moderate", "low"},
    ("Provenance", "entity.role"): {"derivation", "revision", "quotation", "source", "removal"},
    ("Narrative", "status"): {"generated", "extensions", "additional", "empty"},
}


def codes_of(value):
    """Codes of a code, a list of codes, or a CodeableConcept."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [c for v in value for c in codes_of(v)]
    if isinstance(value, dict):
        return [c.get("code") for c in value.get("coding", [])]
    return []


def check_bindings(resource, errors):
    rtype = resource.get("resourceType")
    for (t, element), allowed in REQUIRED.items():
        if t == "Narrative":
            if "text" in resource and resource["text"].get("status") not in allowed:
                errors.append(f"{rtype}.text.status not in the value set")
            continue
        if t != rtype:
            continue
        if element == "entity.role":
            values = [e.get("role") for e in resource.get("entity", [])]
        else:
            values = codes_of(resource.get(element)) if element in resource else []
        for v in values:
            if v not in allowed:
                errors.append(f"{rtype}.{element}: {v!r} is not in the required value set")


# The codes of the HL7 v3-Confidentiality code system (meta.security labels of that system).
V3_CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
CONFIDENTIALITY_CODES = {"U", "L", "M", "N", "R", "V"}


def check_security(resource, errors):
    rtype = resource.get("resourceType")
    for s in resource.get("meta", {}).get("security", []):
        if s.get("system") == V3_CONFIDENTIALITY and s.get("code") not in CONFIDENTIALITY_CODES:
            errors.append(f"{rtype}.meta.security: {s.get('code')!r} is not a v3-Confidentiality code")


def validate(path):
    errors = []
    counts = {}
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        Bundle.model_validate_json(text)
        doc = json.loads(text)
        check_security(doc, errors)
        for e in doc.get("entry", []):
            r = e.get("resource", {})
            counts[r.get("resourceType")] = counts.get(r.get("resourceType"), 0) + 1
            check_bindings(r, errors)
            check_security(r, errors)
    except Exception as e:  # the pydantic error lists every problem
        errors.append(str(e))
    return {"file": path, "ok": not errors, "errors": errors, "resources": counts}


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    results = [validate(p) for p in sys.argv[1:]]
    for r in results:
        print(json.dumps(r, sort_keys=True))
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
