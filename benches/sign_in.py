#!/usr/bin/env python3
"""Signs in to a running portal and prints the `Cookie` header value of the signed-in
session, for `wrk -H "Cookie: ..."` in benches/run.sh. Standard library only.

Usage: sign_in.py BASE_URL EMAIL PASSWORD [customer|staff]

The portal's cookies are `__Host-` and Secure; over plain HTTP to 127.0.0.1 cookie jars
refuse to send them back, so this client carries them itself."""

import http.client
import re
import sys
import urllib.parse

base, email, password = sys.argv[1:4]
kind = sys.argv[4] if len(sys.argv) > 4 else "customer"
path = "/staff/sign-in" if kind == "staff" else "/sign-in"
host = urllib.parse.urlparse(base)
cookies = {}


def request(method, path, form=None):
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    headers = {"Accept-Language": "nl", "Sec-Fetch-Site": "same-origin"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Origin"] = base
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    text = response.read().decode()
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            cookies[key] = val
    conn.close()
    return response.status, text


status, html = request("GET", path)
token = re.search(r'name="csrf" value="([^"]+)"', html)
if status != 200 or not token:
    sys.exit(f"{path} answered {status} without a form token")
status, _ = request("POST", path, {"csrf": token.group(1), "email": email, "password": password})
if status != 303:
    sys.exit(f"signing in as {email} answered {status}, not 303")
print("; ".join(f"{k}={v}" for k, v in cookies.items()))
