#!/usr/bin/env python3
"""Writes the zip fixtures of tst_safezip. Kept so that the hostile archives can be re-made and
reviewed; the tests read the committed .zip files and never run this script."""
import zipfile

FIXED_DATE = (2026, 11, 20, 10, 0, 0)


def member(name, data, external_attr=None, create_system=None, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = compress
    if external_attr is not None:
        info.external_attr = external_attr
    if create_system is not None:
        info.create_system = create_system
    return info, data


def write(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in members:
            archive.writestr(info, data)


write("good.zip", [member("egress-request.json", b'{"schema": "x"}'),
                   member("outputs/", b""),
                   member("outputs/a.csv", b"area,n\nA,12\n"),
                   member("./outputs//b.csv", b"area,n\nB,15\n")])
write("slip_parent.zip", [member("outputs/../../evil.csv", b"x")])
write("slip_absolute.zip", [member("/etc/evil.csv", b"x")])
write("slip_backslash.zip", [member("outputs\\..\\..\\evil.csv", b"x")])
write("slip_drive.zip", [member("C:/evil.csv", b"x")])
write("duplicate.zip", [member("outputs/a.csv", b"1"), member("outputs\\a.csv", b"2")])
write("symlink.zip", [member("outputs/link.csv", b"/etc/passwd",
                             external_attr=(0o120777 << 16), create_system=3)])
write("encrypted_flag.zip", [member("outputs/a.csv", b"area,n\nA,12\n",
                                    compress=zipfile.ZIP_STORED)])
# zipfile clears the flags it writes, so the "encrypted" bit is set in the headers afterwards.
with open("encrypted_flag.zip", "r+b") as flagged:
    content = bytearray(flagged.read())
    local = content.index(b"PK\x03\x04")
    central = content.index(b"PK\x01\x02")
    content[local + 6] |= 0x01
    content[central + 8] |= 0x01
    flagged.seek(0)
    flagged.write(content)
write("zeros_1mib.zip", [member("zeros.bin", b"\0" * (1024 * 1024))])

# A stored member whose bytes no longer match its CRC.
write("bad_crc.zip", [member("a.csv", b"area,n\nA,12\n", compress=zipfile.ZIP_STORED)])
with open("bad_crc.zip", "r+b") as damaged:
    content = bytearray(damaged.read())
    at = content.index(b"A,12")
    content[at] = ord("B")
    damaged.seek(0)
    damaged.write(content)

with open("truncated.zip", "wb") as truncated:
    truncated.write(open("good.zip", "rb").read()[:40])
