#!/usr/bin/env python3
"""Benchmark one full `claimwatch run --once` cycle against a local site of N feeds × M entries.

A separate process serves realistic article pages (50–200 KB: navigation, sidebars, scripts,
comments, four templates) with a fixed server-side latency. The script prints articles per
second, wall time, peak RSS of the daemon's process tree, seconds per stage, the trafilatura-only
limit on the same pages in the same number of processes and the ratio of the two, the time of a
cycle where every feed answers 304, and the cost per article as the database grows.

  python bench/bench_pipeline.py                         # 500 feeds × 20 entries, 100 ms latency
  python bench/bench_pipeline.py --feeds 50 --entries 10 --growth ""      # a quick run
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import multiprocessing
import os
import random
import re
import resource
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from http import HTTPStatus
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from daemon.config import FetchConfig  # noqa: E402

NAMES = ["Siarhei Tsikhanouski", "Maria Kalesnikava", "Ales Bialiatski", "Viktar Babaryka", "Ihar Karnei"]
EVENTS = [("21 June", 14, "Keith Kellogg"), ("11 September", 52, "John Coale"), ("13 December", 123, "John Coale")]
CONCURRENCY = FetchConfig().concurrency         # feeds polled at once: the daemon's default
PAGE_TYPE = "text/html; charset=utf-8"
FILLER = ("The talks in Minsk lasted several hours and covered sanctions, trade and the war in the "
          "neighbouring country. Diplomats in Vilnius described the atmosphere as businesslike. "
          "Analysts said the regime expected further concessions from Washington in return.")


# --- the site --------------------------------------------------------------------------------

def article_page(feed: int, entry: int) -> bytes:
    """A deterministic page of 50–200 KB in one of four templates."""
    rng = random.Random(feed * 1000 + entry)
    day, count, envoy = EVENTS[rng.randrange(3)]
    if rng.random() < 0.1:
        count += rng.choice((-2, -1, 1, 2))                 # some articles contradict the baseline
    person = rng.choice(NAMES)
    paragraphs = [f"Belarus freed {count} political prisoners on {day} after talks with {envoy}, "
                  f"among them {person}, officials said (report {feed}-{entry})."]
    paragraphs += [FILLER] * rng.randint(6, 14)
    template = rng.randrange(4)
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(rng.randint(40, 120)))
    side = "".join(f'<li><a href="/story/{i}">Related story number {i} about the region</a></li>'
                   for i in range(rng.randint(30, 80)))
    script = "<script>var cfg = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(rng.randint(450, 1700))) + "};</script>"
    comments = "".join(f'<div class="comment"><p>Reader {i}: they freed {rng.randint(1, 300)} people.</p></div>'
                       for i in range(rng.randint(5, 40)))
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    wrappers = [('<main><article><h1>{t}</h1>{b}</article></main>'),
                ('<div id="content"><div class="story"><h2 class="headline">{t}</h2><div class="text">{b}</div></div></div>'),
                ('<section class="post"><header><h1>{t}</h1></header><div class="entry-content">{b}</div></section>'),
                ('<div class="container"><div class="row"><div class="col-8"><h1>{t}</h1>{b}</div></div></div>')]
    title = f"Belarus frees {count} prisoners ({feed}-{entry})"
    html = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2025-12-14T10:00:00Z">{script}</head><body>'
            f'<nav><ul>{nav}</ul></nav>' + wrappers[template].format(t=title, b=body)
            + f'<aside><ul>{side}</ul></aside><div id="comments">{comments}</div>'
            f'<footer>{script}</footer></body></html>')
    return html.encode()


def feed_xml(base: str, feed: int, entries: int, first: int = 0) -> bytes:
    items = "".join(f"<item><title>Report {feed}-{e}</title><link>{base}/p/{feed}/{e}.html</link>"
                    f"<guid>{feed}-{e}</guid></item>" for e in range(first, first + entries))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>'
            f'{items}</channel></rss>').encode()


def serve(port_queue, feeds: int, entries: int, latency: float) -> None:
    """The site, in its own process: feeds with an ETag (304 on match) and article pages.

    Pages are rendered before it starts and requests are served by one asyncio loop with
    protocol callbacks, so that the site, which stands in for other machines, takes little of
    the cores the daemon is measured on (http.server, a thread per connection, took nearly
    twice the CPU per request of asyncio streams, and streams a fifth more than callbacks)."""
    pages = {(f, e): article_page(f, e) for f in range(feeds) for e in range(entries)}
    polls: dict[int, int] = {}                  # rotating feeds: new entries at every poll
    base = ""

    def respond(path: str, headers: dict[str, str]) -> bytes:
        feed = re.fullmatch(r"/feed/(\d+)\.xml", path)
        rotating = re.fullmatch(r"/rfeed/(\d+)\.xml", path)
        page = re.fullmatch(r"/p/(\d+)/(\d+)\.html", path)
        if rotating:
            number = int(rotating.group(1))
            polls[number] = polls.get(number, 0) + 1
            return reply(200, feed_xml(base, number, entries, first=(polls[number] - 1) * entries),
                         "application/rss+xml")
        if feed and headers.get("if-none-match") == '"v1"':
            return reply(304)
        if feed:
            return reply(200, feed_xml(base, int(feed.group(1)), entries), "application/rss+xml", '"v1"')
        if page:
            key = (int(page.group(1)), int(page.group(2)))
            return reply(200, pages.get(key) or article_page(*key), PAGE_TYPE)
        return reply(404, b"not found", "text/plain")

    class Connection(asyncio.Protocol):
        """HTTP/1.1 GETs on a kept-alive connection, each answered after `latency` (in order:
        timers of equal delay run in the order they were set)."""

        def connection_made(self, transport) -> None:
            transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 22)
            self.transport, self.pending = transport, b""

        def data_received(self, data: bytes) -> None:
            self.pending += data
            while b"\r\n\r\n" in self.pending:
                request, _, self.pending = self.pending.partition(b"\r\n\r\n")
                asyncio.get_running_loop().call_later(latency, self.answer, request)

        def answer(self, request: bytes) -> None:
            if self.transport.is_closing():
                return
            lines = request.decode("latin-1").split("\r\n")
            headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
            self.transport.write(respond(lines[0].split(" ")[1], headers))

    async def main() -> None:
        nonlocal base
        server = await asyncio.get_running_loop().create_server(Connection, "127.0.0.1", 0, backlog=1024)
        port = server.sockets[0].getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        port_queue.put(port)
        await server.serve_forever()

    asyncio.run(main())


def reply(status: int, body: bytes = b"", kind: str | None = None, etag: str | None = None) -> bytes:
    """A whole HTTP/1.1 response."""
    head = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", f"Content-Length: {len(body)}"]
    head += [f"Content-Type: {kind}"] * bool(kind) + [f"ETag: {etag}"] * bool(etag)
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


# --- measuring -----------------------------------------------------------------------------

def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for thread in os.listdir(f"/proc/{current}/task"):
                todo += _children(current, thread)
        except OSError:
            pass                                    # the process has ended
    return total


def _children(pid: int, thread: str) -> list[int]:
    """The processes one thread of a process started (each thread has its own list)."""
    try:
        with open(f"/proc/{pid}/task/{thread}/children") as fh:
            return [int(c) for c in fh.read().split()]
    except OSError:
        return []


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def run_cycle(config: Path, env: dict) -> dict:
    """One `claimwatch run --once`: wall time, peak tree RSS, CPU, stage times, articles stored."""
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "daemon", "run", "--once", "--config", str(config)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = main_cpu = 0
    reader = threading.Thread(target=lambda: setattr(proc, "captured", proc.stderr.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        main_cpu = max(main_cpu, cpu_seconds(proc.pid))
        time.sleep(0.2)
    reader.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    total_cpu = (after.ru_utime + after.ru_stime) - (children_before.ru_utime + children_before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"cycle failed ({proc.returncode}):\n{proc.captured[-3000:]}")
    done = re.search(r"cycle done: (\d+) new articles; time per stage: (.*)", proc.captured)
    busy = total_cpu / (wall * (os.cpu_count() or 1))
    return {"wall": wall, "rss": peak, "stored": int(done.group(1)), "stages": done.group(2),
            "cpu": f"daemon process {main_cpu:.1f} s, extraction workers {total_cpu - main_cpu:.1f} s "
                   f"(the cores were busy {busy:.0%} of the cycle)"}


def limit_throughput(pages: list[tuple[str, bytes]], workers: int) -> float:
    """Pages per second for trafilatura alone, from memory, in the same number of processes,
    called as the pipeline calls it: same settings, with the page's URL and content type
    (trafilatura does more with a URL: about 4% more time per page here)."""
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_extract, pages[:workers * 2]))          # warm the workers up
        started = time.perf_counter()
        list(pool.map(_extract, pages, chunksize=8))
        return len(pages) / (time.perf_counter() - started)


def _extract(page: tuple[str, bytes]):
    from daemon.extract import extract_article
    url, html = page
    return extract_article(html, url, PAGE_TYPE) is not None


def prefill(db_path: Path, rows: int) -> None:
    """Stored articles from earlier cycles, so lookups meet a database of this size."""
    subprocess.run([sys.executable, "-m", "daemon", "baseline", "build", "--config", str(db_path.parent / "config.toml")],
                   cwd=ROOT, env=_env(db_path), check=True, capture_output=True)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executemany(
            "insert into article (url, content_hash, title, text, status, attempts) values (?, ?, ?, ?, 'checked', 0)",
            ((f"https://old.example/{i}", hashlib.sha256(str(i).encode()).hexdigest(), f"old {i}", "x" * 2000)
             for i in range(rows)))
    # Settle the writes first (100k rows are 200 MB), so that the measured cycle does not pay
    # for moving them from the write-ahead log into the database, nor for the disk flush.
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    os.sync()


def cost_as_database_grows(base: str, sizes: list[int], feeds: int, first_feed: int, rounds: int = 2) -> None:
    """Print the cost per new article with each number of articles already stored. Cycles
    take turns between the sizes (10k, 100k, 10k, 100k), each on new feeds, so that the
    machine's drift in speed falls on every size alike."""
    with tempfile.TemporaryDirectory() as tmp:
        folders = {size: Path(tmp) / str(size) for size in sizes}
        for size, folder in folders.items():
            folder.mkdir()
            write_config(folder, base, feeds)
            prefill(folder / "g.db", size)
        per_article = {size: [] for size in sizes}
        for turn in range(rounds):
            for size, folder in folders.items():
                config = write_config(folder, base, feeds, first_feed=first_feed + turn * feeds)
                cycle = run_cycle(config, _env(folder / "g.db"))
                per_article[size].append(1000 * cycle["wall"] / max(cycle["stored"], 1))
                print(f"with {size} stored articles: {cycle['stored']} new in {cycle['wall']:.1f} s = "
                      f"{per_article[size][-1]:.1f} ms per article; stages: {cycle['stages']}")
        first = sum(per_article[sizes[0]]) / rounds
        for size in sizes:
            mean = sum(per_article[size]) / rounds
            print(f"cost per article with {size} stored, mean of {rounds}: {mean:.1f} ms "
                  f"({100 * (mean / first - 1):+.0f}% against {sizes[0]})")


