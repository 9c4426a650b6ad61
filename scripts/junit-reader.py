"""Reads a JUnit file as a CI consumer does (junitparser) and prints what it
found as JSON: each suite's name, counts and cases (name, classname, result),
for tests/it/reporters.rs to compare with the run.

    python scripts/junit-reader.py REPORT.xml
"""
import json
import sys

from junitparser import JUnitXml

xml = JUnitXml.fromfile(sys.argv[1])
suites = []
for suite in xml:
    cases = []
    for case in suite:
        results = [type(r).__name__ for r in case.result]
        cases.append({"name": case.name, "classname": case.classname, "results": results})
    suites.append({
        "name": suite.name,
        "tests": suite.tests,
        "failures": suite.failures,
        "errors": suite.errors,
        "cases": cases,
    })
json.dump({"name": xml.name, "tests": xml.tests, "failures": xml.failures, "errors": xml.errors, "suites": suites}, sys.stdout)
