#!/usr/bin/env python3
"""Real-browser tests of `ephr station`: Chromium, driven by Selenium, uses the clinic page the
way a clinician does (camera, USB scanner, upload, paste, "Next person", languages, trust list
updates, the phone's TLS sign-in) against a station started for each scenario.

    browser.py EPHR REPO [--screenshots DIR] [--only NAME,...] [--lang CODE]

EPHR is the ephr binary, REPO the repository root (fixtures, keys and catalogues are read from
it). Every scenario starts its own station on 127.0.0.1:0 and its own browser with a fresh
profile, and stops both at its end. The program stops at the first failure, printing what was
expected and what the page showed, and exits with status 1 (2 when it cannot run at all).

The cards are the journey fixture's (fixtures/journey: three entries of one person). Most
scenarios check them against a trust list made here, of the same three authorities, signed by
an anchor key made here: with the fixture's own list, signed by the DEMO anchor, the station
can only say "VALID, WITH WARNINGS" (the `demo` scenario checks that).

--screenshots DIR saves PNG screenshots of every screen, in English, Arabic and French, at
1366x768 and 360x740 (full page height): DIR/station-<screen>-<lang>-<width>.png.

Nothing here uses the network: the browser and driver are Debian's /usr/bin/chromium and
/usr/bin/chromedriver (CHROMIUM and CHROMEDRIVER override them), Selenium Manager is never run,
and Chromium's name resolution is turned off except for the loopback address.

Needs Python 3.10+, selenium and Pillow (.ci/requirements.txt; scripts/test installs them into
.venv) and pdftoppm (poppler-utils).
"""

import argparse
import base64
import hashlib
import html
import json
import math
import os
import random
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

# Before selenium is imported: no usage statistics, no downloads, no proxy for the loopback.
os.environ["SE_AVOID_STATS"] = "true"
os.environ["SE_OFFLINE"] = "true"
for _var in ("no_proxy", "NO_PROXY"):
    os.environ[_var] = ",".join(
        x for x in [os.environ.get(_var, ""), "127.0.0.1", "localhost"] if x
    )

try:
    from PIL import Image, ImageFilter
    from selenium import webdriver
    from selenium.common.exceptions import (
        StaleElementReferenceException,
        TimeoutException,
        WebDriverException,
    )
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError as e:  # pragma: no cover - reported to the Rust test as status 2
    print(
        f"browser.py: a Python module is missing ({e}). Install them with scripts/test, or "
        f"{sys.executable} -m pip install -r .ci/requirements.txt",
        file=sys.stderr,
    )
    sys.exit(2)

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
# The journey fixture's cards are valid at this time; 2040 is past its trust list's next update.
AT = "2027-03-01"
STALE_AT = "2040-01-01"
WAIT = 20  # seconds for anything but the camera
CAMERA_WAIT = 60
COOKIE = "ephr_station"
COOKIE_TLS = "__Host-ephr_station"  # under TLS
WATCHDOG = 20 * 60  # the whole run, screenshots included
SCREEN_SIZES = ((1366, 768), (360, 740))
SHOT_LANGS = ("en", "ar", "fr")
# Whether a page wider than a 360 px phone fails the run. It does not yet: the language menu
# of the station's header sticks out in English and French (reported; the CSS is not this
# test's to change); each case is printed as LAYOUT: and listed at the end.
LAYOUT_FAILS = True


class Failure(Exception):
    """A scenario's expectation that the page did not meet."""


# ── Processes this program started, stopped on every way out ─────────────────────────────────
_children: list[subprocess.Popen] = []
_drivers: list = []


def _stop_all() -> None:
    for d in list(_drivers):
        try:
            d.quit()
        except Exception:
            pass
    for p in list(_children):
        if p.poll() is None:
            try:
                p.kill()
                p.wait(5)
            except Exception:
                pass


def _on_signal(signum, _frame):
    raise KeyboardInterrupt(f"signal {signum}")


_tmp: list[Path] = []


def _watchdog() -> None:
    print(f"browser.py: FAIL: the run took longer than {WATCHDOG} s; stopping", flush=True)
    _stop_all()
    for t in _tmp:
        shutil.rmtree(t, ignore_errors=True)
    os._exit(1)


