"""Reads YAML files as other people's tools do, for the test that checks
what postrun writes (tests/it/convert.rs): PyYAML's safe_load (YAML 1.1)
and ruamel.yaml's safe loader (YAML 1.2). Prints one JSON object: for each
file, what each reader made of it, or the error it raised. Values JSON has
no type for (dates, timestamps) are written as {"python type": ..., "value": ...}
so a date never passes for the string it was written from.

    python scripts/yaml-readers.py FILE...
"""
import json
import sys

import yaml
from ruamel.yaml import YAML


def typed(value):
    return {"python type": type(value).__name__, "value": str(value)}


def read(load, path):
    try:
        with open(path, encoding="utf-8") as handle:
            return {"value": load(handle.read())}
    except Exception as error:  # a reader that refuses the file is the finding
        return {"error": f"{type(error).__name__}: {error}"}


ruamel = YAML(typ="safe", pure=True)
out = {
    path: {"pyyaml": read(yaml.safe_load, path), "ruamel": read(ruamel.load, path)}
    for path in sys.argv[1:]
}
json.dump(out, sys.stdout, default=typed, ensure_ascii=False)
