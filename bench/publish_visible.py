#!/usr/bin/env python3
"""The client of bench/publish-visible.sh (issue 24, items 5 and 6); standard library only.

  publish OUT BASE OFFICE EMAIL COUNT POLL_MS
      Signs EMAIL in to the console, switches to OFFICE and issues a WRITE API token there (as an
      office administrator does on the API tokens page). Times COUNT plain GETs of the office's
      newest live news article (the baseline). Then, COUNT times: creates a news draft through the
      API, publishes it (a PUBLISH step) and, as soon as the step has answered, polls every POLL_MS
      on four connections of their own until the article's page answers 200 with its title, the
      office's news list links it, the office's sitemap.xml lists it and its RSS feed carries it.
      Each delay runs from the moment the PUBLISH request was sent. Three publications first, not
      counted, warm the paths up.
  health OUT BASE_SMALL PID_SMALL BASE_LARGE PID_LARGE COUNT [NAMES]
      Signs the HQ administrator in on both servers and times the console's network health page and
      its CSV export: the first request of each on each server, then COUNT rounds alternating the two
      servers (so that both see the same load on a shared machine); with each server's CPU time per
      request (/proc, around the rounds). NAMES ("small,large") labels the two in the report (an A/B
      pair of builds on the same network: "A,B").
  report WORK
      Prints the tables from the JSON files the commands above and the script wrote in WORK.
"""

import html
import http.client
import http.cookiejar
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

PASSWORD = "meridian-demo"
HQ_ADMIN = "hq.admin@meridian.example.org"
GIVE_UP_SECONDS = 30


class Http:
    """One keep-alive HTTP/1.1 connection; opens it again when the server closed it."""

    def __init__(self, base, headers=None):
        address = urllib.parse.urlsplit(base)
        self.host, self.port = address.hostname, address.port
        self.headers = dict(headers or {})
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        """(status, body as text); the time it takes is the caller's to measure."""
        merged = dict(self.headers)
        merged.update(headers or {})
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=600)
            try:
                self.connection.request(method, path, body=body, headers=merged)
                response = self.connection.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status, data.decode("utf-8", "replace")
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


class Console:
    """A person signed in to the console, as console-list.sh signs in with curl."""

    def __init__(self, base, email, office=None):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.get("/admin/index.xhtml")  # the session, and the page to come back to
        page = self.get("/admin/login.xhtml")
        token = re.search(r'name="meridian_signin_token" value="([^"]*)"', page)
        if not token:
            sys.exit("No sign-in form token on " + base + "/admin/login.xhtml")
        self.post(
            "/j_security_check",
            {"j_username": email, "j_password": PASSWORD, "meridian_signin_token": token.group(1)},
        )
        with self.opener.open(base + "/admin/index.xhtml", timeout=600) as response:
            if "/admin/login" in response.geturl():
                sys.exit("Could not sign " + email + " in on " + base)
        if office:
            self.get("/admin/index.xhtml?office=" + office)

    def get(self, path):
        with self.opener.open(self.base + path, timeout=600) as response:
            return response.read().decode("utf-8", "replace")

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(self.base + path, data=data, timeout=600) as response:
            return response.read().decode("utf-8", "replace")

    def cookie(self):
        return "; ".join(c.name + "=" + c.value for c in self.jar)

    def submit(self, page, form_id, values, button):
        """Submits a Faces form of page with its current values, changed by values, by button."""
        form = re.search(r'<form\b[^>]*\bid="' + re.escape(form_id) + r'"[^>]*>.*?</form>', page, re.S)
        if not form:
            sys.exit("No form " + form_id + " on the page")
        action = html.unescape(re.search(r'\baction="([^"]*)"', form.group(0)).group(1))
        fields = {}
        pressed = None
        for tag in re.findall(r"<input\b[^>]*>", form.group(0)):
            attributes = {k: html.unescape(v) for k, v in re.findall(r'([\w:.-]+)="([^"]*)"', tag)}
            kind, name = attributes.get("type", "text"), attributes.get("name")
            if not name:
                continue
            if kind == "submit":
                if name == button:
                    pressed = attributes.get("value", "")
                continue
            if kind in ("radio", "checkbox") and "checked" not in attributes:
                continue
            fields[name] = attributes.get("value", "")
        if pressed is None:
            sys.exit("No button " + button + " in form " + form_id)
        fields.update(values)
        fields[button] = pressed
        path = urllib.parse.urlsplit(action)
        return self.post(path.path + ("?" + path.query if path.query else ""), fields)


def issue_token(console, name):
    """Issues a WRITE token of the console's current office; returns its secret."""
    page = console.get("/admin/tokens.xhtml")
    issued = console.submit(
        page, "issue", {"issue:name": name, "issue:scope": "WRITE"}, "issue:issue-button"
    )
    secret = re.search(r'id="issued-secret"[^>]*>\s*(mrd_[^<\s]+)', issued)
    if not secret:
        sys.exit("The token page did not show a new token")
    return secret.group(1)