# ── The fixtures ───────────────────────────────────────────────────────────────────────────────
class Ctx:
    """Paths, catalogues and files made once for all scenarios."""

    def __init__(self, ephr: Path, repo: Path, tmp: Path, shots: Path | None):
        self.ephr = ephr
        self.repo = repo
        self.tmp = tmp
        self.shots = shots
        self.journey = repo / "fixtures/journey"
        self.trust = self.journey / "trust-list.cose"
        self.anchor = repo / "keys/demo-anchor.pub.pem"
        self.cards = {
            n: (self.journey / f"{n}.txt").read_text().strip() for n in ("1-gr", "2-rs", "3-it")
        }
        self._ftl: dict[str, dict[str, str]] = {}
        self._made: dict[str, Path] = {}
        self.timings: list[tuple[str, float]] = []
        self.camera_seconds: float | None = None
        self.shots_taken: list[Path] = []
        self.layout_notes: list[str] = []

    def fixed_trust(self, list_path: Path | None = None) -> list[str]:
        """`--trust LIST --anchor` the test anchor (the clinic list by default)."""
        return ["--trust", str(list_path or self.clinic_list()), "--anchor", str(self.test_anchor())]

    def demo_trust(self) -> list[str]:
        """The journey fixture's own list, signed by the DEMO anchor."""
        return ["--trust", str(self.trust), "--anchor", str(self.anchor)]

    def run_ephr(self, *args: str, env: dict | None = None) -> str:
        r = subprocess.run(
            [str(self.ephr), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        if r.returncode != 0:
            raise Failure(f"`ephr {' '.join(args)}` failed ({r.returncode}):\n{r.stderr}")
        return r.stdout

    # Catalogue words, as the station shows them (plain Fluent messages, `{ $name }` filled in).
    def t(self, lang: str, key: str) -> str:
        if lang not in self._ftl:
            msgs: dict[str, str] = {}
            current = None
            for raw in (self.repo / "locales" / f"{lang}.ftl").read_text().splitlines():
                if raw.startswith(" ") and current:
                    if raw.strip():
                        msgs[current] = (msgs[current] + "\n" + raw.strip()).lstrip("\n")
                    continue
                m = re.match(r"^([A-Za-z][\w-]*)\s*=\s?(.*)$", raw)
                current = m[1] if m else None
                if m:
                    msgs[m[1]] = m[2].strip()
            self._ftl[lang] = msgs
        msgs = self._ftl[lang]
        if key in msgs:
            return msgs[key]
        if lang != "en":
            return self.t("en", key)
        raise Failure(f"locales/en.ftl has no message {key}")

    def fmt(self, lang: str, key: str, **args: str) -> str:
        s = self.t(lang, key)
        for k, v in args.items():
            s = s.replace("{ $" + k + " }", v)
        return s

    def pattern(self, lang: str, key: str, **args: str) -> re.Pattern:
        """The message as a regular expression: given placeables filled in, others any text."""
        parts = re.split(r"(\{ \$[\w-]+ \})", self.t(lang, key))
        out = []
        for p in parts:
            m = re.fullmatch(r"\{ \$([\w-]+) \}", p)
            if m:
                out.append(re.escape(args[m[1]]) if m[1] in args else r"(.+?)")
            else:
                out.append(re.escape(p))
        return re.compile("".join(out), re.S)

    # ── Files made once ──
    def made(self, name: str, make) -> Path:
        if name not in self._made:
            self._made[name] = make()
        return self._made[name]

    def booklet_pdf(self) -> Path:
        def make():
            out = self.tmp / "journey-booklet.pdf"
            self.run_ephr(
                "booklet", str(self.journey / "journey.phr"), *self.demo_trust(), "--at", AT,
                "--out", str(out),
            )
            return out

        return self.made("booklet", make)

    def booklet_pages(self) -> list[Path]:
        def make():
            d = self.tmp / "pages"
            d.mkdir()
            rasterise(self.booklet_pdf(), d / "page", 150)
            return d

        return sorted(self.made("pages", make).glob("page-*.png"))

    def wallet_png(self) -> Path:
        """The wallet card's face with the first entry's QR code, rasterised at 300 dpi."""

        def make():
            pdf = self.tmp / "wallet.pdf"
            self.run_ephr(
                "booklet", str(self.journey / "journey.phr"), *self.demo_trust(), "--at", AT,
                "--layout", "card", "--out", str(pdf),
            )
            d = self.tmp / "wallet"
            d.mkdir()
            rasterise(pdf, d / "face", 300)
            for face in sorted(d.glob("face-*.png")):
                r = subprocess.run([str(self.ephr), "scan", str(face)], capture_output=True,
                                   text=True, timeout=120)
                if r.stdout.strip() == self.cards["1-gr"]:
                    return face
            raise Failure("no face of the wallet card holds the first entry's code")

        return self.made("wallet", make)

    def video(self) -> Path:
        return self.made("video", lambda: make_video(self.booklet_pages(), self.tmp / "booklet.y4m"))

    def test_anchor(self) -> Path:
        return self.clinic_list().parent / "TEST-ANCHOR.pub.pem"

    def clinic_list(self) -> Path:
        """A trust list of the journey's three authorities signed by an anchor made here (not
        the DEMO anchor, whose cards the station can only call valid with warnings)."""

        def make():
            d = self.tmp / "anchor"
            self.run_ephr("keygen", "--authority", "TEST-ANCHOR", "--out-dir", str(d))
            out = d / "clinic-list.cose"
            key = str(d / "TEST-ANCHOR.key.pem")
            self.run_ephr("trust", "init", "--anchor-key", key, "--out", str(out),
                          "--list-time", "2026-09-01", "--valid-days", "3650")
            shown = self.run_ephr("trust", "show", str(self.trust), "--anchor", str(self.anchor))
            for m in re.finditer(r"^(\S+)  (.+) \(([A-Z]{2})\)$", shown, re.M):
                self.run_ephr(
                    "trust", "add", "--list", str(out), "--anchor-key", key,
                    "--authority", m[1], "--name", m[2], "--country", m[3],
                    "--public-key", str(self.journey / "keys" / f"{m[1]}.pub.pem"),
                    "--valid-from", "2026-09-01", "--list-time", "2026-09-01",
                    "--valid-days", "3650",
                )
            return out

        return self.made("clinic-list", make)

    def list_version(self, list_path: Path) -> int:
        shown = self.run_ephr("trust", "show", str(list_path), "--anchor", str(self.test_anchor()))
        m = re.search(r"Trust list version (\d+) ", shown)
        if not m:
            raise Failure(f"`ephr trust show {list_path}` names no version:\n{shown}")
        return int(m[1])

    def newer_list(self, edits: int) -> Path:
        """A copy of the clinic list re-signed `edits` more times (each `trust set-validity`
        raises the version by one), issued before AT."""

        def make():
            out = self.tmp / f"clinic-list-plus-{edits}.cose"
            shutil.copy(self.clinic_list(), out)
            for i in range(edits):
                self.run_ephr(
                    "trust", "set-validity", "--list", str(out), "--anchor-key",
                    str(self.anchor_key_path()), "--kid", self.kid("GR-EODY-LESVOS"),
                    "--valid-from", "2026-09-01", "--list-time", f"2027-01-{10 + i:02}",
                    "--valid-days", "3650",
                )
            return out

        return self.made(f"newer-{edits}", make)

    def anchor_key_path(self) -> Path:
        return self.clinic_list().parent / "TEST-ANCHOR.key.pem"

    def kid(self, authority: str) -> str:
        shown = self.run_ephr("trust", "show", str(self.clinic_list()), "--anchor",
                              str(self.test_anchor()))
        m = re.search(rf"^{re.escape(authority)} .*\n  key ([0-9a-f]{{16}})", shown, re.M)
        if not m:
            raise Failure(f"no key of {authority} in the clinic list:\n{shown}")
        return m[1]

    def revoked_list(self) -> Path:
        """The clinic list with the Serbian card (2-rs) revoked."""

        def make():
            out = self.tmp / "revoked.cose"
            shutil.copy(self.clinic_list(), out)
            self.run_ephr(
                "trust", "revoke-card", "--list", str(out), "--anchor-key",
                str(self.anchor_key_path()), "--card", str(self.journey / "2-rs.txt"),
                "--list-time", "2027-02-01", "--valid-days", "3650",
            )
            return out

        return self.made("revoked", make)


def rasterise(pdf: Path, prefix: Path, dpi: int) -> None:
    if not shutil.which("pdftoppm"):
        raise Failure("pdftoppm is missing: apt-get install poppler-utils (scripts/test does)")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=120
    )


# ── The camera's video: photos of booklet pages held up in front of it ────────────────────────
VIDEO_W, VIDEO_H, FPS, FRAMES_PER_PAGE = 1280, 720, 8, 6


def make_video(pages: list[Path], out: Path) -> Path:
    """A Y4M file (what Chromium's fake camera plays, in a loop): each booklet page held up in
    turn, at a slight angle and closer than its whole height (the code fills a third of the
    frame's width), with a little hand shake from frame to frame, on a dark desk, slightly out
    of focus. A page with a QR code is held with its code near the middle of the frame, as a
    person aiming at it would, wherever the layout put it on the page (zxing-cpp finds it)."""
    import zxingcpp
    rnd = random.Random(20270301)
    desk = Image.new("RGB", (VIDEO_W, VIDEO_H), (78, 70, 62))
    desk = Image.blend(desk, Image.effect_noise((VIDEO_W, VIDEO_H), 18).convert("RGB"), 0.12)
    size = (VIDEO_W, VIDEO_H)
    half = (VIDEO_W // 2, VIDEO_H // 2)

    def aim(page: Image.Image) -> tuple[float, float]:
        """The point of the page that is held at the frame's middle: its QR code's centre, or
        60 % down its middle line on a page without one."""
        for r in zxingcpp.read_barcodes(page):
            p = r.position
            corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
            return (sum(c.x for c in corners) / 4, sum(c.y for c in corners) / 4)
        return (page.width / 2, page.height * 0.6)

    def placed(img: Image.Image, s: float, degrees: float, at: tuple[float, float],
               fill, anchor: tuple[float, float]) -> Image.Image:
        """`img` scaled by `s`, turned by `degrees` and moved so that its point `anchor` lands
        on `at`, in a frame-sized image."""
        t = math.radians(degrees)
        a, b = math.cos(t) / s, math.sin(t) / s
        d, e = -math.sin(t) / s, math.cos(t) / s
        ux, uy = anchor
        fx, fy = at
        data = (a, b, ux - a * fx - b * fy, d, e, uy - d * fx - e * fy)
        return img.transform(size, Image.AFFINE, data, Image.BICUBIC, fillcolor=fill)

    with open(out, "wb") as f:
        f.write(b"YUV4MPEG2 W%d H%d F%d:1 Ip A1:1 C420jpeg\n" % (VIDEO_W, VIDEO_H, FPS))
        for page_path in pages:
            page = Image.open(page_path).convert("RGB")
            whole = Image.new("L", page.size, 255)
            anchor = aim(page)
            angle = rnd.uniform(-6, 6)
            scale = rnd.uniform(1.2, 1.4)
            light = rnd.uniform(0.82, 1.0)
            centre = (VIDEO_W / 2 + rnd.uniform(-60, 60), VIDEO_H / 2 + rnd.uniform(-30, 30))
            shadow = placed(whole, scale, angle, (centre[0] + 14, centre[1] + 18), 0, anchor)
            shadow = shadow.filter(ImageFilter.GaussianBlur(12))
            backdrop = desk.copy()
            backdrop.paste((25, 22, 20), (0, 0, VIDEO_W, VIDEO_H), shadow)
            for _ in range(FRAMES_PER_PAGE):
                s = scale * rnd.uniform(0.985, 1.015)
                a = angle + rnd.uniform(-0.8, 0.8)
                at = (centre[0] + rnd.uniform(-8, 8), centre[1] + rnd.uniform(-8, 8))
                frame = backdrop.copy()
                frame.paste(placed(page, s, a, at, (0, 0, 0), anchor), (0, 0),
                            placed(whole, s, a, at, 0, anchor))
                frame = frame.point(lambda v: int(v * light))
                frame = frame.filter(ImageFilter.GaussianBlur(0.7))
                yy, cb, cr = frame.convert("YCbCr").split()
                f.write(b"FRAME\n")
                f.write(yy.tobytes())
                f.write(cb.resize(half, Image.BOX).tobytes())
                f.write(cr.resize(half, Image.BOX).tobytes())
    return out


# ── A station ──────────────────────────────────────────────────────────────────────────────────
class Station:
    """`ephr station ARGS --listen 127.0.0.1:0`, read until it has printed its address (and,
    with TLS, the certificate's fingerprint and the access code)."""

    def __init__(self, ctx: Ctx, *args: str, env: dict | None = None):
        self.ctx = ctx
        self.args = list(args)
        self.env = env
        self.lines: list[str] = []
        self.err: list[str] = []
        self.url = ""
        self.fingerprint = ""
        self.code = ""

    def __enter__(self):
        cmd = [str(self.ctx.ephr), "station", *self.args, "--listen", "127.0.0.1:0"]
        env = dict(os.environ)
        env.update(self.env or {})
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            text=True, env=env,
        )
        _children.append(self.proc)
        done = threading.Event()

        def read_out():
            for line in self.proc.stdout:
                self.lines.append(line.rstrip("\n"))
                if line.strip().startswith("nothing scanned"):
                    done.set()
            done.set()

        def read_err():
            for line in self.proc.stderr:
                self.err.append(line.rstrip("\n"))

        threading.Thread(target=read_out, daemon=True).start()
        threading.Thread(target=read_err, daemon=True).start()
        if not done.wait(20) or self.proc.poll() is not None:
            out = "\n".join(self.lines + self.err)
            self.__exit__(None, None, None)
            raise Failure(f"the station did not start: {' '.join(cmd)}\n{out}")
        m = re.match(r"ephr station: open (\S+) in a browser", self.lines[0])
        if not m:
            self.__exit__(None, None, None)
            raise Failure(f"the station's first line is not its address: {self.lines[0]!r}")
        self.url = m[1]
        for i, line in enumerate(self.lines):
            if "TLS certificate SHA-256 fingerprint" in line and i + 1 < len(self.lines):
                self.fingerprint = self.lines[i + 1].strip()
            m = re.search(r"access code for signing in: (\S+)", line)
            if m:
                self.code = m[1]
        return self

    def __exit__(self, *exc):
        p = self.proc
        if p.poll() is None:
            p.send_signal(signal.SIGINT)  # Ctrl-C: the station clears its sessions and stops
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
        if p in _children:
            _children.remove(p)
        return False

    @property
    def cookie_name(self) -> str:
        """The session cookie's name: under TLS with the `__Host-` prefix (Secure, this host
        only)."""
        return COOKIE_TLS if self.url.startswith("https") else COOKIE

    @property
    def port(self) -> int:
        return int(re.search(r":(\d+)/", self.url)[1])

    def fetch(self, path: str, cookie: str | None = None) -> tuple[int, bytes]:
        """A GET outside the browser (with `cookie` as the session cookie): status and body."""
        req = urllib.request.Request(self.url.rstrip("/") + path)
        if cookie:
            req.add_header("Cookie", f"{self.cookie_name}={cookie}")
        tls = None
        if self.url.startswith("https"):
            tls = ssl.create_default_context()
            tls.check_hostname = False
            tls.verify_mode = ssl.CERT_NONE  # the self-signed certificate; its hash is checked
        opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=tls)
        )
        try:
            with opener.open(req, timeout=WAIT) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def get(self, path: str, cookie: str | None = None) -> str:
        return self.fetch(path, cookie)[1].decode()


