// ephr station: the page's only script. Everything works without it (forms post and the page
// reloads); it adds what a clinic needs on top, each part for one reason:
//  1. Forms are sent in the background, so the camera keeps running and the scanner input keeps
//     its focus between cards (the results part is replaced; nothing else changes).
//  2. Enter in the scanner input sends it: keyboard-wedge scanners end each code with Enter.
//     Keys typed while nothing is focused go to that input, so a scan never needs a click.
//  3. The camera: the browser's BarcodeDetector reads codes where it exists; elsewhere a grey
//     copy of a frame goes to the station, whose scanner reads it (ephr::qr::scan_frame).
//     Nothing of the video is kept: each frame is overwritten by the next.
//  4. The language menu applies on change.
//  5. While the page is used it tells the station so (once a minute at most). After the
//     station's idle time without a key, a click or a code found, the page ends its
//     session ("Next person") and reloads empty, so that an unattended screen stops showing the
//     last person's record (the station drops idle sessions on its side too).
"use strict";
(function () {
  const results = document.getElementById("results");
  const scan = document.getElementById("scan");
  const scanForm = document.getElementById("scan-form");

  // On a phone the results are below the inputs: after a form, bring the verdict into view
  // (not after a camera read: the next page goes to the camera).
  function show(html, scroll) {
    results.innerHTML = html;
    if (scroll && window.innerWidth < 900) results.scrollIntoView({ block: "start" });
  }

  // 5. Idle clearing.
  const idle = Number(document.body.dataset.idle || 0) * 1000;
  let lastUse = Date.now();
  let lastPing = Date.now();
  // The station counts requests as use: while the clinician reads or types, the page tells it
  // once a minute at most, so that the session does not expire under them.
  const used = () => {
    lastUse = Date.now();
    if (lastUse - lastPing > 60000) {
      lastPing = lastUse;
      fetch("/alive", { method: "POST", credentials: "same-origin" }).catch(() => {});
    }
  };
  ["keydown", "pointerdown", "input", "change"].forEach((e) =>
    document.addEventListener(e, used, { capture: true, passive: true }));
  if (idle > 0) {
    setInterval(() => {
      if (Date.now() - lastUse > idle) {
        // Ends the session even if camera frames kept it alive, then shows the empty page.
        fetch("/next", { method: "POST", credentials: "same-origin" })
          .finally(() => location.replace("/"));
      }
    }, 5000);
  }

  // 1. Forms in the background.
  async function send(form) {
    const body = form.enctype === "multipart/form-data"
      ? new FormData(form)
      : new URLSearchParams(new FormData(form));
    const r = await fetch(form.action, {
      method: "POST", body, headers: { "X-Station": "fetch" }, credentials: "same-origin",
    });
    if (r.status === 401) { location.href = "/signin"; return; }
    if (!r.ok) {
      // A refusal from the server itself (too large, refused, busy): said in place of the
      // results, as plain text.
      const p = document.createElement("p");
      p.className = "notice bad";
      p.setAttribute("role", "alert");
      p.textContent = r.status + ": " + (await r.text()).slice(0, 300);
      results.replaceChildren(p);
      return;
    }
    show(await r.text(), true);
    form.reset();
    if (scan) scan.focus();
  }
  document.querySelectorAll("form[data-async]").forEach((form) => {
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      send(form).catch(() => form.submit());
    });
  });

  // 2. The scanner input.
  if (scan && scanForm) {
    scan.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        if (scan.value.trim() !== "") scanForm.requestSubmit();
      }
    });
    // Only when nothing has the focus: Space and Enter on a button or a link keep their
    // meaning for keyboard users.
    document.addEventListener("keydown", (e) => {
      const t = e.target;
      const nothing = t === document.body || t === document.documentElement || t === null;
      if (nothing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.length === 1) {
        scan.focus();
      }
    });
  }

  // 4. The language menu.
  const langChoice = document.getElementById("lang-choice");
  if (langChoice) langChoice.addEventListener("change", () => langChoice.form.submit());

  // 3. The camera.
  const section = document.getElementById("camera");
  const video = document.getElementById("video");
  const toggle = document.getElementById("camera-toggle");
  const choice = document.getElementById("camera-choice");
  const status = document.getElementById("camera-status");
  if (!section || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    if (status) status.textContent = status.dataset.none;
    return;
  }
  section.hidden = false;
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  let stream = null;
  let timer = null;
  let busy = false;
  let detector = null;
  let lastText = "";
  if ("BarcodeDetector" in window) {
    BarcodeDetector.getSupportedFormats().then((f) => {
      if (f.includes("qr_code")) detector = new BarcodeDetector({ formats: ["qr_code"] });
    }).catch(() => {});
  }

  async function listCameras() {
    const devices = await navigator.mediaDevices.enumerateDevices();
    const cams = devices.filter((d) => d.kind === "videoinput");
    const chosen = choice.value;
    choice.innerHTML = "";
    cams.forEach((d, i) => {
      const o = document.createElement("option");
      o.value = d.deviceId;
      o.textContent = d.label || (section.querySelector("h2").textContent + " " + (i + 1));
      choice.appendChild(o);
    });
    if (chosen) choice.value = chosen;
  }

  function found(ok) {
    if (ok) used();
    const viewer = video.parentElement;
    viewer.classList.toggle("found", ok);
    status.textContent = ok ? status.dataset.found : status.dataset.looking;
  }

  async function tick() {
    if (!stream || busy || video.readyState < 2) return;
    busy = true;
    try {
      if (detector) {
        const codes = await detector.detect(video);
        const text = codes.map((c) => c.rawValue).find((t) => t.startsWith("PHR1:"));
        if (text && text !== lastText) {
          lastText = text;
          found(true);
          const r = await fetch("/add", {
            method: "POST", body: new URLSearchParams({ text }),
            headers: { "X-Station": "fetch" }, credentials: "same-origin",
          });
          show(await r.text());
        } else if (!text) {
          found(false);
        }
      } else {
        // Frames are read at up to 1280 pixels on the longer side (portrait or landscape):
        // enough for a booklet's code held up to the camera, and a quarter of the work of
        // full HD.
        const scale = Math.min(1, 1280 / Math.max(video.videoWidth, video.videoHeight));
        const w = Math.round(video.videoWidth * scale);
        const h = Math.round(video.videoHeight * scale);
        canvas.width = w; canvas.height = h;
        ctx.drawImage(video, 0, 0, w, h);
        const rgba = ctx.getImageData(0, 0, w, h).data;
        const grey = new Uint8Array(w * h);
        for (let i = 0, j = 0; j < grey.length; i += 4, j++) {
          grey[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
        }
        const r = await fetch("/frame", {
          method: "POST", body: grey, credentials: "same-origin",
          headers: { "X-Width": String(w), "X-Height": String(h), "X-Station": "fetch",
                     "Content-Type": "application/octet-stream" },
        });
        if (r.status === 200) {
          found(true);
          show(await r.text());
        } else {
          found(false);
        }
      }
    } catch (e) {
      // A frame that fails is followed by the next one.
    } finally {
      busy = false;
    }
  }

  async function start() {
    const wanted = choice.value
      ? { deviceId: { exact: choice.value } }
      : { facingMode: "environment" };
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: Object.assign({ width: { ideal: 1280 }, height: { ideal: 720 } }, wanted),
        audio: false,
      });
    } catch (e) {
      status.textContent = status.dataset.none;
      return;
    }
    video.srcObject = stream;
    video.parentElement.hidden = false;
    await video.play().catch(() => {});
    await listCameras();
    toggle.textContent = toggle.dataset.stop;
    status.textContent = status.dataset.looking;
    timer = setInterval(tick, 150);
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    if (stream) stream.getTracks().forEach((t) => t.stop());
    stream = null;
    video.srcObject = null;
    video.parentElement.hidden = true;
    toggle.textContent = toggle.dataset.start;
    status.textContent = "";
    found(false);
  }

  toggle.addEventListener("click", () => (stream ? stop() : start()));
  choice.addEventListener("change", () => { if (stream) { stop(); start(); } });
  listCameras().catch(() => {});
  window.addEventListener("pagehide", stop);
})();
