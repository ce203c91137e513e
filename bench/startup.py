"""Startup time: from process start to the first question on screen, beside a bare Textual app.

Both run in a pseudo-terminal (80x24) in the same run, in pairs (which of the
two goes first alternates, so a change in the machine's load hits both alike);
the clock stops when every expected text has appeared in what the process
draws: for the quiz the question, the status line and the footer's keys, so
the first screen is complete, not just begun. Target: the quiz app at most 1.5x
the bare app (median of the runs). The spread (quartiles, min, max) and the
median of the per-pair ratios show how far the figure can be trusted; on a busy
machine run more pairs.

    python bench/startup.py [--runs 15] [--deck decks/beispiel-europa.yaml]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
ANSI = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])")
BARE_APP = """
from textual.app import App
from textual.widgets import Label


class Bare(App):
    def compose(self):
        yield Label("READY one label")


Bare().run()
"""
TIMEOUT_S = 30.0


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_until(argv: list[str], markers: list[bytes], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds from starting ``argv`` in an 80x24 pty until every marker is drawn; then stop it."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    try:
        while True:
            elapsed = time.perf_counter() - started
            if elapsed > TIMEOUT_S:
                raise TimeoutError(f"{markers!r} not all seen after {TIMEOUT_S:.0f} s: {ANSI.sub(b'', seen)[-300:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                raise RuntimeError(f"{argv} ended early: {ANSI.sub(b'', seen)[-300:]!r}") from None
            seen += chunk
            plain = ANSI.sub(b"", seen)
            if all(marker in plain for marker in markers):
                return time.perf_counter() - started, cpu_seconds(pid)
    finally:
        _stop(pid, fd)


def _stop(pid: int, fd: int) -> None:
    try:
        os.write(fd, b"\x11")  # Ctrl+Q: quit cleanly
    except OSError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            select.select([fd], [], [], 0.05)
            os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)


def spread(times: list[float]) -> str:
    q1, median, q3 = statistics.quantiles(times, n=4, method="inclusive")
    return (f"median {median * 1000:5.0f} ms   quartiles {q1 * 1000:4.0f}–{q3 * 1000:<4.0f} ms"
            f"   min {min(times) * 1000:4.0f}   max {max(times) * 1000:4.0f}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="pairs of runs (bare, quiz) to time (default: 15)")
    parser.add_argument("--deck", type=Path, default=PROJECT / "decks" / "beispiel-europa.yaml")
    parser.add_argument(
        "--marker", action="append", default=None,
        help="a text the complete first screen shows (repeatable; default: the question, the status line "
             "and the footer's keys of the bundled example deck)",
    )  # fmt: skip
    args = parser.parse_args()
    markers = [marker.encode() for marker in args.marker or ["Hauptstadt", "Frage 1 von", "Hilfe", "Befehle"]]
    if args.runs < 2:
        parser.error("--runs must be at least 2")

    with tempfile.TemporaryDirectory() as tmp:
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE_APP)
        # Byte code cached as after a normal install, even when the environment says
        # PYTHONDONTWRITEBYTECODE: compiling quiz's modules on every start is not what a learner's start costs.
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.update({"TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"})
        bare_argv = [sys.executable, str(bare_script)]
        data = Path(tmp) / "data"  # one progress database; the runs answer nothing, so card 1 comes first each time
        quiz_argv = [sys.executable, "-m", "quiz", "play", str(args.deck), "--data-dir", str(data), "--lang", "de"]
        load_before = os.getloadavg()[0]
        time_until(bare_argv, [b"READY"], env)  # warm-up (byte code, file cache, the database), not counted
        time_until(quiz_argv, markers, env)
        bare: list[tuple[float, float]] = []
        quiz: list[tuple[float, float]] = []
        for run in range(args.runs):
            if run % 2:
                quiz.append(time_until(quiz_argv, markers, env))
                bare.append(time_until(bare_argv, [b"READY"], env))
            else:
                bare.append(time_until(bare_argv, [b"READY"], env))
                quiz.append(time_until(quiz_argv, markers, env))

    print(f"startup to complete first screen, {args.runs} pairs of runs, 80x24 pty, Python {sys.version.split()[0]}, "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, {os.cpu_count()} cores")  # fmt: skip
    for index, unit in ((0, "wall clock"), (1, "CPU time")):
        bare_t, quiz_t = [b[index] for b in bare], [q[index] for q in quiz]
        print(f"  bare Textual app (1 label)   {spread(bare_t)}  ({unit})")
        print(f"  quiz play (first question)   {spread(quiz_t)}  ({unit})")
        ratio = statistics.median(quiz_t) / statistics.median(bare_t)
        pairs = sorted(q / b for q, b in zip(quiz_t, bare_t, strict=True) if b > 0)
        low, _, high = statistics.quantiles(pairs, n=4, method="inclusive")
        verdict = "ok" if ratio <= 1.5 else "over target"
        print(f"  ratio quiz / bare ({unit}): {ratio:.2f}x of the medians (target <= 1.5x: {verdict});"
              f" per pair: median {statistics.median(pairs):.2f}x, quartiles {low:.2f}–{high:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