# ── A browser ──────────────────────────────────────────────────────────────────────────────────
class Browser:
    """Chromium with a fresh profile, headless, asking for `lang` (Accept-Language)."""

    def __init__(self, ctx: Ctx, lang: str = "en", *, camera: Path | None = None,
                 phone: bool = False, insecure: bool = False):
        self.ctx = ctx
        self.lang = lang
        self.camera = camera
        self.phone = phone
        self.insecure = insecure

    def __enter__(self):
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=self.ctx.tmp))
        o = webdriver.ChromeOptions()
        o.binary_location = CHROMIUM
        for a in (
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-default-browser-check",
            "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
            "--disable-client-side-phishing-detection", "--disable-breakpad",
            "--metrics-recording-only", "--password-store=basic", "--no-proxy-server",
            "--disable-features=Translate,OptimizationHints,MediaRouter,"
            "AutofillServerCommunication,CertificateTransparencyComponentUpdater",
            # No name is resolved but the loopback's: nothing can reach the network.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
            f"--user-data-dir={self.profile}",
            f"--lang={self.lang}",
        ):
            o.add_argument(a)
        o.add_experimental_option("prefs", {"intl.accept_languages": self.lang})
        if self.camera:
            o.add_argument("--use-fake-ui-for-media-stream")
            o.add_argument("--use-fake-device-for-media-stream")
            o.add_argument(f"--use-file-for-fake-video-capture={self.camera}")
        if self.insecure:
            # The station's self-signed certificate; its fingerprint is checked separately.
            o.add_argument("--ignore-certificate-errors")
        if self.phone:
            o.add_experimental_option(
                "mobileEmulation",
                {
                    "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 1.0,
                                      "touch": True, "mobile": True},
                    "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 "
                                 "(KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
                },
            )
        else:
            o.add_argument("--window-size=1366,900")
        service = Service(executable_path=CHROMEDRIVER, log_output=subprocess.DEVNULL)
        self.d = webdriver.Chrome(service=service, options=o)
        _drivers.append(self.d)
        if not self.phone:
            self.metrics(1366, 768, mobile=False)
        self.d.set_page_load_timeout(WAIT)
        return self

    def __exit__(self, *exc):
        try:
            self.d.quit()
        finally:
            if self.d in _drivers:
                _drivers.remove(self.d)
            shutil.rmtree(self.profile, ignore_errors=True)
        return False

    # ── Small helpers ──
    def metrics(self, width: int, height: int, mobile: bool) -> None:
        self.d.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def open(self, url: str) -> None:
        self.d.get(url)
        self.fonts()

    def fonts(self) -> None:
        self.d.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "document.fonts.ready.then(() => done(true), () => done(false));"
        )

    def q(self, css: str):
        return self.d.find_element(By.CSS_SELECTOR, css)

    def qs(self, css: str) -> list:
        return self.d.find_elements(By.CSS_SELECTOR, css)

    def text(self, css: str) -> str:
        """The first matching element's text (read in the page in one step: the results part
        may be replaced at any moment)."""
        return self.d.execute_script(
            "const e = document.querySelector(arguments[0]);"
            "return e ? e.textContent.trim() : ''", css)

    def texts(self, css: str) -> list[str]:
        return self.d.execute_script(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css)

    def count(self, css: str) -> int:
        return self.d.execute_script("return document.querySelectorAll(arguments[0]).length", css)

    def results(self) -> str:
        return self.text("#results")

    def wait(self, what: str, cond, timeout: float = WAIT):
        """Waits until `cond()` is truthy; fails with `what` and what the page shows."""
        try:
            return WebDriverWait(
                self.d, timeout, poll_frequency=0.1,
                ignored_exceptions=(StaleElementReferenceException,),
            ).until(lambda _d: cond())
        except TimeoutException:
            raise Failure(f"timed out after {timeout:g} s waiting for {what}.\n{self.state()}")

    def state(self) -> str:
        """What the page shows, for a failure's message: the results and the trust section (or
        the whole page when it has no results part), and what has the focus."""
        try:
            shown = self.d.execute_script(
                "const r = document.getElementById('results');"
                "const t = document.getElementById('trust');"
                "const a = document.activeElement;"
                "return [r ? r.innerText + (t ? '\\n' + t.innerText : '') :"
                " (document.body ? document.body.innerText : ''),"
                " a ? a.tagName + (a.id ? '#' + a.id : '') : 'nothing']"
            )
            url = self.d.current_url
        except WebDriverException as e:
            return f"(the page cannot be read: {e.msg})"
        body = re.sub(r"\n{2,}", "\n", shown[0]).strip()
        if len(body) > 2500:
            body = body[:2500] + " …"
        return (f"The page ({url}; focus on {shown[1]}) shows:\n    "
                + body.replace("\n", "\n    "))

    def verdict(self) -> str:
        return self.text(".verdict-word")

    def valid_cards(self) -> int:
        return self.count("#results article.card.valid")

    def invalid_cards(self) -> int:
        return self.count("#results article.card.invalid")

    def cookie(self) -> str:
        c = self.session_cookie()
        return c["value"] if c else ""

    def session_cookie(self) -> dict:
        """The station's session cookie (either name), as the browser holds it."""
        cookies = [c for c in self.d.get_cookies() if c["name"] in (COOKIE, COOKIE_TLS)]
        return cookies[0] if cookies else {}

    def scan_box(self):
        return self.q("#scan")

    def type_burst(self, keys: str) -> None:
        """Keys sent in one burst to whatever has the focus, as a keyboard-wedge scanner does."""
        ActionChains(self.d, duration=0).send_keys(keys).perform()

    def layout(self, screen: str) -> None:
        """Notes what sticks out past the right (left, in RTL) edge of the screen: on a phone
        it is cut off, or the browser zooms the whole page out to show it."""
        wide = self.d.execute_script(
            "const w = document.documentElement.clientWidth;"
            "const out = e => { const r = e.getBoundingClientRect();"
            "  return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5) ? r : null; };"
            "const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +"
            "  (e.className ? '.' + String(e.className).split(' ').join('.') : '');"
            "const els = [...document.querySelectorAll('body *')].filter(out);"
            "const found = els.filter(e => !els.some(o => o !== e && e.contains(o)))"
            "  .map(e => [e.parentElement, e, e.textContent]);"
            # Text wider than its box (a long word in large type) sticks out of no element.
            "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            "const range = document.createRange();"
            "while (walk.nextNode()) { const n = walk.currentNode;"
            "  if (!n.textContent.trim()) continue; range.selectNodeContents(n);"
            "  if (out(range) && !found.some(f => f[1] === n.parentElement))"
            "    found.push([n.parentElement.parentElement, n.parentElement, n.textContent]); }"
            "return [w, document.documentElement.scrollWidth, found.slice(0, 4).map(([p, e, t]) =>"
            "  name(p) + ' > ' + name(e) + ' ' + JSON.stringify(t.trim().slice(0, 30)) +"
            "  ' ends at ' + Math.round(Math.max(...[...e.getClientRects()].map(r => r.right),"
            "    (() => { range.selectNodeContents(e); return range.getBoundingClientRect().right; })()))"
            "  + ' px')]"
        )
        width, scroll, what = wide
        if scroll > width or what:
            note = (f"{screen} [{self.d.execute_script('return document.documentElement.lang')}"
                    f", {width} px]: the page is {scroll - width} px wider than the screen; "
                    f"sticking out: {', '.join(what) or '?'}")
            if note not in self.ctx.layout_notes:
                self.ctx.layout_notes.append(note)
                print(f"    LAYOUT: {note}")
            if LAYOUT_FAILS:
                raise Failure(note)

    def shoot(self, screen: str, sizes=SCREEN_SIZES, lang: str | None = None) -> None:
        """Full-page screenshots of the page as it is, at each size, named after the screen
        and the clinician's language (the browser's, unless `lang` is given)."""
        if not self.ctx.shots:
            return
        lang = lang or self.lang
        try:
            for width, height in sizes:
                mobile = width < 600
                self.metrics(width, height, mobile)
                self.fonts()
                full = self.d.execute_script(
                    "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                    " document.body.scrollHeight))"
                )
                if mobile:
                    self.layout(f"screen '{screen}'")
                self.metrics(width, max(height, full), mobile)
                self.d.execute_script("window.scrollTo(0, 0)")
                shot = self.d.execute_cdp_cmd(
                    "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False}
                )
                out = self.ctx.shots / f"station-{screen}-{lang}-{width}.png"
                out.write_bytes(base64.b64decode(shot["data"]))
                self.ctx.shots_taken.append(out)
        finally:
            if self.phone:
                self.metrics(360, 740, True)
            else:
                self.metrics(1366, 768, False)


