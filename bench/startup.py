"""Startup time: from process start to the first question on screen, beside a bare Textual app.

Both run in a pseudo-terminal (80x24) in the same run, alternating; the clock
stops when the expected text appears in what the process draws. Target: the
quiz app at most 1.5x the bare app (median of the runs).

    python bench/startup.py [--runs 7] [--deck decks/beispiel-europa.yaml]
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


def time_until(argv: list[str], marker: bytes, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds from starting ``argv`` in an 80x24 pty until ``marker`` is drawn; then stop it."""
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
                raise TimeoutError(f"{marker!r} not seen after {TIMEOUT_S:.0f} s: {ANSI.sub(b'', seen)[-300:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                raise RuntimeError(f"{argv} ended early: {ANSI.sub(b'', seen)[-300:]!r}") from None
            seen += chunk
            if marker in ANSI.sub(b"", seen):
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--deck", type=Path, default=PROJECT / "decks" / "beispiel-europa.yaml")
    parser.add_argument("--marker", default="Hauptstadt", help="text of the first question to wait for")
    args = parser.parse_args()

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
        time_until(bare_argv, b"READY", env)  # warm-up (byte code, file cache, the database), not counted
        time_until(quiz_argv, args.marker.encode(), env)
        bare: list[tuple[float, float]] = []
        quiz: list[tuple[float, float]] = []
        for _ in range(args.runs):
            bare.append(time_until(bare_argv, b"READY", env))
            quiz.append(time_until(quiz_argv, args.marker.encode(), env))

    def line(name: str, times: list[float], unit: str) -> str:
        return (f"  {name:<28} median {statistics.median(times) * 1000:6.0f} ms"
                f"   min {min(times) * 1000:6.0f} ms   max {max(times) * 1000:6.0f} ms  ({unit})")  # fmt: skip

    print(f"startup to first screen, {args.runs} runs each, 80x24 pty, Python {sys.version.split()[0]},"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    for index, unit in ((0, "wall clock"), (1, "CPU time")):
        bare_t, quiz_t = [b[index] for b in bare], [q[index] for q in quiz]
        print(line("bare Textual app (1 label)", bare_t, unit))
        print(line("quiz play (first question)", quiz_t, unit))
        ratio = statistics.median(quiz_t) / statistics.median(bare_t)
        verdict = "ok" if ratio <= 1.5 else "over target"
        print(f"  ratio quiz / bare ({unit}): {ratio:.2f}x of the medians (target <= 1.5x: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
