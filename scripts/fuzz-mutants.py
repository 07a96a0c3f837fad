#!/usr/bin/env python3
"""Writes N damaged copies of the PDFs in a folder, reproducibly from a seed: flipped bytes (anywhere or inside a
compressed stream such as a font map or a page's content), a cut end, a lost or repeated range, zeroed blocks, a
broken keyword or cross-reference offset. Prints one line per mutant: file, seed file, mutation."""
import os
import random
import re
import sys

KEYWORDS = [b"obj", b"endobj", b"stream", b"endstream", b"/Length", b"/Font", b"/ToUnicode", b"xref", b"trailer", b"/Root", b"/Pages"]


def flip(rng, data, start, end, count, name):
    for _ in range(count):
        i = rng.randrange(start, end)
        data[i] ^= rng.randrange(1, 256)
    return f"{name} {count} byte(s) in [{start}, {end})"


def mutate(rng, data):
    kind = rng.randrange(8)
    if kind == 0:
        return flip(rng, data, 0, len(data), rng.randrange(1, 20), "flip")
    if kind == 1:
        starts = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
        if not starts:
            return flip(rng, data, 0, len(data), 5, "flip")
        start = rng.choice(starts)
        return flip(rng, data, start, min(len(data), start + 2000), rng.randrange(1, 6), "flip in stream")
    if kind == 2:
        at = rng.randrange(100, len(data))
        del data[at:]
        return f"truncate at {at}"
    if kind == 3:
        at, n = rng.randrange(len(data) - 600), rng.randrange(1, 500)
        del data[at:at + n]
        return f"delete {n} at {at}"
    if kind == 4:
        start, n, at = rng.randrange(len(data) - 2000), rng.randrange(1, 2000), rng.randrange(len(data))
        data[at:at] = data[start:start + n]
        return f"repeat {n} from {start} at {at}"
    if kind == 5:
        at, n = rng.randrange(len(data) - 4096), rng.randrange(64, 4096)
        data[at:at + n] = bytes(n)
        return f"zero {n} at {at}"
    if kind == 6:
        word = rng.choice(KEYWORDS)
        found = [m.start() for m in re.finditer(re.escape(word), data)]
        if not found:
            return flip(rng, data, 0, len(data), 3, "flip")
        at = rng.choice(found)
        data[at + len(word) - 1] = ord("#")
        return f"break {word.decode()} at {at}"
    found = [m.end() for m in re.finditer(rb"startxref", data)]
    if not found:
        return flip(rng, data, 0, len(data), 3, "flip")
    for i in range(found[-1], min(len(data), found[-1] + 12)):
        if 48 <= data[i] <= 57:
            data[i] = 48 + rng.randrange(10)
    return "scramble startxref offset"


def main():
    source, target, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    seeds = sorted(f for f in os.listdir(source) if f.lower().endswith(".pdf"))
    originals = {f: open(os.path.join(source, f), "rb").read() for f in seeds}
    rng = random.Random(seed)
    for n in range(count):
        name = seeds[n % len(seeds)]
        data = bytearray(originals[name])
        mutation = mutate(rng, data)
        out = f"{n:04d}-{os.path.splitext(name)[0]}.pdf"
        with open(os.path.join(target, out), "wb") as f:
            f.write(data)
        print(f"{out}\t{name}\t{mutation}")


if __name__ == "__main__":
    main()