def check(cond: bool, what: str, b: Browser | None = None) -> None:
    if not cond:
        raise Failure(what + ("\n" + b.state() if b else ""))


def scanner_submit(b: Browser, text: str) -> None:
    """Clicks into the scanner input and types `text` and Enter."""
    box = b.scan_box()
    box.click()
    box.send_keys(text + Keys.ENTER)


def wait_verdict(b: Browser, lang: str, key: str, valid: int | None = None,
                 invalid: int | None = None, timeout: float = WAIT) -> None:
    word = b.ctx.t(lang, key)

    def ok():
        return (
            b.verdict() == word
            and (valid is None or b.valid_cards() == valid)
            and (invalid is None or b.invalid_cards() == invalid)
        )

    what = f"the verdict {word!r}"
    if valid is not None:
        what += f" with {valid} valid card(s)"
    if invalid is not None:
        what += f" and {invalid} not valid"
    b.wait(what, ok, timeout)


def history_has_all_entries(b: Browser) -> bool:
    """The merged history names the three entries (their authorities)."""
    h = " ".join(b.texts("#results article.history"))
    return all(a in h for a in ("GR-EODY-LESVOS", "RS-PRESEVO-HP", "IT-ASL-ROMA1"))


# ── The scenarios ──────────────────────────────────────────────────────────────────────────────
def camera(ctx: Ctx, lang: str) -> None:
    """Booklet pages held up to the camera: every entry is read, checked and merged."""
    video = ctx.video()
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, lang, camera=video) as b:
        b.open(st.url)
        b.wait("the camera section to be shown", lambda: b.q("#camera").is_displayed())
        detector = b.d.execute_script("return 'BarcodeDetector' in window")
        toggle = b.q("#camera-toggle")
        check(toggle.text == ctx.t(lang, "station-camera-start"), "the camera button's words", b)
        t0 = time.monotonic()
        toggle.click()
        b.wait(
            "the camera to run",
            lambda: b.d.execute_script(
                "const v = document.getElementById('video'); return v.srcObject && v.readyState >= 2"
            ),
        )
        check(toggle.text == ctx.t(lang, "station-camera-stop"), "the button says 'stop'", b)
        cameras = b.d.execute_script(
            "return [...document.querySelectorAll('#camera-choice option')].map(o => o.textContent)"
        )
        check(len(cameras) >= 1, "the camera menu lists the (fake) camera", b)
        first = None

        def progress():
            nonlocal first
            if first is None and b.verdict() == ctx.t(lang, "station-all-valid"):
                first = time.monotonic() - t0
            return (
                b.verdict() == ctx.t(lang, "station-all-valid")
                and b.valid_cards() == 3
                and history_has_all_entries(b)
            )

        b.wait("a VALID verdict with the merged history of all three entries", progress,
               CAMERA_WAIT)
        took = time.monotonic() - t0
        ctx.camera_seconds = took
        path = "the browser's BarcodeDetector" if detector else "the station (POST /frame)"
        print(
            f"    camera: first VALID after {first:.1f} s, all three entries and their history "
            f"after {took:.1f} s (frames read by {path})"
        )
        check(b.invalid_cards() == 0, "no card from the camera is NOT VALID", b)
        b.shoot("camera")
        b.q("#camera-toggle").click()
        b.wait(
            "the camera to stop",
            lambda: b.d.execute_script("return document.getElementById('video').srcObject === null"),
        )


