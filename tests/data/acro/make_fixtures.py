#!/usr/bin/python3
"""Writes the ACRO output-folder fixtures v0_4/ and v1/ beside this script.

Run with pandas (Debian's python3-pandas 1.5; ACRO 0.4 supports pandas >= 1.5) to regenerate.
It does not use ACRO: it rebuilds, on small synthetic charity data, the files ACRO's
Records.finalise_json writes (see core/io/acroresults.h for the format and its sources):
tables through pandas DataFrame.to_csv(), per-cell outcomes through DataFrame.to_json(),
flagged positions as [row, column] offsets of the checks' masks.
"""

import hashlib
import json
import os
import struct
import zlib

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))

THRESHOLD = 10


def charity_data() -> pd.DataFrame:
    """Deterministic grants: year x grant_type, with one dominated cell."""
    rows = []
    counts = {  # (year, grant_type): number of charities
        (2010, "G"): 14, (2010, "N"): 25, (2010, "R"): 31, (2010, "R/G"): 4,
        (2011, "G"): 12, (2011, "N"): 22, (2011, "R"): 30, (2011, "R/G"): 7,
    }
    for (year, grant), n in counts.items():
        for i in range(n):
            amount = 1000.0 * (1 + (i * 7 + year) % 13)
            if (year, grant) == (2011, "G") and i == 0:
                amount = 913000.0  # one charity dominates the 2011 G cell
            rows.append({"year": year, "grant_type": grant, "inc_grants": amount})
    return pd.DataFrame(rows)


def positions(mask: pd.DataFrame) -> list:
    return [[int(r), int(c)] for r, c in zip(*mask.to_numpy().nonzero())]


def outcome_of(table: pd.DataFrame, masks: dict) -> dict:
    """Each cell: the names of the failing checks, each followed by '; ', or 'ok'."""
    outcome = pd.DataFrame("", index=table.index, columns=table.columns)
    for name, mask in masks.items():
        outcome = outcome + mask.applymap(lambda hit, n=name: f"{n}; " if hit else "")
    outcome = outcome.replace({"": "ok"})
    return json.loads(outcome.to_json())


def p_ratio_fails(values: pd.Series) -> bool:
    ordered = values.sort_values(ascending=False)
    total = ordered.sum()
    if total <= 0 or values.size <= 1:
        return True
    return (total - ordered.iloc[0] - ordered.iloc[1]) / ordered.iloc[0] < 0.1


def nk_fails(values: pd.Series) -> bool:
    total = values.sum()
    return total > 0 and values.sort_values(ascending=False).iloc[0:2].sum() / total > 0.9


def tiny_png(path: str) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    with open(path, "wb") as handle:
        handle.write(png)


def write_csv(folder: str, name: str, frame: pd.DataFrame) -> None:
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as handle:
        handle.write(frame.to_csv())


def write_text(folder: str, name: str, text: str) -> None:
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as handle:
        handle.write(text)


LOGIT_MODEL = (
    "Dep. Variable:,survivor,No. Observations:,811.0\n"
    "Model:,Logit,Df Residuals:,806.0\n"
    "Method:,MLE,Df Model:,4.0\n"
    'Date:,"Tue, 11 Jul 2023",Pseudo R-squ.:,0.2187\n'
    "Time:,10:15:03,Log-Likelihood:,-398.07\n"
    "converged:,True,LL-Null:,-509.5\n"
    "Covariance Type:,nonrobust,LLR p-value:,4.532e-47\n"
)
LOGIT_COEFFICIENTS = (
    ",coef,std err,z,P>|z|,[0.025,0.975]\n"
    "const,0.0512,0.091,0.561,0.575,-0.128,0.23\n"
    "inc_activity,2.981e-07,8.95e-08,3.33,0.001,1.23e-07,4.74e-07\n"
    "inc_grants,1.351e-07,6.67e-08,2.026,0.043,4.39e-09,2.66e-07\n"
    "inc_donations,5.123e-07,1.04e-07,4.927,0.0,3.08e-07,7.16e-07\n"
    "total_costs,-1.442e-07,6.26e-08,-2.304,0.021,-2.67e-07,-2.15e-08\n"
)


