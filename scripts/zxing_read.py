#!/usr/bin/env python3
"""zxing-cpp as a reader process for examples/scan_compare.rs.

Reads one image path a line on stdin and answers one JSON line on stdout: the QR texts
zxing-cpp read and the milliseconds its read_barcodes call took (in-process; the file is
decoded to grey before the clock starts, as ephr's figure also excludes file decoding).
Defaults of zxing-cpp (try rotate, downscale, invert; local-average binariser), QR codes only.
"""
import json
import sys
import time

import zxingcpp
from PIL import Image

Image.MAX_IMAGE_PIXELS = None  # the corpus's 12-MP photos are ours, not hostile

for line in sys.stdin:
    path = line.rstrip("\n")
    img = Image.open(path)
    img.load()
    img = img.convert("L")
    t = time.perf_counter()
    found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    ms = (time.perf_counter() - t) * 1000.0
    texts = [r.text for r in found if r.valid]
    print(json.dumps({"texts": texts, "ms": ms}), flush=True)