def scanner(ctx: Ctx, lang: str) -> None:
    """A USB scanner types a card and Enter while nothing has the focus."""
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        check(b.text(".empty") == ctx.t(lang, "station-empty"), "the empty page's words", b)
        b.shoot("empty")
        # Click on plain text: the scanner input (autofocused) loses the focus.
        b.q("p.privacy").click()
        active = b.d.execute_script("return document.activeElement === document.body")
        check(active, "nothing has the focus after a click on the page's text", b)
        t0 = time.monotonic()
        b.type_burst(ctx.cards["1-gr"] + Keys.ENTER)
        wait_verdict(b, lang, "station-all-valid", valid=1)
        print(f"    scanner: VALID {time.monotonic() - t0:.2f} s after the burst of "
              f"{len(ctx.cards['1-gr']) + 1} keys")
        check(b.d.execute_script("return document.activeElement.id") == "scan",
              "the scanner input keeps the focus for the next card", b)
        check(b.scan_box().get_attribute("value") == "", "the scanner input is emptied", b)
        # The next card, straight after: the input has the focus, no click.
        b.type_burst(ctx.cards["2-rs"] + Keys.ENTER)
        wait_verdict(b, lang, "station-all-valid", valid=2)
        check(b.text(".notice") == ctx.fmt(lang, "station-added", n="1"),
              "the notice says one card was added", b)


def upload(ctx: Ctx, lang: str) -> None:
    """A photo of the wallet card, then the booklet PDF, chosen in the file input."""
    png, pdf = ctx.wallet_png(), ctx.booklet_pdf()
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        submit = "form[action='/upload'] button[type=submit]"
        b.q("#file").send_keys(str(png))
        b.q(submit).click()
        wait_verdict(b, lang, "station-all-valid", valid=1)
        b.q("#file").send_keys(str(pdf))
        b.q(submit).click()
        wait_verdict(b, lang, "station-all-valid", valid=3)
        check(b.invalid_cards() == 0, "no card of the booklet is NOT VALID", b)
        check(history_has_all_entries(b), "the merged history shows all three entries", b)
        count = ctx.fmt(lang, "station-valid-count", valid="3", total="3")
        check(count in b.text(".verdict"), f"the verdict says {count!r}", b)
        check(b.text(".notice") == ctx.fmt(lang, "station-added", n="2"),
              "the booklet added its two other entries (the wallet card's was there)", b)
        links = [a.get_attribute("href") for a in b.qs("nav.downloads a")]
        check(any(h.endswith("/download/booklet.pdf") for h in links),
              "the booklet can be downloaded", b)
        b.shoot("valid")


def paste(ctx: Ctx, lang: str) -> None:
    """Two cards' texts pasted with a line break between them (Shift+Enter), then Enter."""
    one, two = ctx.cards["1-gr"], ctx.cards["2-rs"]
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        box = b.scan_box()
        box.click()
        box.send_keys(one)
        ActionChains(b.d, duration=0).key_down(Keys.SHIFT).send_keys(Keys.ENTER).key_up(
            Keys.SHIFT).perform()
        box.send_keys(two)
        value = box.get_attribute("value")
        check(value == one + "\n" + two,
              f"Shift+Enter keeps both texts in the input (it holds {len(value)} characters)", b)
        check(b.text(".empty") == ctx.t(lang, "station-empty"),
              "nothing was sent before Enter", b)
        box.send_keys(Keys.ENTER)
        wait_verdict(b, lang, "station-all-valid", valid=2)
        # And the same set by the page's script, sent with the Check button: a third card.
        b.d.execute_script("document.getElementById('scan').value = arguments[0]",
                           ctx.cards["3-it"] + "\n" + one)
        b.q("#scan-form button[type=submit]").click()
        wait_verdict(b, lang, "station-all-valid", valid=3)
        check(history_has_all_entries(b), "the merged history shows all three entries", b)


def revoked(ctx: Ctx, lang: str) -> None:
    """A card its authority revoked: NOT VALID, and why."""
    with Station(ctx, *ctx.fixed_trust(ctx.revoked_list()), "--at", AT) as st, \
            Browser(ctx, lang) as b:
        b.open(st.url)
        scanner_submit(b, ctx.cards["1-gr"])
        wait_verdict(b, lang, "station-all-valid", valid=1)
        scanner_submit(b, ctx.cards["2-rs"])
        wait_verdict(b, lang, "station-some-invalid", valid=1, invalid=1)
        bad = b.qs("#results article.card.invalid")[0]
        check(bad.is_displayed(), "the revoked card is shown", b)
        said = bad.get_attribute("textContent")
        # The report's words for a revoked card, in the page's language (English: "revoked").
        words = {"en": "revoked", "fr": "révoqu", "ar": "أبطل"}
        word = words.get(lang, "")
        check("card-revoked" in said or (word and word in said.lower()),
              f"the card says it was revoked (code card-revoked), but it says:\n{said}", b)
        b.shoot("invalid")


