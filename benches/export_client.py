#!/usr/bin/env python3
"""Budget B4's client: activates the generated customer (link from the file outbox), then
downloads both exports (with curl) from the running portal while sampling the
server's memory.
Prints one Markdown table row per format. Run by benches/export.sh; standard library only.

The portal's cookies (the session, and the form token's cookie of a signed-out form) are
`__Host-` and Secure; over plain HTTP to 127.0.0.1 cookie jars refuse to send them back, so
this client carries them itself."""

import http.client
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zipfile
from pathlib import Path

base, pid, outbox, number, email = sys.argv[1:6]
host = urllib.parse.urlparse(base)
cookies = {}
cookie = None


def request(method, path, form=None):
    global cookie
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
    headers = {"Accept-Language": "nl", "Sec-Fetch-Site": "same-origin"}
    body = None
    if cookie:
        headers["Cookie"] = cookie
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Origin"] = base
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("__Host-inzage"):
            key, _, val = value.split(";", 1)[0].partition("=")
            cookies[key] = val
            cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return conn, response


def page(path):
    conn, response = request("GET", path)
    text = response.read().decode()
    conn.close()
    return response.status, text


def post(path, form):
    conn, response = request("POST", path, form)
    response.read()
    conn.close()
    return response.status, response.getheader("Location")


def token(html):
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def rss_kib(field):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


# Activation: ask for the link, read it from the outbox, choose a password (signs in).
before = set(Path(outbox).glob("*")) if Path(outbox).exists() else set()
_, html = page("/activate")
status, _ = post("/activate", {"csrf": token(html), "customer_number": number, "email": email})
assert status == 303, status
link = None
for _ in range(200):
    new = set(Path(outbox).glob("*")) - before if Path(outbox).exists() else set()
    if new:
        text = Path(sorted(new)[-1]).read_text()
        link = re.search(r"https?://\S+/activate/\S+", text).group(0)
        break
    time.sleep(0.05)
assert link, "no activation e-mail"
path = urllib.parse.urlparse(link).path
_, html = page(path)
status, location = post(path, {"csrf": token(html), "password": "benchmark wachtwoord lang genoeg 42"})
assert status == 303, (status, location)


def cpu_seconds():
    """The server's user + system CPU time so far: unlike the wall clock, it hardly
    depends on what else the (shared) machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def download(path):
    """Downloads one export with curl (so the client is not what is measured), returning
    (seconds, server CPU seconds, bytes, peak VmRSS growth KiB, VmHWM growth KiB, body)."""
    rss_before, hwm_before = rss_kib("VmRSS"), rss_kib("VmHWM")
    peak = [rss_before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib("VmRSS"))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    with tempfile.NamedTemporaryFile() as file:
        cpu = cpu_seconds()
        started = time.monotonic()
        status = subprocess.run(
            ["curl", "-sS", "-o", file.name, "-w", "%{http_code}", "-H", f"Cookie: {cookie}", base + path],
            check=True, capture_output=True, text=True,
        ).stdout
        seconds = time.monotonic() - started
        cpu = cpu_seconds() - cpu
        done.set()
        sampler.join()
        assert status == "200", status
        body = Path(file.name).read_bytes()
    return seconds, cpu, len(body), peak[0] - rss_before, rss_kib("VmHWM") - hwm_before, body


for kind, path in (
    ("JSON", "/account/download/my-data.json"),
    ("tables for Excel", "/account/download/my-data-tables.zip"),
    ("CSV in ZIP", "/account/download/my-data.zip"),
):
    download(path)  # warm-up: the first run also pages the database file into the cache
    seconds, cpu, size, growth, hwm, body = download(path)
    if kind == "JSON":
        data = json.loads(body)
        count = len(data["data"]["contact_moments"])
    else:
        archive = zipfile.ZipFile(io.BytesIO(body))
        assert archive.testzip() is None, "a damaged ZIP entry"
        # contact_moments.csv for programs; contactmomenten.csv / contact-moments.csv for a
        # spreadsheet, by the customer's language.
        name = next(n for n in archive.namelist() if n.startswith("contact"))
        count = archive.read(name).count(b"\r\n") - 1
    verdict = "PASS" if seconds <= 2.0 and growth <= 32 * 1024 else "FAIL"
    print(
        f"| B4 export, {kind}, SQLite | {count} contact moments, {size / 1048576:.1f} MiB "
        f"| {seconds:.2f} s (server CPU {cpu:.2f} s) | peak RSS growth {growth / 1024:.1f} MiB (VmHWM +{hwm / 1024:.1f} MiB) | {verdict} |"
    )
