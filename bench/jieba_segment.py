"""The Python peer: Debian's jieba word segmentation over the same files.

Run with Debian's interpreter (/usr/bin/python3), where python3-jieba lives.
Prints one line like floor: files, bytes, words and the seconds spent segmenting
(dictionary loading is done before the clock starts, as a long-running service would).
"""
import sys
import time

import jieba


def main(paths):
    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [open(path, encoding="utf-8", errors="replace").read() for path in paths]
    start = time.perf_counter()
    words = sum(sum(1 for _ in jieba.cut(text)) for text in texts)
    seconds = time.perf_counter() - start
    size = sum(len(text.encode("utf-8")) for text in texts)
    print(f"files={len(paths)} bytes={size} words={words} seconds={seconds:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
