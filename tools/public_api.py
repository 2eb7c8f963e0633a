#!/usr/bin/env python3
"""Lists the crate's public API, one item a line, from rustdoc's JSON output.

    python3 tools/public_api.py target/doc/two_factor.json > public-api.txt

Every public path a host can name: modules, types, traits, functions, constants, statics,
macros, each public inherent method and associated item of public types, trait methods,
enum variants and public struct fields. Re-exports (`pub use`) are listed under the path
they are re-exported at. Sorted, so a diff shows exactly what changed. `.ci/run` rebuilds the
list and fails when it differs from the committed `public-api.txt`: a change to the public
API is then a deliberate commit of that file.
"""
import json
import sys

data = json.load(open(sys.argv[1]))
index = data["index"]


def item(i):
    return index.get(str(i))


lines = set()


def describe_fields(path, it):
    inner = it["inner"]
    if "struct" in inner:
        kind = inner["struct"]["kind"]
        fields = []
        if isinstance(kind, dict) and "plain" in kind:
            fields = kind["plain"]["fields"]
            if kind["plain"].get("has_stripped_fields"):
                lines.add(f"struct-has-private-fields {path}")
        elif isinstance(kind, dict) and "tuple" in kind:
            fields = [f for f in kind["tuple"] if f is not None]
        for f in fields:
            fi = item(f)
            if fi and fi["visibility"] == "public":
                lines.add(f"field {path}::{fi['name']}")
    if "enum" in inner:
        for v in inner["enum"]["variants"]:
            vi = item(v)
            if vi:
                lines.add(f"variant {path}::{vi['name']}")
        if inner["enum"].get("has_stripped_variants"):
            lines.add(f"enum-has-private-variants {path}")


def describe_impls(path, it):
    inner = it["inner"]
    kind = next(iter(inner))
    impls = inner[kind].get("impls", []) if isinstance(inner[kind], dict) else []
    for imp in impls:
        ii = item(imp)
        if not ii:
            continue
        body = ii["inner"]["impl"]
        if body.get("is_synthetic") or body.get("blanket_impl") is not None:
            continue
        trait = body.get("trait")
        if trait is not None:
            lines.add(f"impl {trait['path']} for {path}")
            continue
        for m in body["items"]:
            mi = item(m)
            if mi and mi["visibility"] == "public":
                mk = next(iter(mi["inner"]))
                lines.add(f"{mk} {path}::{mi['name']}")


attributes_seen = set()


def attrs(it):
    out = []
    for a in it.get("attrs", []):
        text = a if isinstance(a, str) else json.dumps(a)
        if "non_exhaustive" in text:
            out.append("#[non_exhaustive]")
    return (" " + " ".join(out)) if out else ""


def walk(module_id, prefix, seen):
    if module_id in seen:
        return
    seen.add(module_id)
    mod = item(module_id)
    for child in mod["inner"]["module"]["items"]:
        ci = item(child)
        if ci is None or ci["visibility"] != "public":
            continue
        inner = ci["inner"]
        kind = next(iter(inner))
        if kind == "use":
            use = inner["use"]
            target = item(use["id"]) if use.get("id") is not None else None
            name = use["name"]
            if use.get("is_glob"):
                if target and "module" in target["inner"]:
                    walk(use["id"], prefix, seen)
                continue
            path = f"{prefix}::{name}"
            if target is None:
                lines.add(f"reexport {path} = {use['source']}")
                continue
            record(target, path, seen)
            continue
        record(ci, f"{prefix}::{ci['name']}", seen)


def record(it, path, seen):
    inner = it["inner"]
    kind = next(iter(inner))
    if kind == "module":
        lines.add(f"mod {path}")
        walk(it["id"], path, seen)
        return
    lines.add(f"{kind} {path}{attrs(it)}")
    if kind in ("struct", "enum", "union"):
        describe_fields(path, it)
        describe_impls(path, it)
    if kind == "trait":
        for m in inner["trait"]["items"]:
            mi = item(m)
            if mi:
                lines.add(f"{next(iter(mi['inner']))} {path}::{mi['name']}")


walk(data["root"], item(data["root"])["name"], set())
print("\n".join(sorted(lines)))
