"""Runs a command in a pseudo-terminal of 120x30, feeds what it writes to a
terminal emulator (pyte) and prints the lines a person would see after it
ended: the scrollback, then the screen. For tests/it/reporters.rs, which
checks that no stale progress bar is left behind.

    python scripts/terminal-screen.py COMMAND ARGS...
"""
import os
import pty
import sys

import pyte

COLUMNS, LINES = 120, 30
screen = pyte.HistoryScreen(COLUMNS, LINES, history=10000)
screen.set_mode(pyte.modes.LNM)  # a newline also returns the carriage, as a tty's onlcr does
stream = pyte.ByteStream(screen)

pid, fd = pty.fork()
if pid == 0:
    os.environ["COLUMNS"], os.environ["LINES"] = str(COLUMNS), str(LINES)
    os.execvp(sys.argv[1], sys.argv[1:])
while True:
    try:
        data = os.read(fd, 65536)
    except OSError:
        break
    if not data:
        break
    stream.feed(data)
_, status = os.waitpid(pid, 0)
lines = ["".join(char.data for char in line.values()).rstrip() for line in screen.history.top]
lines += [line.rstrip() for line in screen.display]
print("\n".join(lines).rstrip())
sys.exit(os.waitstatus_to_exitcode(status))
