#!/usr/bin/env python3
"""Re-runs the README's tested command blocks and writes their current output back into README.md.

Usage: python3 tools/refresh_readme.py [--check] [--readme PATH]
  Needs parley-cli/target/parley.jar (mvn -q -o -pl parley-cli -am package -DskipTests).
  --check         write nothing; print a unified diff and exit 1 when the README would change
  --readme PATH   the README to refresh (default: README.md of this repository); the jar and samples are always
                  this repository's

The blocks, the scratch directory, the launcher and the order of commands are those of ReadmeIT
(parley-cli/src/test/java/org/parley/cli/ReadmeIT.java), so a refreshed README passes it. Only the output lines
under each `$ ` command change; everything else is kept byte for byte. Progress lines, which ReadmeIT ignores, are
left out, except the ones a block already shows on purpose (`extract: 65/65 inputs, 11.6/s, ETA 0:00`): those stay
as written, because their rates differ on every run.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

MARKER = "<!-- readme-test -->"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# ReadmeIT's removeIf patterns (Java String.matches: the whole line).
PROGRESS = (re.compile(r"[a-z]+: \d+/\d+ inputs, .*(ETA|loading models).*", re.ASCII),
            re.compile(r"[a-z]+: \d+ done, .*", re.ASCII))
# ReadmeIT's own limit on one command.
TIMEOUT_SECONDS = 15 * 60
# What java.nio's readAllLines and String.lines() split on (str.splitlines would split on more).
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class Step:
    """One `$ ` command of a marked block and the README lines that show its output, [start, end)."""
    block: int
    command: str
    line: int
    start: int
    end: int


def split_lines(text):
    """The lines of text, each with its line break, split where Java splits them."""
    lines, pos = [], 0
    for brk in LINE_BREAK.finditer(text):
        lines.append(text[pos:brk.end()])
        pos = brk.end()
    if pos < len(text):
        lines.append(text[pos:])
    return lines


def body(line):
    return LINE_BREAK.sub("", line)


def find_steps(lines):
    """The marked commands in README order, parsed as ReadmeIT.steps parses them."""
    steps, marked, in_block, current, block = [], False, False, None, 0
    for i, raw in enumerate(lines):
        line = body(raw)
        if not in_block and line.strip() == MARKER:
            marked = True
        elif not in_block and marked and line.startswith("```"):
            in_block, block = True, block + 1
        elif in_block and line.startswith("```"):
            in_block, marked, current = False, False, None
        elif in_block and line.startswith("$ "):
            current = Step(block, line[2:], i, i + 1, i + 1)
            steps.append(current)
        elif in_block and current is not None:
            current.end = i + 1
    return steps


def is_progress(line):
    return any(p.fullmatch(line) for p in PROGRESS)


def printed_lines(output):
    """A command's output as ReadmeIT reads it: UTF-8, String.lines()."""
    return [body(line) for line in split_lines(output.decode("utf-8", errors="replace"))]


def refreshed_output(shown, printed):
    """The output lines to write: what the command printed without progress lines, plus the progress lines the
    README shows, put where the command printed its last progress line (or where they were, if it printed none)."""
    kept = [line for line in shown if is_progress(line)]
    output = [line for line in printed if not is_progress(line)]
    if not kept:
        return output
    progress_at = [i for i, line in enumerate(printed) if is_progress(line)]
    if progress_at:
        last = progress_at[-1]
        at = last - sum(1 for line in printed[:last] if is_progress(line))
    else:
        first = next(i for i, line in enumerate(shown) if is_progress(line))
        at = min(len(output), sum(1 for line in shown[:first] if not is_progress(line)))
    return output[:at] + kept + output[at:]


def rewrite(lines, steps, outputs):
    """The README text with each step's output lines replaced, in the line break of its command line."""
    out, pos = [], 0
    for step, printed in zip(steps, outputs):
        out.extend(lines[pos:step.start])
        shown = [body(line) for line in lines[step.start:step.end]]
        brk = lines[step.line][len(body(lines[step.line])):] or "\n"
        for line in refreshed_output(shown, printed):
            if line.startswith("```") or line.startswith("$ "):
                sys.exit(f"refresh_readme: `{step.command}` printed a line that would end its block or start a "
                         f"command: {line!r}")
            out.append(line + brk)
        pos = step.end
    out.extend(lines[pos:])
    return "".join(out)


def scratch_dir(work, jar):
    """ReadmeIT's scratch directory: the repository's samples linked in, and a `parley` launcher for the jar."""
    os.symlink(os.path.join(REPO, "samples"), os.path.join(work, "samples"))
    launcher = os.path.join(work, "parley")
    with open(launcher, "w", encoding="utf-8", newline="\n") as f:
        f.write("#!/usr/bin/env bash\nexec java -Xmx3g -jar '" + jar + "' \"$@\"\n")
    os.chmod(launcher, 0o755)


def run_tour(steps, jar):
    """Every step's printed lines, run in order in one scratch directory, so later commands see earlier stores."""
    outputs = []
    with tempfile.TemporaryDirectory(prefix="parley-readme-") as work:
        scratch_dir(work, jar)
        block = 0
        for step in steps:
            if step.block != block:
                block = step.block
                print(f"block {block} (README line {step.line + 1}):", file=sys.stderr)
            began = time.monotonic()
            try:
                done = subprocess.run(["bash", "-c", step.command], cwd=work, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                sys.exit(f"refresh_readme: `{step.command}` took over {TIMEOUT_SECONDS} s")
            took = time.monotonic() - began
            print(f"  $ {step.command}\n    {took:.1f} s, exit {done.returncode}", file=sys.stderr)
            outputs.append(printed_lines(done.stdout))
    return outputs


def main(argv):
    parser = argparse.ArgumentParser(description="Re-runs the README's tested commands and writes their output "
                                                 "back into it.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; print a unified diff and exit 1 if the README would change")
    parser.add_argument("--readme", default=os.path.join(REPO, "README.md"), help="the README to refresh")
    args = parser.parse_args(argv)
    jar = os.path.join(REPO, "parley-cli", "target", "parley.jar")
    if not os.path.isfile(jar):
        sys.exit(f"refresh_readme: {jar} is missing; build it with mvn -q -o -pl parley-cli -am package -DskipTests")
    with open(args.readme, "rb") as f:
        before = f.read().decode("utf-8")
    lines = split_lines(before)
    steps = find_steps(lines)
    if not steps:
        sys.exit(f"refresh_readme: {args.readme} has no command blocks marked {MARKER}")
    after = rewrite(lines, steps, run_tour(steps, jar))
    if after == before:
        print(f"{args.readme} is up to date", file=sys.stderr)
        return 0
    if args.check:
        sys.stdout.writelines(difflib.unified_diff(lines, split_lines(after), args.readme, args.readme + " (refreshed)"))
        return 1
    with open(args.readme, "wb") as f:
        f.write(after.encode("utf-8"))
    print(f"{args.readme} refreshed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
