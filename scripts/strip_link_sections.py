"""Drops the linker's relocation records ('linking' and 'reloc.*' custom sections) from a .wasm
file in place. The app keeps them for wasm-split-cli (.cargo/config.toml, --emit-relocs); a
program that is not cut into parts (src/bin/first_taps.rs) has no use for them.
Usage: python3 scripts/strip_link_sections.py FILE.wasm"""
import pathlib
import sys


def leb(data, at):
    """An unsigned LEB128 number at `at`: its value and where it ends."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


path = pathlib.Path(sys.argv[1])
data = path.read_bytes()
if data[:4] != b"\0asm":
    sys.exit(f"strip_link_sections.py: {path} is not WebAssembly")
kept, at = bytearray(data[:8]), 8
while at < len(data):
    start = at
    section, at = data[at], at + 1
    size, at = leb(data, at)
    end = at + size
    if section == 0:
        name_length, name_at = leb(data, at)
        name = data[name_at:name_at + name_length].decode("utf-8", "replace")
        if name == "linking" or name.startswith("reloc."):
            at = end
            continue
    kept += data[start:end]
    at = end
path.write_bytes(bytes(kept))