def ms(seconds):
    return round(seconds * 1000, 2)


def poll(connection, path, shows, started, every, result, key):
    """Asks for path every `every` seconds until shows(status, body); records the delay."""
    looks = 0
    while True:
        looks += 1
        status, body = connection.request("GET", path)
        if shows(status, body):
            result[key] = (ms(time.perf_counter() - started), looks)
            return
        if time.perf_counter() - started > GIVE_UP_SECONDS:
            result[key] = (None, looks)
            return
        time.sleep(every)


def publish(out, base, office, email, count, poll_ms):
    count, every = int(count), int(poll_ms) / 1000
    console = Console(base, email, office)
    run = format(int(time.time()) % 1_000_000, "x")
    token = issue_token(console, "publish-visible bench " + run)
    api = Http(base, {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    site = Http(base)

    status, body = site.request("GET", "/api/v1/offices/" + office + "/content?type=news&size=1&fields=url")
    if status != 200 or not json.loads(body)["items"]:
        sys.exit("No live news item in " + office + " for the baseline: " + body[:200])
    existing = urllib.parse.urlsplit(json.loads(body)["items"][0]["url"]).path
    for _ in range(5):  # warm
        site.request("GET", existing)
    baseline = []
    for _ in range(count):
        started = time.perf_counter()
        status, _ = site.request("GET", existing)
        baseline.append(ms(time.perf_counter() - started))
        if status != 200:
            sys.exit("The existing article " + existing + " answered " + str(status))

    pollers = {k: Http(base) for k in ("article", "news", "sitemap", "feed")}
    rows = []
    for i in range(-3, count):  # three to warm up, not counted
        slug = "visible-%s-%03d" % (run, i + 3)
        title = "Visible check %s %03d" % (run, i + 3)
        draft = {
            "type": "news",
            "language": "en",
            "slug": slug,
            "title": title,
            "summary": "A news item published by the publish-to-visible benchmark.",
            "body": "<p>Published to see how soon the public site shows it.</p>",
            "fields": {"kind": "news"},
        }
        status, body = api.request("POST", "/api/v1/offices/" + office + "/items", json.dumps(draft))
        if status != 201:
            sys.exit("Creating a draft answered " + str(status) + ": " + body[:300])
        item = json.loads(body)["id"]
        started = time.perf_counter()
        status, body = api.request(
            "POST", "/api/v1/offices/%s/items/%d/steps" % (office, item), json.dumps({"step": "PUBLISH"})
        )
        answered = ms(time.perf_counter() - started)
        if status != 200:
            sys.exit("Publishing answered " + str(status) + ": " + body[:300])
        article = existing.rsplit("/", 1)[0] + "/" + slug  # beside the existing article
        targets = {
            "article": (article, lambda s, b: s == 200 and title in b),
            "news": ("/%s/en/news" % office, lambda s, b: s == 200 and slug in b),
            "sitemap": ("/%s/sitemap.xml" % office, lambda s, b: s == 200 and slug in b),
            "feed": ("/%s/en/feed.rss" % office, lambda s, b: s == 200 and slug in b),
        }
        result = {}
        threads = [
            threading.Thread(target=poll, args=(pollers[k], p, f, started, every, result, k))
            for k, (p, f) in targets.items()
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if i >= 0:
            rows.append({"answer": answered, **{k: v[0] for k, v in result.items()},
                         "looks": {k: v[1] for k, v in result.items()}})
    with open(out, "w") as f:
        json.dump({"office": office, "existing": existing, "baseline": baseline, "publications": rows}, f)


def cpu_ms(pid):
    """The process's user + system CPU time so far, in ms (/proc)."""
    with open("/proc/%s/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def health(out, base_small, pid_small, base_large, pid_large, count, names="small,large"):
    count = int(count)
    servers = {"small": (base_small, pid_small), "large": (base_large, pid_large)}
    connections = {}
    for name, (base, _) in servers.items():
        console = Console(base, HQ_ADMIN)
        connections[name] = Http(base, {"Cookie": console.cookie()})
    pages = {"page": "/admin/network.xhtml", "csv": "/admin/network-health.csv"}
    figures = {n: {p: {"times": []} for p in pages} for n in servers}

    def timed(name, page):
        started = time.perf_counter()
        status, body = connections[name].request("GET", pages[page])
        took = ms(time.perf_counter() - started)
        if status != 200:
            sys.exit("%s answered %d on the %s server" % (pages[page], status, name))
        return took, body

    for name in servers:
        for page in pages:
            took, body = timed(name, page)
            figures[name][page]["first"] = took
            figures[name][page]["rows"] = (
                body.count('<tr') - 1 if page == "page" else body.count("\n") - 1
            )
    cpu_before = {n: cpu_ms(pid) for n, (_, pid) in servers.items()}
    for _ in range(count):
        for name in servers:
            for page in pages:
                figures[name][page]["times"].append(timed(name, page)[0])
    for name, (_, pid) in servers.items():
        figures[name]["cpu_ms_per_request"] = round((cpu_ms(pid) - cpu_before[name]) / (2 * count), 1)
    with open(out, "w") as f:
        json.dump(dict(figures, names=names.split(",")), f)


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered) + 0.5)) - 1))]


