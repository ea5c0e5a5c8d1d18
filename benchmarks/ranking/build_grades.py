#!/usr/bin/env python3
"""Writes grades.tsv (every pair) from the hand grades in grading.txt and judge_aid.py's "never" checklist."""
import judge_aid

hand, reasons, current = {}, {}, None
for line in open("grading.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    if line.startswith("B-"):
        current = line.strip(); hand[current] = {}
        continue
    head, reason = line.split("|", 1)
    grade, *slots = head.split()
    for s in slots:
        assert s not in hand[current], (current, s)
        hand[current][s] = (int(grade), reason.strip())

rows = ["participant\tslot\tgrade\treason"]
for p in judge_aid.P:
    graded = hand.get(p["id"], {})
    for sid, s in judge_aid.S.items():
        why, _ = judge_aid.never(p, s)
        if why:
            assert sid not in graded, f"{p['id']} {sid} graded by hand but a hard rule forbids it: {why}"
            rows.append(f"{p['id']}\t{sid}\tnever\t{'; '.join(why)}")
        elif sid in graded:
            rows.append(f"{p['id']}\t{sid}\t{graded[sid][0]}\t{graded[sid][1]}")
        else:
            rows.append(f"{p['id']}\t{sid}\t0\tunsuitable: nothing in it draws on the person's goal, experience or interests")
open("grades.tsv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
print(len(rows) - 1, "pairs")