def memory_over_cycles(base: str, feeds: int, cycles: int, interval: int = 10) -> tuple[list[int], int]:
    """Peak tree RSS in each polling interval of a running daemon whose feeds have new
    entries at every poll, and the number of articles it stored."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = write_config(folder, base, feeds, path="rfeed", interval=f"{interval}s")
        proc = subprocess.Popen([sys.executable, "-m", "daemon", "run", "--config", str(config)], cwd=ROOT,
                                env=_env(folder / "m.db"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peaks = []
        for _ in range(cycles):
            window_end, peak = time.monotonic() + interval, 0
            while time.monotonic() < window_end:
                peak = max(peak, tree_rss(proc.pid))
                time.sleep(0.25)
            peaks.append(peak)
        proc.terminate()
        proc.wait(timeout=30)
        with sqlite3.connect(folder / "m.db") as conn:
            return peaks, conn.execute("select count(*) from article").fetchone()[0]


def write_config(folder: Path, base: str, feeds: int, first_feed: int = 0, path: str = "feed",
                 interval: str = "10m", concurrency: int = CONCURRENCY) -> Path:
    # One local server stands in for the many hosts of real feeds, so the per-host limit is
    # lifted to the number of feeds polled at once.
    lines = [f'[fetch]\nallow_private_addresses = true\ntimeout = 30.0\ndeadline = 60.0\n'
             f'concurrency = {concurrency}\nper_host = {concurrency}\n']
    lines += [f'[[feeds]]\nname = "feed {i}"\nurl = "{base}/{path}/{i}.xml"\ninterval = "{interval}"\n'
              for i in range(first_feed, first_feed + feeds)]
    path = folder / "config.toml"
    path.write_text("\n".join(lines))
    return path


def _env(db_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env["CLAIMWATCH_DATABASE_URL"] = f"sqlite:///{db_path}"
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.1, help="server-side seconds per request")
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY, help="feeds polled at once")
    parser.add_argument("--limit-sample", type=int, default=2000, help="pages for the trafilatura-only limit")
    parser.add_argument("--growth", default="10000,100000", help="stored-article counts to compare ('' skips)")
    parser.add_argument("--growth-feeds", type=int, default=50, help="feeds per growth cycle")
    parser.add_argument("--memory-cycles", type=int, default=8,
                        help="polling intervals of a running daemon to watch for memory growth (0 skips)")
    parser.add_argument("--memory-feeds", type=int, default=20, help="feeds of that daemon (new entries each poll)")
    args = parser.parse_args()
    workers = os.cpu_count() or 1

    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(ports, args.feeds, args.entries, args.latency),
                                     daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=600)}"
    sizes = [len(article_page(f, e)) for f in range(5) for e in range(4)]
    print(f"site: {args.feeds} feeds × {args.entries} entries, {args.latency * 1000:.0f} ms latency, "
          f"pages {min(sizes) // 1024}–{max(sizes) // 1024} KB, {workers} cores")

    # The limit is measured just before and just after the cycle, and the ratio taken against
    # their mean: on a shared machine the speed of the same work drifts by 10% or more.
    sample = [(f"{base}/p/{feed}/{entry}.html", article_page(feed, entry))
              for feed, entry in ((i % args.feeds, i // args.feeds % args.entries) for i in range(args.limit_sample))]
    limit_before = limit_throughput(sample, workers)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        config = write_config(folder, base, args.feeds, concurrency=args.concurrency)
        server_cpu = cpu_seconds(server.pid)
        cycle = run_cycle(config, _env(db))
        server_cpu = cpu_seconds(server.pid) - server_cpu
        rate = cycle["stored"] / cycle["wall"]
        print(f"pipeline: {cycle['stored']} articles in {cycle['wall']:.1f} s = {rate:.1f} articles/s; "
              f"peak RSS {cycle['rss'] / 2**20:.0f} MB")
        print(f"time per stage (summed over threads and processes): {cycle['stages']}")
        print(f"CPU: {cycle['cpu']}, the benchmark's own HTTP server {server_cpu:.1f} s")

        limit_after = limit_throughput(sample, workers)
        limit = (limit_before + limit_after) / 2
        print(f"limit: trafilatura alone, {workers} processes, from memory: {limit:.1f} pages/s "
              f"({limit_before:.1f} before the cycle, {limit_after:.1f} after); "
              f"ratio pipeline/limit = {rate / limit:.2f}")

        again = run_cycle(config, _env(db))
        print(f"unchanged cycle (every feed 304): {again['wall']:.1f} s, {again['stored']} new articles; "
              f"peak RSS {again['rss'] / 2**20:.0f} MB")

    sizes = [int(x) for x in args.growth.split(",") if x]
    if sizes:
        cost_as_database_grows(base, sizes, args.growth_feeds, first_feed=args.feeds)
    if args.memory_cycles:
        peaks, stored = memory_over_cycles(base, args.memory_feeds, args.memory_cycles)
        print(f"running daemon, {args.memory_feeds} feeds with {args.entries} new entries every 10 s, "
              f"{stored} articles stored: peak RSS per interval (MB): {' '.join(str(p // 2**20) for p in peaks)}")
    server.terminate()


if __name__ == "__main__":
    main()