def report(work):
    def load(name):
        path = os.path.join(work, name)
        return json.load(open(path)) if os.path.exists(path) else None

    servers = []
    tsv = os.path.join(work, "servers.tsv")
    if os.path.exists(tsv):
        keys = ("name", "ready_s", "cpu_s", "load", "heap_peak_mb", "heap_live_mb", "rss_peak_mb", "rss_mb")
        servers = [dict(zip(keys, line.rstrip("\n").split("\t"))) for line in open(tsv) if line.strip()]
    print("\nMemory and start-up (item 6); every server runs with -Xmx512m")
    print("| server | start-up to ready s | its CPU s until ready | load average at start | peak heap used MB"
          " | heap after a full GC MB | RSS peak MB (VmHWM) | RSS at the end MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in servers:
        print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            s["name"], s["ready_s"], s["cpu_s"], s["load"], s["heap_peak_mb"], s["heap_live_mb"],
            s["rss_peak_mb"], s["rss_mb"]))

    small, large = load("publish-small.json"), load("publish-large.json")
    if small:
        print("\nPublish -> visible on the same node (item 5): ms from sending PUBLISH, median / max over %d"
              " publications" % len(small["publications"]))
        print("| what | small network | looks | large network | looks | small / baseline (median) |"
              " large / baseline (median) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")

        def cells(data, key):
            if not data:
                return "—", "—", None
            if key == "baseline":
                values = data["baseline"]
                looks = "—"
            else:
                values = [p[key] for p in data["publications"]]
                looks = "—" if key == "answer" else "max %d" % max(p["looks"][key] for p in data["publications"])
            if any(v is None for v in values):
                return "not seen in %d s (%d of %d)" % (GIVE_UP_SECONDS, values.count(None), len(values)), looks, None
            return "%.1f / %.1f" % (statistics.median(values), max(values)), looks, statistics.median(values)

        base_small = statistics.median(small["baseline"])
        base_large = statistics.median(large["baseline"]) if large else None
        for key, label in (("baseline", "baseline: GET of an existing article"),
                           ("answer", "the PUBLISH request answered"),
                           ("article", "article page 200 with its title"),
                           ("news", "news list links it"),
                           ("sitemap", "sitemap.xml lists it"),
                           ("feed", "feed.rss carries it")):
            s_cell, s_looks, s_median = cells(small, key)
            l_cell, l_looks, l_median = cells(large, key)
            ratio = lambda m, b: "%.1fx" % (m / b) if m is not None and b else "—"
            print("| %s | %s | %s | %s | %s | %s | %s |" % (
                label, s_cell, s_looks, l_cell, l_looks, ratio(s_median, base_small), ratio(l_median, base_large)))
        print("(looks: how many GETs the poller needed after the PUBLISH answer; 1 = shown at the first look)")

    figures = load("health.json")
    if figures:
        print("\nNetwork health (item 5): ms per request, the two servers alternated, %d rounds" %
              len(figures["small"]["page"]["times"]))
        first, second = figures.get("names", ["small", "large"])
        print("| request | %s: offices | first | median | p95 | %s: offices | first | median | p95 |"
              " %s / %s (median) |" % (first, second, second, first))
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for page, label in (("page", "/admin/network.xhtml"), ("csv", "/admin/network-health.csv")):
            s, l = figures["small"][page], figures["large"][page]
            print("| %s | %d | %.0f | %.0f | %.0f | %d | %.0f | %.0f | %.0f | %.1fx |" % (
                label, s["rows"], s["first"], statistics.median(s["times"]), quantile(s["times"], 0.95),
                l["rows"], l["first"], statistics.median(l["times"]), quantile(l["times"], 0.95),
                statistics.median(l["times"]) / statistics.median(s["times"])))
        print("| server CPU ms per request (page and CSV together) | | | %.1f | | | | %.1f | | %.1fx |" % (
            figures["small"]["cpu_ms_per_request"], figures["large"]["cpu_ms_per_request"],
            figures["large"]["cpu_ms_per_request"] / max(0.1, figures["small"]["cpu_ms_per_request"])))


if __name__ == "__main__":
    commands = {"publish": publish, "health": health, "report": report}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