def make(folder: str, v1: bool) -> None:
    os.makedirs(folder, exist_ok=True)
    data = charity_data()
    names = (
        {"threshold": "MinimumThresholdCheck", "p-ratio": "PPercentCheck", "nk-rule": "NKCheck"}
        if v1
        else {"threshold": "threshold", "p-ratio": "p-ratio", "nk-rule": "nk-rule"}
    )
    results = {}

    def add(uid, status, kind, properties, sdc, files, outcome, command, summary, stamp,
            comments, exception):
        results[uid] = {
            "uid": uid, "status": status, "type": kind, "properties": properties,
            "files": [{"name": name, "sdc": sdc} for name in files], "outcome": outcome,
            "command": command, "summary": summary, "timestamp": stamp,
            "comments": comments, "exception": exception,
        }

    def table_sdc(masks: dict) -> dict:
        if v1:  # acro/sdcchecks.py ManyChecksResults.get_table_sdc: counts per check, no flag
            return {"summary": {n: int(m.to_numpy().sum()) for n, m in masks.items()},
                    "cells": {n: positions(m) for n, m in masks.items()}}
        summary = {"suppressed": False, "negative": 0, "missing": 0, "threshold": 0,
                   "p-ratio": 0, "nk-rule": 0, "all-values-are-same": 0}
        cells = {name: [] for name in ["negative", "missing", "threshold", "p-ratio",
                                       "nk-rule", "all-values-are-same"]}
        for name, mask in masks.items():
            summary[name] = int(mask.to_numpy().sum())
            cells[name] = positions(mask)
        return {"summary": summary, "cells": cells}

    # 1. crosstab(year, grant_type): the R/G cells are below the threshold.
    table = pd.crosstab(data.year, data.grant_type)
    masks = {names["threshold"]: table < THRESHOLD}
    write_csv(folder, "output_0_0.csv", table)
    if v1:
        summary = ("FrequencyTable : \n PresenceOfLinkedTableCheck: A manual review is needed. "
                   "Variables defining table are:  ['year', 'grant_type'].\n"
                   " MinimumThresholdCheck: fail - 2 cells may need suppressing.\n")
    else:
        summary = "fail; threshold: 2 cells may need suppressing; "
    add("output_0", "fail", "table", {"method": "crosstab"}, table_sdc(masks), ["output_0_0.csv"],
        outcome_of(table, masks), "safe_table = acro.crosstab(df.year, df.grant_type)", summary,
        "2023-07-11T10:14:58.412907", [],
        "" if not v1 else "The R/G cells are published in the annual report")

    # 2. pivot_table mean and std of inc_grants by year and grant_type (renamed output).
    pivot = pd.pivot_table(data, index=["year"], columns=["grant_type"], values=["inc_grants"],
                           aggfunc=["mean", "std"])
    grouped = data.groupby(["year", "grant_type"])["inc_grants"]
    def mask_of(test):
        cell = grouped.apply(test).unstack("grant_type")
        return pd.DataFrame({column: cell[column[2]] for column in pivot.columns},
                            index=pivot.index)[pivot.columns]
    masks = {names["threshold"]: mask_of(lambda v: v.count() < THRESHOLD),
             names["p-ratio"]: mask_of(p_ratio_fails), names["nk-rule"]: mask_of(nk_fails)}
    write_csv(folder, "grants_by_type_0.csv", pivot)
    counts = {n: int(m.to_numpy().sum()) for n, m in masks.items()}
    if v1:
        summary = (f"Mean : \nNKCheck: fail - {counts['NKCheck']} cells may need suppressing.\n"
                   f" PPercentCheck: fail - {counts['PPercentCheck']} cells may need suppressing.\n"
                   f" MinimumThresholdCheck: fail - {counts['MinimumThresholdCheck']} cells may "
                   "need suppressing.\n")
    else:
        summary = (f"fail; threshold: {counts['threshold']} cells may need suppressing; "
                   f"p-ratio: {counts['p-ratio']} cells may need suppressing; "
                   f"nk-rule: {counts['nk-rule']} cells may need suppressing; ")
    add("grants_by_type", "fail", "table", {"method": "pivot_table"}, table_sdc(masks),
        ["grants_by_type_0.csv"], outcome_of(pivot, masks),
        'table = acro.pivot_table(df, index=["year"], columns=["grant_type"], '
        'values=["inc_grants"], aggfunc=["mean", "std"])', summary,
        "2023-07-11T10:15:01.027311", ["Means of grant income per charity"], "")

    # 3. logit regression: two summary tables, one file each.
    write_text(folder, "output_2_0.csv", LOGIT_MODEL)
    write_text(folder, "output_2_1.csv", LOGIT_COEFFICIENTS)
    if v1:
        properties, summary = {"method": "logit", "dof": 806}, (
            "Logit : \n MinimumDoFCheck: pass - dof=806 >= 10.\n")
    else:
        properties, summary = {"method": "logit", "dof": 806.0}, "pass; dof=806.0 >= 10"
    add("output_2", "pass", "regression", properties, {}, ["output_2_0.csv", "output_2_1.csv"], {},
        "results = acro.logit(y, x)", summary, "2023-07-11T10:15:03.881520", [], "")

    # 4. a histogram: ACRO judges it only by its bins, and copies the picture in.
    tiny_png(os.path.join(folder, "histogram_0.png"))
    add("output_3", "fail", "histogram", {"method": "histogram"}, {}, ["histogram_0.png"], {},
        'acro.hist(data=df, column="inc_grants")',
        "Please check the minimum and the maximum values. The minimum value of the inc_grants "
        "column is: 1000.0. The maximum value of the inc_grants column is: 913000.0",
        "2023-07-11T10:15:04.120004", [], "The bins are wide enough; please release")

    # 5. a custom output with a comment and an exception request.
    tiny_png(os.path.join(folder, "XandY.png"))
    add("output_4", "review", "custom", {}, {}, ["XandY.png"], {}, "custom", "review",
        "2023-07-11T10:15:05.500122",
        ["This output is an image showing the relationship between X and Y"],
        "It shows only a fitted line, no individual points")

    document = {"version": "1.0.2" if v1 else "0.4.12", "results": results}
    if v1:
        # finalise adds the session summary as a custom output before writing results.json.
        rows = [{"id": uid, "method": r["properties"].get("method", r["type"]),
                 "status": r["status"], "type": r["type"]}
                for uid, r in results.items() if r["type"] != "custom"]
        pd.DataFrame(rows).to_csv(os.path.join(folder, "DO_NOT_RELEASE_session_summary.csv"),
                                  index=False)
        add("output_5", "review", "custom", {}, {}, ["DO_NOT_RELEASE_session_summary.csv"], {},
            "custom", "review", "2023-07-11T10:15:09.003517",
            ["WARNING: DO NOT RELEASE - Session summary for output checker use only"], "")
        document = {"version": "1.0.2", "results": results, "session_summary": {
            "DO_NOT_RELEASE": True, "purpose": "Session summary for output checker use only",
            "data": rows}}
    with open(os.path.join(folder, "results.json"), "w", newline="", encoding="utf-8") as handle:
        json.dump(document, handle, indent=4, sort_keys=False)
    write_checksums(folder)


def write_checksums(folder: str) -> None:
    """As acro/record.py Records.write_checksums: checksums/NAME.txt, the SHA-256 of each
    top-level file, results.json included, written after it."""
    os.makedirs(os.path.join(folder, "checksums"), exist_ok=True)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            write_text(os.path.join(folder, "checksums"), name + ".txt", digest)


make(os.path.join(HERE, "v0_4"), v1=False)
make(os.path.join(HERE, "v1"), v1=True)
