"""Meeting day against a running server: 20 status changes and 20 follow-ups at once.

Logs in as the demo's processledare and ledamot (as a browser would: login
form, session cookie, CSRF token), then posts 40 forms from 40 threads at the
same instant and prints how the server answered. Needs a server with the demo
data, e.g. `make run`:

    python bench/meeting_day.py http://127.0.0.1:8000
"""

from __future__ import annotations

import collections
import http.client
import re
import sys
import threading
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

USERS = [("processledare", "samla-demo-2026"), ("ledamot", "samla-ledamot-2026")]
BOARD = "/samla/grupper/nosam-alingsas/motesvy/"
STATUSES = ["pagar", "forsenad", "genomford", "pausad"]


class Browser:
    def __init__(self, base: str):
        self.parts = urlsplit(base)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, data: dict | None = None):
        conn = http.client.HTTPConnection(self.parts.hostname, self.parts.port, timeout=120)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Referer"] = f"{self.parts.scheme}://{self.parts.netloc}{path}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, content
        finally:
            conn.close()

    def login(self, username: str, password: str) -> None:
        status, page = self.request("GET", "/konto/logga-in/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        form = {"username": username, "password": password, "csrfmiddlewaretoken": token}
        status, _ = self.request("POST", "/konto/logga-in/", form)
        if status != 302 or "sessionid" not in self.cookies:
            raise SystemExit(f"Inloggningen som {username} misslyckades ({status}).")


def main() -> None:
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    browsers = []
    for username, password in USERS:
        browser = Browser(base)
        browser.login(username, password)
        browsers.append(browser)
    status, board = browsers[0].request("GET", BOARD)
    activity = re.search(r'action="/aktiviteter/(\d+)/status/"', board)[1]
    group = re.search(r'name="tavla" value="(\d+)"', board)[1]
    jobs = []
    for n in range(20):
        status_form = {"status": STATUSES[n % len(STATUSES)], "tavla": group}
        jobs.append((browsers[n % 2], f"/aktiviteter/{activity}/status/", status_form))
        follow_up = {"date": "2026-03-01", "text": f"Lasttest {n}", "new_status": "-"}
        jobs.append((browsers[(n + 1) % 2], f"/aktiviteter/{activity}/uppfoljning/", follow_up))
    answers: list = []
    start = threading.Barrier(len(jobs))

    def fire(browser, path, data):
        start.wait()
        began = time.perf_counter()
        try:
            status, _ = browser.request("POST", path, data)
        except OSError as error:
            status = type(error).__name__
        answers.append((status, time.perf_counter() - began))

    threads = [threading.Thread(target=fire, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = collections.Counter(status for status, _ in answers)
    slowest = max(seconds for _, seconds in answers)
    print(f"{len(answers)} samtidiga POST mot aktivitet {activity}: {dict(counts)}")
    print(f"långsammaste svaret: {slowest:.2f} s")


if __name__ == "__main__":
    main()