def stale(ctx: Ctx, lang: str) -> None:
    """Checked long after the trust list's next update: the out-of-date warning."""
    with Station(ctx, *ctx.fixed_trust(), "--at", STALE_AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        word = ctx.t(lang, "station-trust-stale")
        warns = [w for w in b.qs("#trust .warn") if w.get_attribute("textContent").strip() == word]
        check(bool(warns) and warns[0].is_displayed(),
              f"the trust section warns {word!r}", b)
        scanner_submit(b, ctx.cards["1-gr"])
        b.wait("a verdict", lambda: b.verdict() != "")
        shown = b.texts("#results .warn")
        check(any("2036" in w for w in shown),
              "the results warn that the list is past its next update (2036-09-01)", b)
        b.shoot("stale")


def trust_update(ctx: Ctx, lang: str) -> None:
    """The installed store: a newer list installs from the page, an older one is refused."""
    base, lower, higher = ctx.clinic_list(), ctx.newer_list(1), ctx.newer_list(2)
    v1, v2, v3 = (str(ctx.list_version(x)) for x in (base, lower, higher))
    home = Path(tempfile.mkdtemp(prefix="ephr-home-", dir=ctx.tmp))
    env = {"EPHR_HOME": str(home)}
    full_env = dict(os.environ, **env)
    ctx.run_ephr("trust", "install", str(base), "--anchor", str(ctx.test_anchor()), env=full_env)
    with Station(ctx, "--at", AT, env=env) as st, Browser(ctx, lang) as b:
        check("installed" in st.lines[1], f"the station uses the store: {st.lines[1]!r}")
        b.open(st.url)

        def status(version: str) -> bool:
            return bool(ctx.pattern(lang, "station-trust-status", version=version)
                        .search(b.text("#trust")))

        check(status(v1), f"the trust section says version {v1}", b)
        check(ctx.t(lang, "station-trust-fixed") not in b.text("#trust"),
              "the trust section does not say the list is fixed", b)

        def send(path: Path):
            b.q("#trust-file").send_keys(str(path))
            b.q("form[action='/trust'] button[type=submit]").click()
            b.wait("the page after the upload", lambda: b.qs(".notice"))

        send(higher)
        ok = ctx.fmt(lang, "station-trust-installed", version=v3)
        check(b.text(".notice.good") == ok, f"the page says {ok!r}", b)
        check(status(v3), f"the trust section now says version {v3}", b)
        b.shoot("trust")
        send(lower)
        said = b.text(".notice.bad")
        check(bool(ctx.pattern(lang, "station-trust-refused").fullmatch(said)),
              f"the older list is refused (the notice says {said!r})", b)
        check(v2 in said and v3 in said,
              f"the refusal names both versions (a rollback): {said!r}", b)
        check(status(v3), f"the trust section still says version {v3}", b)
        print(f"    refused: {said}")
        b.shoot("trust-refused")
        # Checked against the new list: a card is still valid.
        scanner_submit(b, ctx.cards["1-gr"])
        wait_verdict(b, lang, "station-all-valid", valid=1)
    shown = ctx.run_ephr("trust", "show", env=full_env)
    check(f"version {v3} " in shown, f"the store holds version {v3}:\n{shown}")
    shutil.rmtree(home, ignore_errors=True)


def demo(ctx: Ctx, lang: str) -> None:
    """The fixture's DEMO-anchored list: valid cards, with the DEMO warning."""
    with Station(ctx, *ctx.demo_trust(), "--at", AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        word = ctx.t(lang, "station-trust-demo")
        check(word in b.text("#trust"), f"the trust section warns {word!r}", b)
        check(ctx.t(lang, "station-trust-fixed") in b.text("#trust"),
              "the trust section says the list is fixed (--trust)", b)
        check(not b.qs("#trust-file"), "no trust list upload with --trust", b)
        scanner_submit(b, ctx.cards["1-gr"])
        wait_verdict(b, lang, "station-check-warnings", valid=1)
        check(any(w.get_attribute("textContent").strip() == word and w.is_displayed()
                  for w in b.qs("#results .warn")), f"the results warn {word!r}", b)
        b.shoot("demo")


def next_person(ctx: Ctx, lang: str) -> None:
    """'Next person' leaves nothing of the person in the page, nor in the old session."""
    names = set()
    for rec in ctx.journey.glob("*.json"):
        p = json.loads(rec.read_text()).get("patient", {})
        for k in ("name", "name_latin"):
            names.update(v for v in (p.get(k) or {}).values() if v)
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        b.q("#file").send_keys(str(ctx.booklet_pdf()))
        b.q("form[action='/upload'] button[type=submit]").click()
        wait_verdict(b, lang, "station-all-valid", valid=3)
        scanner_submit(b, ctx.cards["1-gr"])  # a card typed too: its text must go as well
        b.wait("the repeated card's notice",
               lambda: b.text(".notice") == ctx.t(lang, "station-duplicate"))
        blocks = b.texts("#results article.card, #results article.history")
        ids = set()
        for blk in blocks:
            ids.update(re.findall(r"\b[0-9a-f]{16}\b", blk))
        lines = {ln.strip() for blk in blocks for ln in blk.splitlines() if len(ln.strip()) >= 12}
        before = html.unescape(b.d.page_source)
        secrets = {f"the name {n!r}": n for n in names}
        secrets.update({f"the id {i}": i for i in ids})
        for k, v in ctx.cards.items():
            secrets[f"card {k}'s text"] = v[5:60]
        for what, s in secrets.items():
            if what.startswith("card"):
                continue  # the cards' texts are not shown, only what they say
            check(s in before, f"before 'Next person' the page shows {what} (else this check is empty)", b)
        check(any("4a0a2e0000000001" in i for i in ids), "the record id is on the page", b)
        old = b.cookie()
        check(bool(old), "the browser has a session cookie", b)
        status, bundle = st.fetch("/download/entries.phr", cookie=old)
        check(status == 200 and len(bundle) > 1000,
              f"the session's entries can be downloaded (HTTP {status}, {len(bundle)} bytes)", b)
        b.q("button.next").click()
        b.wait("the page to say it was cleared",
               lambda: b.text(".notice.good") == ctx.t(lang, "station-cleared"))
        after = html.unescape(b.d.page_source)
        left = [w for w, s in secrets.items() if s in after]
        left += [f"the line {ln!r}" for ln in lines if ln in after]
        check(not left, "after 'Next person' the page still holds " + "; ".join(left), b)
        print(f"    next person: none of {len(secrets)} names, ids and texts nor {len(lines)} "
              f"lines of the cards is left in the page")
        check(not b.qs("#results article"), "no card or history is left in the results", b)
        check(b.text(".empty") == ctx.t(lang, "station-empty"), "the results are empty", b)
        check(b.scan_box().get_attribute("value") == "", "the scanner input is empty", b)
        new = b.cookie()
        check(new and new != old, "the session cookie is a new one", b)
        b.shoot("cleared")
        # The old cookie's session is gone: a request with it sees an empty page.
        for path in ("/results", "/"):
            page = html.unescape(st.get(path, cookie=old))
            left = [w for w, s in secrets.items() if s in page]
            check(not left, f"GET {path} with the old cookie shows " + "; ".join(left))
            check(ctx.t(lang, "station-empty") in page or ctx.t("en", "station-empty") in page,
                  f"GET {path} with the old cookie shows the empty results")
        # Nor can it download the person's entries, which it could before.
        status, got = st.fetch("/download/entries.phr", cookie=old)
        check(got != bundle and b"4a0a2e" not in got.hex().encode(),
              f"the old cookie downloads nothing of the person (HTTP {status}, {len(got)} bytes)")


def rtl(ctx: Ctx, lang: str) -> None:
    """Arabic from the language menu: the page is right to left, the verdict in Arabic."""
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, "en") as b:
        b.open(st.url)
        check(b.d.execute_script("return document.documentElement.dir") == "ltr",
              "the English page is left to right", b)
        scanner_submit(b, ctx.cards["1-gr"])
        wait_verdict(b, "en", "station-all-valid", valid=1)
        Select(b.q("#lang-choice")).select_by_value("ar")  # applies on change
        b.wait("html[dir=rtl][lang=ar]", lambda: b.qs("html[dir=rtl][lang=ar]"))
        b.fonts()
        word = ctx.t("ar", "station-all-valid")
        wait_verdict(b, "ar", "station-all-valid", valid=1)
        check(b.q(".verdict-word").is_displayed(), f"the verdict {word!r} is shown", b)
        check(b.text("h1") == ctx.t("ar", "station-title"), "the title is in Arabic", b)
        # The layout mirrors: the inputs column is on the right of the results.
        x_inputs = b.q(".inputs").rect["x"]
        x_results = b.q("#results").rect["x"]
        check(x_inputs > x_results, "the inputs column is on the right in Arabic", b)
        # The card text input stays left to right (PHR1 texts are Latin).
        check(b.scan_box().get_attribute("dir") == "ltr", "the scanner input is ltr", b)
        scanner_submit(b, ctx.cards["2-rs"])
        wait_verdict(b, "ar", "station-all-valid", valid=2)
        b.shoot("rtl", lang="ar")


def person(ctx: Ctx, lang: str) -> None:
    """The record shown to the person in their language (Persian: right to left), and back."""
    with Station(ctx, *ctx.fixed_trust(), "--at", AT) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        scanner_submit(b, ctx.cards["1-gr"])
        wait_verdict(b, lang, "station-all-valid", valid=1)
        link = b.q('a[href^="/view?person="]')
        want = ctx.fmt(lang, "station-person-language", language=ctx.t("fa", "language-name"))
        check(link.text.strip() == want, f"the switch says {want!r}", b)
        link.click()
        b.wait("the page in Persian", lambda: b.qs("html[lang=fa][dir=rtl]"))
        b.fonts()
        wait_verdict(b, "fa", "station-all-valid", valid=1)
        back = b.q('a[href="/view?person=0"]')
        want = ctx.fmt(lang, "station-clinic-language", language=ctx.t(lang, "language-name"))
        check(back.text.strip() == want, f"the way back says {want!r}", b)
        b.shoot("person")
        back.click()
        b.wait(f"the page in {lang} again", lambda: b.qs(f"html[lang={lang}]"))
        wait_verdict(b, lang, "station-all-valid", valid=1)


def tls_phone(ctx: Ctx, lang: str) -> None:
    """--tls on a phone: the certificate is the one printed, the access code is asked."""
    with Station(ctx, *ctx.fixed_trust(), "--at", AT, "--tls") as st:
        check(st.url.startswith("https://"), f"the station serves HTTPS: {st.url}")
        check(bool(re.fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", st.fingerprint)),
              f"the station printed a SHA-256 fingerprint: {st.fingerprint!r}")
        check(bool(re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4})+", st.code)),
              f"the station printed an access code: {st.code!r}")
        pem = ssl.get_server_certificate(("127.0.0.1", st.port), timeout=WAIT)
        der = ssl.PEM_cert_to_DER_cert(pem)
        served = ":".join(f"{x:02X}" for x in hashlib.sha256(der).digest())
        check(served == st.fingerprint,
              f"the served certificate's SHA-256 {served} is the printed {st.fingerprint}")
        with Browser(ctx, lang, phone=True, insecure=True) as b:
            b.open(st.url)
            b.wait("the sign-in page", lambda: b.d.current_url.endswith("/signin"))
            check(b.d.execute_script("return window.innerWidth") == 360, "a 360 px viewport", b)
            check(not b.qs("#scan"), "nothing of the station before signing in", b)
            b.shoot("signin")
            wrong = "".join(
                "Z" if c == "A" else ("A" if c.isalnum() else c) for c in st.code
            )
            code = b.q("#code")
            code.click()
            code.send_keys(wrong + Keys.ENTER)
            want = ctx.t(lang, "station-signin-wrong")
            b.wait(f"the message {want!r}", lambda: b.text(".notice.bad") == want)
            b.shoot("signin-wrong")
            # Nothing is reachable with the cookie of a browser that is not signed in.
            code = b.q("#code")
            code.click()
            code.send_keys(st.code + Keys.ENTER)
            b.wait("the station's page", lambda: b.qs("#scan"))
            check(b.d.current_url.rstrip("/") == st.url.rstrip("/"), "signed in, at /", b)
            cookie = b.session_cookie()
            check(cookie.get("name") == COOKIE_TLS and cookie.get("secure") is True
                  and cookie.get("httpOnly") is True,
                  f"the session cookie is {COOKIE_TLS}, Secure and HttpOnly: {cookie}", b)
            scanner_submit(b, ctx.cards["1-gr"])
            wait_verdict(b, lang, "station-all-valid", valid=1)
            b.layout("the phone's page after a card")
            b.shoot("phone", sizes=((360, 740),))
        # A browser that did not sign in gets the sign-in page, not the station.
        try:
            page = st.get("/")
        except urllib.error.HTTPError as e:
            page = e.read().decode()
        check('id="code"' in page and 'id="scan"' not in page,
              "an unsigned-in request is sent to the sign-in")

# Words a health worker would type for each code of the reference record (the code search must
# find the code from them; the code itself is the fallback only if the words find nothing).
WORDS = {
    "E11.9": "type 2 diabetes", "R76.1": "latent tuberculosis", "D50.9": "iron deficiency",
    "B86": "scabies", "J01C": "penicillins", "A10BA02": "metformin", "B03AA07": "ferrous",
    "J07AN01": "bcg", "J07BD01": "measles vaccine", "J07BN01": "covid rna", "J07AM51": "td",
    "J07BD52": "mmr", "J07BC01": "hepatitis b vaccine", "J07BF03": "ipv", "71773-6": "igra",
    "36643-5": "chest x-ray", "56888-1": "hiv", "5196-1": "hbsag", "16128-1": "hepatitis c antibody",
    "718-7": "haemoglobin",
}
# The form's sections: (JSON path, repeated rows, optional).
FORM_SECTIONS = [
    ("patient", False, False), ("encounter", False, False), ("vital_signs", False, False),
    ("problems", True, False), ("allergies", True, False), ("medications", True, False),
    ("immunizations.doses", True, False), ("results", True, False), ("pregnancy", False, True),
    ("mental_health", False, True), ("referrals", True, False), ("alerts", True, False),
]


def fill_field(b: Browser, path: str, value, searched: list) -> None:
    wrap = b.q(f'.field[data-path="{path}"]')
    if wrap is None:
        raise Failure(f"the form has no field {path}")
    el = wrap.find_element(By.CSS_SELECTOR, "input, select")
    b.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    if el.tag_name == "select":
        Select(el).select_by_value(str(value))
        return
    if el.get_attribute("type") == "checkbox":
        if bool(value) != el.is_selected():
            el.click()
        return
    el.click()
    el.clear()
    if isinstance(value, list):
        el.send_keys(", ".join(value))
        return
    if wrap.find_elements(By.CSS_SELECTOR, ".code-hits"):
        words = WORDS.get(value)
        for attempt in ([words] if words else []) + [value]:
            el.clear()
            el.send_keys(attempt)
            try:
                hit = b.wait(f"a code search hit {value} for {attempt!r}", lambda: next(
                    (h for h in wrap.find_elements(By.CSS_SELECTOR, f'.code-hit[data-code="{value}"]')
                     if h.is_displayed()), None), timeout=10)
            except Failure:
                continue
            # The list is redrawn by each answer to the typing: a hit found may be replaced.
            for _ in range(20):
                try:
                    hit.click()
                    break
                except StaleElementReferenceException:
                    time.sleep(0.1)
                    hit = next((h for h in wrap.find_elements(
                        By.CSS_SELECTOR, f'.code-hit[data-code="{value}"]') if h.is_displayed()),
                        hit)
            searched.append((value, attempt))
            return
        raise Failure(f"the code search found no {value} for {path}")
    el.send_keys(str(value))


def fill(b: Browser, record: dict, searched: list) -> None:
    def walk(obj: dict, base: str) -> None:
        for k, v in obj.items():
            if isinstance(v, dict):
                walk(v, f"{base}.{k}")
            else:
                fill_field(b, f"{base}.{k}", v, searched)

    for path, rows, optional in FORM_SECTIONS:
        value = record
        for k in path.split("."):
            value = value.get(k) if isinstance(value, dict) else None
        if value is None:
            continue
        if rows:
            for i, item in enumerate(value):
                b.q(f'button.add[data-section="{path}"]').click()
                b.wait(f"row {i} of {path}", lambda: b.q(f'.row[data-path="{path}[{i}]"]'))
                walk(item, f"{path}[{i}]")
        else:
            if optional:
                b.q(f'button.add[data-section="{path}"]').click()
                b.wait(f"the {path} fields", lambda: b.q(f'.group[data-path="{path}"]'))
            walk(value, path)


def decoded(ctx: Ctx, text: str) -> dict:
    r = subprocess.run([str(ctx.ephr), "decode", "--json", "-"], input=text, capture_output=True,
                       text=True, timeout=60)
    card = json.loads(r.stdout)[0]
    for k in ("card_id", "record_id"):
        card["claims"].pop(k, None)
    return card


def issue(ctx: Ctx, lang: str) -> None:
    """--issue: the whole reference record typed into the form, codes found by words, signed."""
    reg = ctx.tmp / f"register-{lang}.sqlite"
    record = json.loads((ctx.repo / "fixtures/records/reference-full.json").read_text())
    args = ["--trust", str(ctx.repo / "keys/demo-trust-list.cose"), "--anchor", str(ctx.anchor),
            "--at", "2026-11-01", "--issue", "--key", str(ctx.repo / "keys/GR-DEMO.key.pem"),
            "--authority", "GR-DEMO", "--register", str(reg)]
    with Station(ctx, *args) as st, Browser(ctx, lang) as b:
        b.open(st.url)
        b.wait("the sign-in page", lambda: b.qs("#operator"))
        b.shoot("issue-signin")
        b.q("#operator").send_keys("Eleni Kara")
        b.q("#code").send_keys(st.code + Keys.ENTER)
        b.wait("the station's page", lambda: b.qs("#issue-link"))
        b.q("#issue-link").click()
        b.wait("the issuing home", lambda: b.qs("#new-assessment"))
        b.shoot("issue-home")
        b.q("#new-assessment").click()
        b.wait("the form", lambda: b.qs("fieldset.section"))
        # An empty draft: only what the station fills in (today, the country).
        check(b.q('.field[data-path="encounter.date"] input').get_attribute("value") == "2026-11-01",
              "the visit date is today", b)
        searched: list = []
        t0 = time.monotonic()
        fill(b, record, searched)
        # The meter's words are in the operator's language; its state is the same in all.
        fits = lambda: b.q("#meter").get_attribute("data-state") == "fits"
        b.wait("the draft saved with no problem", fits)
        took = time.monotonic() - t0
        words = sum(1 for code, used in searched if used != code)
        print(f"    typed the reference record in {took:.1f} s; {len(searched)} codes picked, "
              f"{words} found by words", flush=True)
        check(words == len(searched), f"every code was found by words: {searched}", b)
        b.shoot("issue-form")
        # A wrong code is shown at its field at once, and signing waits until it is fixed.
        field = b.q('.field[data-path="problems[0].icd10"] input')
        field.clear()
        field.send_keys("E1X")
        b.wait("the problem at its field", lambda: "E1X" in b.text(
            '.field[data-path="problems[0].icd10"] .field-problem'))
        check(b.q("#sign").get_attribute("disabled") is not None, "signing waits for a fix", b)
        b.shoot("issue-problem")
        fill_field(b, "problems[0].icd10", "E11.9", [])
        b.wait("the draft fixed", fits)
        b.q("#sign").click()
        b.wait("the signed card on the screen", lambda: b.qs("#follow-up"))
        check(b.valid_cards() == 1, "one valid card after signing", b)
        b.shoot("issue-signed")
        shown = ctx.run_ephr("register", "--register", str(reg), "show", "amina", "--text")
        text = next(l.strip() for l in shown.splitlines() if l.strip().startswith("PHR1:"))
        mine = ctx.tmp / f"reference-{lang}.json"
        mine.write_text(json.dumps(record))
        cli = ctx.run_ephr("issue", str(mine), "--key", str(ctx.repo / "keys/GR-DEMO.key.pem"),
                           "--authority", "GR-DEMO", "--at", "2026-11-01")
        form, want = decoded(ctx, text), decoded(ctx, cli.strip())
        diff = [k for k in sorted(set(form["record"]) | set(want["record"]))
                if form["record"].get(k) != want["record"].get(k)]
        check(form == want, "the card signed from the form decodes to the record `ephr issue` "
              f"makes; they differ in {diff or 'the claims'}: "
              f"{[(form['record'].get(k), want['record'].get(k)) for k in diff][:2]}")


SCENARIOS = {
    "camera": camera,
    "scanner": scanner,
    "upload": upload,
    "paste": paste,
    "revoked": revoked,
    "stale": stale,
    "trust": trust_update,
    "demo": demo,
    "next": next_person,
    "rtl": rtl,
    "person": person,
    "tls": tls_phone,
    "issue": issue,
}
# Scenarios run again in the other languages for their screenshots.
SHOT_SCENARIOS = ("scanner", "upload", "revoked", "stale", "trust", "next", "person", "tls", "issue")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ephr", type=Path, help="the ephr binary")
    ap.add_argument("repo", type=Path, help="the repository root")
    ap.add_argument("--screenshots", type=Path, metavar="DIR",
                    help="save screenshots of every screen here")
    ap.add_argument("--only", metavar="NAME,...",
                    help="run only these scenarios: " + ", ".join(SCENARIOS))
    ap.add_argument("--lang", default="en", help="the clinician's language (default en)")
    a = ap.parse_args()

    for path, what in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromedriver")):
        if not os.access(path, os.X_OK):
            print(f"browser.py: {path} is missing: apt-get install chromium chromium-driver "
                  f"(scripts/test does as root)", file=sys.stderr)
            return 2
    if not shutil.which("pdftoppm"):
        print("browser.py: pdftoppm is missing: apt-get install poppler-utils", file=sys.stderr)
        return 2
    names = list(SCENARIOS) if not a.only else [n.strip() for n in a.only.split(",")]
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        print(f"browser.py: no scenario {', '.join(unknown)}; there are {', '.join(SCENARIOS)}",
              file=sys.stderr)
        return 2
    runs = [(n, a.lang) for n in names]
    if a.screenshots:
        a.screenshots.mkdir(parents=True, exist_ok=True)
        runs += [(n, lang) for lang in SHOT_LANGS if lang != a.lang
                 for n in names if n in SHOT_SCENARIOS]

    signal.signal(signal.SIGTERM, _on_signal)
    watchdog = threading.Timer(WATCHDOG, _watchdog)
    watchdog.daemon = True
    watchdog.start()
    start = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="ephr-station-browser-"))
    _tmp.append(tmp)
    ctx = Ctx(a.ephr.resolve(), a.repo.resolve(), tmp,
              a.screenshots.resolve() if a.screenshots else None)
    try:
        for name, lang in runs:
            t0 = time.monotonic()
            label = f"{name} [{lang}]"
            print(f"--- {label}: {SCENARIOS[name].__doc__.strip().splitlines()[0]}", flush=True)
            try:
                SCENARIOS[name](ctx, lang)
            except Failure as e:
                print(f"FAIL {label}: {e}", flush=True)
                return 1
            except WebDriverException as e:
                print(f"FAIL {label}: the browser failed: {e.msg or e}", flush=True)
                return 1
            took = time.monotonic() - t0
            ctx.timings.append((label, took))
            print(f"ok   {label} ({took:.1f} s)", flush=True)
        total = time.monotonic() - start
        print(f"all {len(runs)} scenario runs passed in {total:.1f} s", end="")
        if ctx.camera_seconds is not None:
            print(f"; camera time to result {ctx.camera_seconds:.1f} s", end="")
        print()
        if ctx.shots:
            print(f"{len(ctx.shots_taken)} screenshots in {ctx.shots}")
        if ctx.layout_notes:
            print(f"{len(ctx.layout_notes)} layout problem(s) at 360 px (not failures):")
            for n in ctx.layout_notes:
                print(f"  - {n}")
        return 0
    except KeyboardInterrupt:
        print("browser.py: interrupted", flush=True)
        return 1
    finally:
        _stop_all()
        watchdog.cancel()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
