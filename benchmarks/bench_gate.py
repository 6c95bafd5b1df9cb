"""The e-mail gate's throughput, latency and memory, against `scanner scan` of the same
attachments in the same run (machines are shared and noisy: ratios, not seconds).

    python benchmarks/bench_gate.py [--messages 200] [--clients 4] [--jobs 2] [--repeat 3]

1. Builds N messages, each with one to three typical attachments taken in turn from
   `samples/` (DOCX, PDF, XLSX, text, NC program, DXF …; one message in five has none), to
   external and internal recipients, and writes every attachment to a folder as well.
2. Starts an aiosmtpd sink (the next hop) and `scanner gate serve` as a separate process with
   `--concurrency J`, and sends the N messages through it from C client threads; per message,
   the time from connect to the 250 (or 451) reply. The same messages are also sent straight
   to the sink, for the latency the gate adds.
3. Runs `scanner scan --jobs J` over the attachment folder (a fresh process, as a user would).

Gate and scan rounds alternate (`--repeat`), one gate process serving every round.
Reported: gate throughput as a share of the scan's, median over the rounds (the scan's wall
time over the gate's, both over the same attachment bytes; acceptance ≥ 0.8), CPU time of
each (gate and its workers, scan and its workers), added latency per message (median and
p95, gate round trip less the direct one), and the gate's resident memory (process and
workers) sampled through the run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402

SKIP = {".png", ".eml"}  # a scan (OCR, seconds each) would dominate; e-mails are messages already


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            self.count += 1
        return "250 OK"


def build(n: int, out: Path) -> list[tuple[bytes, list[str]]]:
    attachments = sorted(
        p for p in (ROOT / "samples").iterdir() if p.is_file() and p.suffix.lower() not in SKIP
    )
    messages = []
    k = 0
    for i in range(n):
        m = EmailMessage()
        m["From"] = "li.wei@example.com"
        to = ["r.mueller@partner.example"] if i % 4 else ["zhang@example.com", "r.mueller@partner.example"]
        m["To"] = ", ".join(to)
        m["Subject"] = f"documents {i}"
        m["Message-ID"] = f"<bench-{i}@example.com>"
        m.set_content(
            f"Dear colleague,\n\nplease find the files for item {i} attached.\n\nBest regards\nLi Wei\n"
        )
        for _ in range(0 if i % 5 == 0 else 1 + i % 3):
            path = attachments[k % len(attachments)]
            k += 1
            data = path.read_bytes()
            m.add_attachment(data, maintype="application", subtype="octet-stream", filename=path.name)
            (out / f"{i:04d}-{path.name}").write_bytes(data)
        messages.append((m.as_bytes(policy=SMTP), to))
    return messages


def send_all(port: int, messages, clients: int) -> tuple[float, list[float], list[int]]:
    latencies: list[float] = [0.0] * len(messages)
    codes: list[int] = [0] * len(messages)

    def client(indices: list[int]) -> None:
        for i in indices:
            data, to = messages[i]
            started = time.perf_counter()
            try:
                with smtplib.SMTP("127.0.0.1", port, timeout=600) as c:
                    c.sendmail("li.wei@example.com", to, data)
                codes[i] = 250
            except smtplib.SMTPDataError as exc:
                codes[i] = exc.smtp_code
            latencies[i] = time.perf_counter() - started

    started = time.perf_counter()
    threads = [
        threading.Thread(target=client, args=(list(range(c, len(messages), clients)),))
        for c in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, latencies, codes


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and its children (the gate and its scan workers)."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except (OSError, StopIteration):
            continue
        pids.extend(int(c) for c in children)
    return total


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a live process and the children it has waited for."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--clients", type=int, default=4, help="SMTP clients (Postfix's maxproc)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="gate and scan rounds, alternating")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-gate-"))
    try:
        files = work / "attachments"
        files.mkdir()
        messages = build(args.messages, files)
        size = sum(len(m) for m, _ in messages)
        print(f"{len(messages)} messages, {sum(1 for _ in files.iterdir())} attachments, {size / 1e6:.1f} MB")

        sink = Sink()
        sink_port = free_port()
        controller = Controller(sink, hostname="127.0.0.1", port=sink_port, data_size_limit=None)
        controller.start()
        direct_wall, direct_lat, _ = send_all(sink_port, messages, args.clients)

        policy = work / "gate.toml"
        policy.write_text(
            f'[gate]\nquarantine = "q"\nnext_hop = "127.0.0.1:{sink_port}"\n'
            f'[recipients]\ninternal_domains = ["example.com"]\n',
            encoding="utf-8",
        )
        port = free_port()
        gate = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scanner",
                "gate",
                "serve",
                "--listen",
                f"127.0.0.1:{port}",
                "--policy",
                str(policy),
                "--concurrency",
                str(args.jobs),
            ],
            stderr=subprocess.PIPE,
        )
        assert gate.stderr is not None
        gate.stderr.readline()  # "listening on …": the scanner is loaded
        rss: list[int] = []
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                rss.append(tree_rss_kib(gate.pid))
                stop.wait(0.5)

        sampler = threading.Thread(target=sample)
        sampler.start()
        empty = work / "empty"
        empty.mkdir()
        rounds = []
        all_codes: list[int] = []
        added: list[float] = []
        for _ in range(args.repeat):  # gate and scan alternate: the machine's noise hits both
            cpu_before = cpu_of(gate.pid) + _workers_cpu(gate.pid)
            own_before = cpu_of(gate.pid)
            gate_wall, gate_lat, codes = send_all(port, messages, args.clients)
            cpu_own = cpu_of(gate.pid) - own_before
            cpu_gate = cpu_of(gate.pid) + _workers_cpu(gate.pid) - cpu_before
            all_codes += codes
            added += [g - d for g, d in zip(gate_lat, direct_lat, strict=True)]
            startup_wall, startup_cpu = _scan(empty, args.jobs)  # loading the scanner, as the gate did
            scan_wall, scan_cpu = _scan(files, args.jobs)
            scan_wall -= startup_wall
            scan_cpu -= startup_cpu
            rounds.append((gate_wall, cpu_gate, cpu_own, scan_wall, scan_cpu, startup_wall))
            print(
                f"round {len(rounds)}: gate {gate_wall:.1f} s wall "
                f"({len(messages) / gate_wall:.1f} messages/s), "
                f"CPU {cpu_gate:.1f} s ({cpu_own:.1f} s in the server process); scan {scan_wall:.1f} s wall, "
                f"CPU {scan_cpu:.1f} s (after {startup_wall:.1f} s start-up); gate/scan throughput "
                f"{scan_wall / gate_wall:.2f} wall, {scan_cpu / max(cpu_gate, 1e-9):.2f} CPU",
                flush=True,
            )
        stop.set()
        sampler.join()
        gate.terminate()
        gate.wait(30)
        controller.stop()

        added.sort()
        held = len(list((work / "q").glob("*/record.json")))
        print(
            f"replies: {all_codes.count(250)} × 250, {len(all_codes) - all_codes.count(250)} other; "
            f"{held} distinct messages held in quarantine"
        )
        wall_ratio = statistics.median(r[3] / r[0] for r in rounds)
        cpu_ratio = statistics.median(r[4] / r[1] for r in rounds)
        print(
            f"gate throughput / scan throughput, median of {len(rounds)} rounds: {wall_ratio:.2f} (wall), "
            f"{cpu_ratio:.2f} (CPU); the scan's start-up is left out (the gate loads once, before its "
            "first message)"
        )
        print(
            f"added latency per message: median {statistics.median(added) * 1000:.0f} ms, "
            f"p95 {added[int(0.95 * (len(added) - 1))] * 1000:.0f} ms (direct to the sink: median "
            f"{statistics.median(direct_lat) * 1000:.1f} ms; {direct_wall:.1f} s for all)"
        )
        if rss:
            tenth = max(1, len(rss) // 10)
            print(
                f"gate resident memory (process + workers) over {len(rounds) * len(messages)} messages: "
                f"first tenth {statistics.mean(rss[:tenth]) / 1024:.0f} MiB, "
                f"last tenth {statistics.mean(rss[-tenth:]) / 1024:.0f} MiB, max {max(rss) / 1024:.0f} MiB "
                f"({len(rss)} samples)"
            )
            deciles = [
                statistics.mean(rss[i * len(rss) // 10 : (i + 1) * len(rss) // 10] or rss[-1:])
                for i in range(10)
            ]
            print("  by tenth of the run (MiB): " + " ".join(f"{d / 1024:.0f}" for d in deciles))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _scan(folder: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds of `scanner scan --jobs J FOLDER` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(folder), "--format", "jsonl", "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _workers_cpu(pid: int) -> float:
    """CPU of the gate's live worker processes (not yet waited for, so not in its own counts)."""
    total = 0.0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return 0.0
    for child in children:
        try:
            total += cpu_of(int(child))
        except OSError:
            continue
    return total


if __name__ == "__main__":
    main()
