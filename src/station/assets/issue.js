// The assessment form of `ephr station --issue`. No build step, no framework.
//
// 1. SCHEMA: the sections and fields of a record, named by their JSON paths (the format of
//    `ephr template`). Presentation only: every rule is the library's, which answers each save
//    with the problems at their paths and the size of the card.
// 2. STATE: the draft is the record's JSON itself; every field reads and writes one path.
// 3. RENDER: sections, repeatable rows, code search.
// 4. SAVE: on every pause in typing the draft goes to the station, which keeps it in its
//    register and answers with the check; the problems are shown at their fields, all at once.
"use strict";

(function () {
  const dataEl = document.getElementById("draft-data");
  if (!dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  const record = data.record && typeof data.record === "object" ? data.record : {};
  const form = document.getElementById("record");
  const meter = document.getElementById("meter");
  const problemsEl = document.getElementById("problems");

  // ── 1. SCHEMA ──────────────────────────────────────────────────────────────
  // Every word is the catalogue's, in the operator's language (W, from the station); the English
  // given here only stands in if a key is missing. A field's format (YYYY-MM-DD, units, example
  // codes) is the same in every language.
  const W = data.words || {};
  const t = (key, en) => W[key] || en;
  // A catalogue message with its { $name } placeables filled in.
  const fill = (key, en, args) => t(key, en).replace(/\{ \$([a-z]+) \}/g, (m, n) => (n in args ? String(args[n]) : m));
  // The format after a label is an isolated run (U+2068…U+2069), so that on a right-to-left page
  // "(YYYY-MM-DD)" keeps its order next to the Arabic or Persian label.
  const w = (key, en, after) => t(key, en) + (after ? ` \u2068${after}\u2069` : "");
  // A label with a second part in words: "Name (own script): given name".
  const own = (part) => `${t("name", "Name")} (${t("form-own-script", "own script")}): ${part}`;
  const latin = (part) => `${t("name-latin", "Name in Latin letters")}: ${part}`;
  const given = t("form-given", "given name");
  const family = t("form-family", "family name");
  const note = t("form-note", "Note");
  const opt = (prefix, ...v) => Object.assign(v, { prefix });
  const sex = opt("sex", "", "female", "male", "other", "unknown");
  const SECTIONS = [
    { title: w("report-patient", "Person"), path: "patient", followUp: false, fields: [
      ["name.given", own(given)], ["name.family", own(family)],
      ["name_latin.given", latin(given)], ["name_latin.family", latin(family)],
      ["birth_date", w("birth-date", "Date of birth", "(YYYY, YYYY-MM, YYYY-MM-DD)")], ["birth_date_estimated", w("estimated", "estimated"), "check"],
      ["sex", w("sex", "Sex"), sex], ["nationality", w("nationality", "Nationality", "(SY, AF, ER…)"), "upper"],
      ["languages", w("languages", "Languages", "(ar, prs, ps, ti…)"), "list"],
    ] },
    { title: w("encounter", "Visit"), path: "encounter", fields: [
      ["date", w("encounter-date", "Date", "(YYYY-MM-DD)")], ["country", w("form-country", "Country", "(GR, IT…)"), "upper"], ["site", w("encounter-site", "Place")],
      ["kind", w("encounter-kind", "Type"), opt("kind", "initial_assessment", "follow_up", "vaccination", "emergency")],
      ["role", w("encounter-role", "Seen by"), opt("role", "physician", "nurse", "midwife", "psychologist", "paramedic", "other")],
      ["mediator", w("mediator", "A cultural mediator or interpreter was present."), "check"],
    ] },
    { title: w("sec-vital-signs", "Vital signs"), path: "vital_signs", fields: [
      ["height_cm", w("vital-height", "Height", "(cm)"), "number"], ["weight_kg", w("vital-weight", "Weight", "(kg)"), "number"],
      ["systolic_mmhg", w("vital-bp", "Blood pressure") + `: ${t("form-systolic", "systolic")} \u2068(mmHg)\u2069`, "int"],
      ["diastolic_mmhg", w("vital-bp", "Blood pressure") + `: ${t("form-diastolic", "diastolic")} \u2068(mmHg)\u2069`, "int"],
      ["heart_rate_bpm", w("vital-heart-rate", "Heart rate", "(/min)"), "int"], ["respiratory_rate_per_min", w("vital-respiratory-rate", "Breathing rate", "(/min)"), "int"],
      ["temperature_c", w("vital-temperature", "Temperature", "(°C)"), "number"], ["spo2_percent", w("vital-spo2", "Oxygen saturation", "(SpO₂, %)"), "int"],
    ] },
    { title: w("sec-problems", "Problems"), path: "problems", rows: true, marks: true, fields: [
      ["icd10", w("col-diagnosis", "Diagnosis"), { code: "diagnosis" }],
      ["status", w("col-status", "Status"), opt("problem", "active", "inactive", "resolved")],
      ["onset", w("form-onset", "Onset", "(YYYY…)")], ["provisional", w("provisional", "provisional"), "check"], ["note", note],
    ] },
    { title: w("sec-allergies", "Allergies"), path: "allergies", rows: true, fields: [
      ["substance", w("col-substance", "Substance")], ["atc", w("col-medicine", "Medicine", "(ATC)"), { code: "medicine" }],
      ["category", t("form-category", "Category"), opt("allergy", "", "medication", "food", "environment", "biologic")],
      ["criticality", t("form-criticality", "Criticality"), opt("criticality", "", "low", "high", "unable_to_assess")], ["reaction", w("col-reaction", "Reaction")],
    ] },
    { title: w("sec-medications", "Medicines"), path: "medications", rows: true, marks: true, fields: [
      ["atc", w("col-medicine", "Medicine"), { code: "medicine" }], ["dose", w("col-dosage", "Dose")],
      ["status", w("col-status", "Status"), opt("medication", "active", "completed", "stopped", "intended")], ["until", w("form-until", "Until", "(YYYY-MM-DD)")],
    ] },
    { title: w("sec-immunizations", "Vaccinations"), path: "immunizations.doses", rows: true, fields: [
      ["vaccine", w("col-vaccine", "Vaccine"), { code: "vaccine" }], ["source", w("col-source", "Source"), opt("source", "given_here", "documented", "reported")],
      ["date", `${w("col-date", "Date", "(YYYY-MM-DD)")}: ${t("form-not-given-here", "not for doses given here")}`], ["dose_number", w("col-dose", "Dose", "(1, 2…)"), "int"],
      ["country", w("form-country", "Country", "(SY, TR…)"), "upper"], ["lot", t("form-lot", "Lot")],
    ] },
    { title: w("sec-results", "Screening and test results"), path: "results", rows: true, marks: true, fields: [
      ["loinc", w("col-test", "Test"), { code: "test" }],
      ["result", w("col-result", "Result"), opt("result", "negative", "positive", "indeterminate", "not_done", "normal", "abnormal")],
      ["value", t("form-value", "Value"), "decimal"], ["unit", w("form-unit", "Unit", "(g/dL…)")],
      ["date", `${w("col-date", "Date", "(YYYY-MM-DD)")}: ${t("form-if-not-visit", "if not the visit's")}`], ["note", note],
    ] },
    { title: w("sec-pregnancy", "Pregnancy"), path: "pregnancy", optional: true, marks: true, fields: [
      ["status", w("pregnancy-status", "Status"), opt("pregnancy", "pregnant", "not_pregnant", "unknown")],
      ["expected_delivery", w("expected-delivery", "Expected delivery", "(YYYY-MM-DD)")], ["gestational_weeks", w("gestational-weeks", "Weeks of pregnancy"), "int"],
      ["gravida", w("gravida", "Pregnancies"), "int"], ["para", w("para", "Births"), "int"],
    ] },
    { title: w("sec-mental-health", "Mental health screening"), path: "mental_health", optional: true, marks: true, fields: [
      ["outcome", w("mh-outcome", "Outcome"), opt("mh", "no_concerns", "concerns", "declined", "not_done")],
      ["tool", w("mh-tool", "Screening tool", "(RHS-15…)")], ["referred", w("mh-referred", "Referred for support"), "check"], ["note", note],
    ] },
    { title: w("sec-referrals", "Referrals"), path: "referrals", rows: true, marks: true, fields: [
      ["to", w("col-to", "Referred to")], ["reason_icd10", w("col-diagnosis", "Diagnosis"), { code: "diagnosis" }],
      ["urgency", t("form-urgency", "Urgency"), opt("urgency", "routine", "soon", "urgent")], ["due", w("col-due", "Due", "(YYYY-MM-DD)")], ["note", note],
    ] },
    { title: w("sec-alerts", "Alerts"), path: "alerts", rows: true, marks: true, fields: [
      ["kind", w("col-alert", "Alert"), opt("alert", "severe_allergy", "infectious", "critical_medication", "high_risk_pregnancy", "urgent_follow_up", "other")],
      ["text", w("col-details", "Details")],
    ] },
    { title: t("form-consent", "Consent"), path: "consent", optional: true, fields: [
      ["confidential_card", t("form-consent-card", "The person agreed to carry a confidential card (HIV, hepatitis, mental health, pregnancy results print apart)"), "check"],
    ] },
  ];

  // ── 2. STATE ───────────────────────────────────────────────────────────────
  const parts = (path) => path.split(".").filter(Boolean);
  function get(obj, path) {
    return parts(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
  }
  function set(obj, path, value) {
    const ks = parts(path);
    let o = obj;
    ks.slice(0, -1).forEach((k) => {
      if (o[k] == null || typeof o[k] !== "object") o[k] = {};
      o = o[k];
    });
    const last = ks[ks.length - 1];
    if (value === undefined) delete o[last];
    else o[last] = value;
  }
  // Empty strings and empty objects are left out of what is saved: an optional field not filled
  // in is absent, not "".
  function pruned(v) {
    if (Array.isArray(v)) return v.map(pruned);
    if (v && typeof v === "object") {
      const out = {};
      Object.keys(v).forEach((k) => {
        const p = pruned(v[k]);
        const empty = p === "" || p === undefined || (p && typeof p === "object" && !Array.isArray(p) && Object.keys(p).length === 0);
        if (!empty) out[k] = p;
      });
      return out;
    }
    return v;
  }
  // JSON paths as the library writes them: problems[2].icd10.
  const jsonPath = (base, i, key) => (i == null ? `${base}.${key}` : `${base}[${i}].${key}`);

  // ── 3. RENDER ──────────────────────────────────────────────────────────────
  let uid = 0;
  function field(container, obj, base, index, f) {
    const [key, label, kind] = f;
    const path = jsonPath(base, index, key);
    const id = `f${++uid}`;
    const wrap = document.createElement("div");
    wrap.className = "field";
    wrap.dataset.path = path;
    const lab = document.createElement("label");
    lab.htmlFor = id;
    lab.textContent = label;
    lab.dir = "auto";
    let input;
    const value = get(obj, key);
    if (Array.isArray(kind)) {
      input = document.createElement("select");
      kind.forEach((o) => {
        const op = document.createElement("option");
        op.value = o;
        op.textContent = o === "" ? "—" : W[`${kind.prefix}-${o}`] || o.replace(/_/g, " ");
        input.appendChild(op);
      });
      input.value = value == null ? kind[0] : String(value);
      if (value == null && kind[0] !== "") set(obj, key, kind[0]);
      input.addEventListener("change", () => { set(obj, key, input.value || undefined); changed(); });
    } else if (kind === "check") {
      input = document.createElement("input");
      input.type = "checkbox";
      input.checked = value === true;
      input.addEventListener("change", () => { set(obj, key, input.checked ? true : undefined); changed(); });
      wrap.classList.add("check");
    } else {
      input = document.createElement("input");
      input.type = "text";
      input.value = value == null ? "" : kind === "list" ? value.join(", ") : String(value);
      if (kind === "number" || kind === "int" || kind === "decimal") input.inputMode = "decimal";
      input.addEventListener("input", () => {
        const t = input.value.trim();
        let v = t === "" ? undefined : t;
        if (v !== undefined && (kind === "number" || kind === "int")) {
          const n = Number(t.replace(",", "."));
          v = Number.isFinite(n) ? n : t;
        }
        if (v !== undefined && kind === "upper") v = t.toUpperCase();
        if (kind === "list") v = t === "" ? undefined : t.split(/[\s,;]+/).filter(Boolean);
        set(obj, key, v);
        changed();
      });
    }
    input.id = id;
    if (kind === "check") { wrap.appendChild(input); wrap.appendChild(lab); } else { wrap.appendChild(lab); wrap.appendChild(input); }
    // After the input: the code's name and the list of matches show under it.
    if (kind && kind.code) codeSearch(wrap, input, kind.code);
    const msg = document.createElement("p");
    // In the operator's language: the page's direction, even when it starts with a code.
    msg.className = "field-problem";
    msg.setAttribute("role", "alert");
    wrap.appendChild(msg);
    container.appendChild(wrap);
  }

  function markField(container, obj) {
    // The item's confidentiality: the library's default for its code, or the health worker's.
    const wrap = document.createElement("div");
    wrap.className = "field";
    const id = `f${++uid}`;
    const lab = document.createElement("label");
    lab.htmlFor = id;
    lab.textContent = t("form-confidential", "Confidential");
    const sel = document.createElement("select");
    sel.id = id;
    [["", t("form-by-default", "by default")], ["true", t("yes", "yes")], ["false", t("no", "no")]].forEach(([v, text]) => {
      const o = document.createElement("option");
      o.value = v;
      o.textContent = text;
      sel.appendChild(o);
    });
    sel.value = obj.confidential === true ? "true" : obj.confidential === false ? "false" : "";
    sel.addEventListener("change", () => {
      obj.confidential = sel.value === "" ? undefined : sel.value === "true";
      changed();
    });
    wrap.appendChild(lab);
    wrap.appendChild(sel);
    container.appendChild(wrap);
  }

  function codeSearch(wrap, input, kind) {
    const list = document.createElement("ul");
    list.className = "code-hits";
    list.hidden = true;
    const name = document.createElement("p");
    name.className = "code-name";
    let timer = null;
    let seq = 0;
    async function look(q, pickExact) {
      const mine = ++seq;
      const r = await fetch(`/issue/codes?kind=${kind}&q=${encodeURIComponent(q)}`, { headers: { "X-Station": "fetch" } });
      if (!r.ok || mine !== seq) return;
      const hits = await r.json();
      if (pickExact) {
        const h = hits.find((x) => x.code === q);
        name.textContent = h ? h.name : "";
        return;
      }
      list.replaceChildren(...hits.map((h) => {
        const li = document.createElement("li");
        const b = document.createElement("button");
        b.type = "button";
        b.className = "code-hit";
        b.dataset.code = h.code;
        b.textContent = `${h.code} · ${h.name}`;
        b.addEventListener("click", () => {
          input.value = h.code;
          input.dispatchEvent(new Event("input"));
          name.textContent = h.name;
          list.hidden = true;
        });
        li.appendChild(b);
        return li;
      }));
      list.hidden = hits.length === 0;
    }
    input.autocomplete = "off";
    input.setAttribute("placeholder", t("form-code-placeholder", "type words or a code"));
    input.addEventListener("input", () => {
      clearTimeout(timer);
      name.textContent = "";
      timer = setTimeout(() => look(input.value.trim(), false), 120);
    });
    input.addEventListener("focus", () => { if (!input.value) look("", false); });
    input.addEventListener("keydown", (e) => { if (e.key === "Escape") list.hidden = true; });
    if (input.value) look(input.value.trim(), true);
    wrap.appendChild(name);
    wrap.appendChild(list);
  }

  function section(s) {
    if (data.follow_up && s.followUp === false) return;
    const sec = document.createElement("fieldset");
    sec.className = "section";
    const legend = document.createElement("legend");
    legend.textContent = s.title;
    sec.appendChild(legend);
    if (s.rows) {
      let rows = get(record, s.path);
      if (!Array.isArray(rows)) { rows = []; set(record, s.path, rows); }
      rows.forEach((row, i) => {
        const box = document.createElement("div");
        box.className = "row";
        box.dataset.path = `${s.path}[${i}]`;
        s.fields.forEach((f) => field(box, row, s.path, i, f));
        if (s.marks) markField(box, row);
        const rm = document.createElement("button");
        rm.type = "button";
        rm.className = "secondary remove";
        rm.textContent = t("form-remove", "Remove");
        rm.addEventListener("click", () => { rows.splice(i, 1); render(); changed(); });
        box.appendChild(rm);
        const msg = document.createElement("p");
        msg.className = "field-problem";
        box.appendChild(msg);
        sec.appendChild(box);
      });
      const add = document.createElement("button");
      add.type = "button";
      add.className = "add";
      add.dataset.section = s.path;
      add.textContent = `+ ${s.title}`;
      add.addEventListener("click", () => { rows.push({}); render(); changed(); focusLast(s.path); });
      sec.appendChild(add);
    } else if (s.optional && get(record, s.path) == null) {
      const add = document.createElement("button");
      add.type = "button";
      add.className = "add";
      add.dataset.section = s.path;
      add.textContent = `+ ${s.title}`;
      add.addEventListener("click", () => { set(record, s.path, {}); render(); changed(); });
      sec.appendChild(add);
    } else {
      let obj = get(record, s.path);
      if (obj == null) { obj = {}; set(record, s.path, obj); }
      const box = document.createElement("div");
      box.className = "group";
      box.dataset.path = s.path;
      s.fields.forEach((f) => field(box, obj, s.path, null, f));
      if (s.marks) markField(box, obj);
      if (s.optional) {
        const rm = document.createElement("button");
        rm.type = "button";
        rm.className = "secondary remove";
        rm.textContent = t("form-remove", "Remove");
        rm.addEventListener("click", () => { set(record, s.path, undefined); render(); changed(); });
        box.appendChild(rm);
      }
      sec.appendChild(box);
    }
    form.appendChild(sec);
  }

  function focusLast(path) {
    const rows = form.querySelectorAll(`.row[data-path^="${path}["]`);
    const last = rows[rows.length - 1];
    const i = last && last.querySelector("input, select");
    if (i) i.focus();
  }

  function render() {
    form.replaceChildren();
    SECTIONS.forEach(section);
    show(lastCheck);
  }

  // ── 4. SAVE ────────────────────────────────────────────────────────────────
  let lastCheck = data.check;
  let timer = null;
  let saving = Promise.resolve();
  function changed() {
    meter.textContent = t("form-saving", "Saving…");
    meter.dataset.state = "saving";
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  }
  function save() {
    timer = null;
    const body = JSON.stringify(pruned(record));
    saving = saving.then(async () => {
      try {
        const r = await fetch(`/issue/draft/${data.id}/save`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Station": "fetch" },
          body,
        });
        if (r.status === 401) { meter.textContent = t("form-signed-out", "Signed out: sign in again; the draft is saved up to the last change."); return; }
        if (!r.ok) { meter.textContent = fill("form-not-saved", "Not saved: { $reason }", { reason: await r.text() }); return; }
        const check = await r.json();
        // A newer change is waiting to be saved: this answer is about an older draft, and the
        // meter keeps saying "Saving…" until the newer one is checked.
        if (timer) return;
        show(check);
      } catch (e) {
        meter.textContent = t("form-unreachable", "Not saved: the station cannot be reached. Keep this page open and try again.");
      }
    });
    return saving;
  }

  function show(check) {
    lastCheck = check;
    form.querySelectorAll(".field-problem").forEach((p) => { p.textContent = ""; });
    form.querySelectorAll(".has-problem").forEach((p) => p.classList.remove("has-problem"));
    const general = [];
    (check.problems || []).forEach((p) => {
      // The field itself, else the row or section it is in, else the list below the form.
      let el = form.querySelector(`[data-path="${CSS.escape(p.path)}"]`);
      let path = p.path;
      while (!el && /[.[]/.test(path)) {
        path = path.replace(/(\[\d+\]|\.[^.[]+)$/, "");
        el = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
      }
      const msg = el && el.querySelector(":scope > .field-problem");
      if (msg) {
        msg.textContent = msg.textContent ? `${msg.textContent} ${p.message}` : p.message;
        el.classList.add("has-problem");
      } else {
        general.push(`${p.path}: ${p.message}`);
      }
    });
    problemsEl.replaceChildren(...general.map((t) => {
      const p = document.createElement("p");
      p.className = "notice bad";
      p.textContent = t;
      return p;
    }));
    const n = (check.problems || []).length;
    const cards = check.cards || [];
    // data-state says the same as the words, for tests in any language: problems, fits, split.
    if (n > 0) {
      meter.textContent = fill("form-problems", "Saved. { $n } problem(s) to fix before signing.", { n });
      meter.className = "meter bad";
      meter.dataset.state = "problems";
    } else {
      const size = (c) => fill("form-size", "{ $chars } characters, QR version { $version } at level Q", c);
      const sizes = cards.map(size).join("; ");
      const conf = check.confidential
        ? ` ${fill("form-confidential-size", "Confidential card: { $chars } characters, version { $version }.", check.confidential)}` : "";
      const nHeld = (check.withheld || []).length;
      const held = nHeld
        ? ` ${fill("form-withheld", "{ $n } confidential item(s) go on no card (no consent to a confidential card).", { n: nHeld })}` : "";
      meter.textContent = (cards.length > 1
        ? fill("form-split", "Saved. Too large for one code: it will be split into { $n } signed cards ({ $sizes }).", { n: cards.length, sizes })
        : fill("form-fits", "Saved. Fits one code: { $sizes }.", { sizes })) + conf + held;
      meter.className = "meter good";
      meter.dataset.state = cards.length > 1 ? "split" : "fits";
    }
    const sign = document.getElementById("sign");
    if (sign) sign.disabled = n > 0;
  }

  document.getElementById("sign-form").addEventListener("submit", async (e) => {
    // The last keystrokes are saved before the station signs.
    if (timer) {
      e.preventDefault();
      clearTimeout(timer);
      await save();
      if (!(lastCheck.problems || []).length) e.target.submit();
    }
  });
  document.getElementById("discard-form").addEventListener("submit", (e) => {
    if (!window.confirm(t("station-issue-discard-confirm", "Discard this draft? It cannot be brought back."))) e.preventDefault();
  });

  render();
})();
