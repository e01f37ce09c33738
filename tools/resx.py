#!/usr/bin/env python3
"""Writes a pair of .resx files (Vietnamese neutral, English .en) from a TSV of key<TAB>vi<TAB>en.

Usage: python3 tools/resx.py src/EmulationPortal.Web/Resources/SharedResource.tsv
The TSV is the one place to edit strings; the .resx files are regenerated from it (the build reads them).
"""
import sys
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def write(path, rows, column):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD)
        for row in rows:
            f.write(f'  <data name="{escape(row[0])}" xml:space="preserve"><value>{escape(row[column])}</value></data>\n')
        f.write("</root>\n")

def main(tsv):
    rows = []
    with open(tsv, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{tsv}:{n}: expected key<TAB>vi<TAB>en, got {len(parts)} fields")
            rows.append(parts)
    keys = [r[0] for r in rows]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        sys.exit(f"{tsv}: duplicate keys {sorted(dupes)}")
    base = tsv[:-4]
    write(base + ".resx", rows, 1)
    write(base + ".en.resx", rows, 2)

if __name__ == "__main__":
    for arg in sys.argv[1:]:
        main(arg)
