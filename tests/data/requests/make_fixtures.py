#!/usr/bin/env python3
"""Writes the zipped request packages the tests read, from the folders beside this script.

good.zip: the folder good/ as a researcher's packaging tool would zip it.
bare.zip: two outputs and no manifest.
Run it again after changing good/: python3 make_fixtures.py
"""
import pathlib
import zipfile

here = pathlib.Path(__file__).resolve().parent


def write_zip(name, members):
    with zipfile.ZipFile(here / name, "w", zipfile.ZIP_DEFLATED) as archive:
        for arcname, data in members:
            info = zipfile.ZipInfo(arcname, date_time=(2026, 11, 20, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


good = here / "good"
write_zip("good.zip", [(str(p.relative_to(good)), p.read_bytes())
                       for p in sorted(good.rglob("*")) if p.is_file()])
write_zip("bare.zip", [("a.csv", b"area,n\nNorth,20\nSouth,4\n"),
                       ("figures/plot.png", b"\x89PNG\r\n\x1a\n")])
