"""A small headless-Chromium driver over the DevTools protocol, standard library only.

Chromium is started with ``--remote-debugging-pipe``: it reads protocol commands from file
descriptor 3 and writes replies and events to descriptor 4, each message JSON ended by a NUL
byte. One browser serves every width (``Emulation.setDeviceMetricsOverride`` sets a true
390 px viewport, which ``--window-size`` cannot: headless windows are at least 500 px wide).

Used by ``tests/test_browser.py``; also runnable by hand to look at a report::

    python tests/browser.py report.html out/      # screenshots at 390 and 1280 px + PDF
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: Where Debian's package puts the browser; PATH is searched as well.
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    """The path of a Chromium binary, or None."""
    for name in CANDIDATES:
        path = name if os.path.isabs(name) and os.access(name, os.X_OK) else shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """One headless Chromium with one page; commands block until their reply arrives."""

    def __init__(self, binary: str, timeout: float = 30.0) -> None:
        self._profile = tempfile.mkdtemp(prefix="dronecalc-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def fds():                              # child: commands on fd 3, replies on fd 4
            import fcntl
            high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--mute-audio", f"--user-data-dir={self._profile}",
                "--remote-debugging-pipe", "about:blank"]
        self.process = subprocess.Popen(args, preexec_fn=fds,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, close_fds=False)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.timeout, self._next, self._buffer = timeout, 0, b""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")

    # ------------------------------------------------------------------ protocol
    def _read(self) -> dict:
        import select
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], self.timeout)
            if not ready:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             wait_event: str | None = None) -> dict:
        self._next += 1
        ident = self._next
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply, seen = None, wait_event is None
        while reply is None or not seen:
            msg = self._read()
            if msg.get("id") == ident:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                reply = msg.get("result", {})
            elif wait_event and msg.get("method") == wait_event:
                seen = True
        return reply

    def call(self, method: str, params: dict | None = None, wait_event: str | None = None):
        return self.send(method, params, self.session, wait_event)

    # ------------------------------------------------------------------ page
    def open(self, url: str, width: int, height: int = 844, mobile: bool = False) -> None:
        """Load ``url`` in a ``width`` x ``height`` CSS-pixel viewport; wait for load."""
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1,
                   "mobile": mobile})
        self.call("Page.navigate", {"url": url}, wait_event="Page.loadEventFired")

    def evaluate(self, expression: str):
        """The JSON value of a JavaScript expression in the page."""
        out = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                             "awaitPromise": True})
        if "exceptionDetails" in out:
            raise RuntimeError(f"script failed: {out['exceptionDetails']}")
        return out["result"].get("value")

    def screenshot(self, path, *, full_page: bool = False, y: float = 0.0,
                   height: float | None = None) -> Path:
        """A PNG of the viewport (or of the page from ``y``, ``height`` px tall)."""
        params: dict = {"format": "png"}
        if full_page or y or height:
            size = self.evaluate("[document.documentElement.scrollWidth, "
                                 "document.documentElement.scrollHeight]")
            h = size[1] - y if height is None else min(height, size[1] - y)
            params.update(clip={"x": 0, "y": y, "width": size[0], "height": h, "scale": 1},
                          captureBeyondViewport=True)
        data = self.call("Page.captureScreenshot", params)["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

    def pdf(self, path) -> Path:
        """Print the page to PDF (A4, the page's own print CSS, no header or footer)."""
        data = self.call("Page.printToPDF", {"printBackground": True,
                                             "preferCSSPageSize": True,
                                             "displayHeaderFooter": False})["data"]
        Path(path).write_bytes(base64.b64decode(data))
        return Path(path)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


#: What the test measures in the page, as one JSON object.
PROBE = r"""(() => {
  const imgs = Array.from(document.images);
  const root = document.documentElement;
  const wide = Array.from(document.querySelectorAll("body *")).filter(el => {
    const r = el.getBoundingClientRect();
    return r.right > window.innerWidth + 1 && !el.closest(".table-wrap");
  }).slice(0, 5).map(el => el.tagName + "." + el.className);
  const clipped = Array.from(document.querySelectorAll(".table-wrap")).filter(
    el => el.scrollWidth > el.clientWidth + 1).length;
  return {width: window.innerWidth, scrollWidth: root.scrollWidth,
          height: root.scrollHeight, images: imgs.length,
          broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.alt),
          noAlt: imgs.filter(i => !i.alt).length, wide: wide, scrollingTables: clipped,
          captions: document.querySelectorAll("table > caption").length,
          tables: document.querySelectorAll("table").length,
          viewport: !!document.querySelector('meta[name="viewport"]'),
          text: document.body.innerText};
})()"""


#: A figure as the report writes one: a number or a range of numbers, with the unit after it
#: ("1,580 km", "6-12 cells", "0.01-0.05 m^2/kg^(2/3)", "0.101-0.237 kg/(N h)", "-5 to 5 %").
FIGURE_RE = (r"(?<![\w.^/-])-?\d+(?:,\d{3})*(?:\.\d+)?(?:(?:-| to )-?\d+(?:,\d{3})*(?:\.\d+)?)?"
             r"(?: (?:%|[A-Za-z\u00b5\u00b0][A-Za-z0-9\u00b5\u00b0^*]*"
             r"(?:/(?:\([^()\s]+(?: [^()\s]+)?\)|[A-Za-z0-9\u00b5\u00b0^]+(?:\(\d+/\d+\))?))*))?"
             r"(?![\w-])")

#: Every figure in a table cell (and, as FIGURES_IN_TEXT, in the prose) and whether it is
#: laid out on one line: a figure's text range
#: whose boxes sit at more than one height was broken across lines.
FIGURES = r"""(() => {
  const re = new RegExp(String.raw`%s`, "g");
  let figures = 0;
  const wrapped = [];
  for (const cell of document.querySelectorAll(SELECTOR)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(re)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).filter(
          r => r.width > 0).map(r => Math.round(r.bottom)));
        figures += 1;
        if (tops.size > 1) wrapped.push(m[0]);
      }
    }
  }
  return {figures: figures, wrapped: wrapped};
})()""".replace("%s", FIGURE_RE)
#: The same for the prose: paragraphs, the summary, lists (quotes are the source's own words).
FIGURES_IN_TEXT = FIGURES.replace("SELECTOR", '"p:not(blockquote p), li"')
FIGURES = FIGURES.replace("SELECTOR", '"td, th"')


def main(argv: list[str]) -> int:
    report, out = Path(argv[1]).resolve(), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    binary = find_chromium()
    if binary is None:
        print("chromium not found", file=sys.stderr)
        return 1
    with Browser(binary) as b:
        for width, mobile in ((390, True), (1280, False)):
            b.open(report.as_uri(), width, 844 if mobile else 900, mobile)
            probe = b.evaluate(PROBE)
            probe.pop("text")
            print(width, probe)
            b.screenshot(out / f"w{width}_first.png")
            height = probe["height"]
            step = 1600 if mobile else 1800
            for i, y in enumerate(range(0, height, step)):
                b.screenshot(out / f"w{width}_part{i:02d}.png", y=y, height=step)
        b.pdf(out / "report.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
