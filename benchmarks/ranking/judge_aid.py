#!/usr/bin/env python3
"""The judge's checklist for the hard rules, written before any matcher result was seen.

It applies the programme's hard rules to each pair as a coordinator would check them by hand:
the site, the closed vocabulary of limitations against the slot's stated demands, a stated lift
over the participant's limit, step-free access for someone who cannot take stairs, the start hours
(the programme's 10 h ceiling), whether the slot's days and times within the participant's own
windows (from their earliest start) give the start hours, an avoided employer, and the trip, with
door-to-door times a coordinator in Eskilstuna and Strängnäs would give (own table below, not the
matcher's estimate). A trip counts as "never" only when clearly over the limit (over 110 %).
Prints, per participant, the pairs no hard rule forbids (to grade by hand) and the "never" pairs
with their reasons. The grades themselves are in grades.txt, set by hand.
"""
import json, math, sys

S = {s["id"]: s for s in json.load(open("slots.json"))}
E = {e["id"]: e for e in json.load(open("employers.json"))}
P = json.load(open("participants.json"))

CONFLICT = {
    "NO_PROLONGED_STANDING": {"STANDING_MOST_OF_DAY"}, "NO_CUSTOMER_CONTACT": {"CUSTOMER_CONTACT"},
    "NEEDS_QUIET_PLACE": {"NOISY_ENVIRONMENT"}, "NO_FAST_PACE": {"FAST_PACE"}, "NOT_BEFORE": {"EARLY_START"},
    "NO_GROUP_WORK": {"TEAMWORK"}, "CANNOT_WORK_ALONE": {"WORKING_ALONE"}, "NO_PHONE_CALLS": {"PHONE_CALLS"},
    "NO_DRIVING": {"DRIVING"}, "NO_OUTDOOR_WORK": {"OUTDOOR_WORK"}, "ONE_TASK_AT_A_TIME": {"MANY_TASKS_AT_ONCE"},
    "SENSITIVE_TO_DUST_OR_SMELLS": {"DUST_OR_STRONG_SMELLS"}, "NO_STAIRS_OR_LADDERS": {"STAIRS_OR_LADDERS"},
    "LIMITED_SCREEN_TIME": {"SCREEN_WORK"},
}
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

def windows(specs):
    out = []
    for spec in specs:
        days, times = spec.split()
        a, b = times.split("-")
        ds = days.split("-")
        rng = DAYS[DAYS.index(ds[0]):DAYS.index(ds[-1]) + 1] if len(ds) == 2 else [d for d in days.split(",")]
        for d in rng:
            out.append((d, minutes(a), minutes(b)))
    return out

def minutes(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)

def zone(locality, at):
    return {"Eskilstuna": "E", "Torshälla": "T", "Hällbybrunn": "H", "Kvicksund": "K", "Skogstorp": "SK",
            "Strängnäs": "S", "Mariefred": "M", "Åkers styckebruk": "A", "Stallarholmen": "ST"}[locality]

# Door-to-door by bus and regional train, in minutes: walk to the stop, wait (about half the
# headway), ride, change, walk at the end. A coordinator's figures for the region.
PT = {("E", "E"): 25, ("E", "T"): 35, ("E", "H"): 30, ("E", "K"): 45, ("E", "SK"): 30, ("E", "S"): 55,
      ("E", "M"): 70, ("E", "A"): 55, ("E", "ST"): 85, ("T", "T"): 15, ("T", "H"): 35, ("T", "K"): 40, ("T", "SK"): 50,
      ("T", "S"): 75, ("T", "M"): 95, ("T", "A"): 80, ("T", "ST"): 100, ("H", "H"): 10, ("H", "K"): 45,
      ("H", "SK"): 45, ("H", "S"): 70, ("H", "M"): 90, ("H", "A"): 75, ("H", "ST"): 100, ("K", "K"): 10,
      ("K", "SK"): 60, ("K", "S"): 85, ("K", "M"): 100, ("K", "A"): 90, ("K", "ST"): 110, ("SK", "SK"): 10,
      ("SK", "S"): 75, ("SK", "M"): 90, ("SK", "A"): 80, ("SK", "ST"): 100, ("S", "S"): 20, ("S", "M"): 35,
      ("S", "A"): 30, ("S", "ST"): 35, ("M", "M"): 10, ("M", "A"): 30, ("M", "ST"): 55, ("A", "A"): 10,
      ("A", "ST"): 55, ("ST", "ST"): 10}

def km(a, b):
    dlat = math.radians(b[0] - a[0]); dlon = math.radians(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a[0])) * math.cos(math.radians(b[0])) * math.sin(dlon / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))

def trip(p, s):
    d = km(p["at"], s["at"])
    mode = p["mode"]
    if mode == "WALK":
        return d * 1.3 / 4.5 * 60
    if mode == "BIKE":
        return d * 1.3 / 15 * 60 + 2
    if mode == "CAR":
        return (d * 1.3 / 35 * 60 + 5) if d < 8 else (d * 1.2 / 75 * 60 + 8)
    if d < 1.0:
        return d * 1.3 / 4.5 * 60
    zp, zs = zone(p["home"], p["at"]), zone(s["locality"], s["at"])
    return PT.get((zp, zs)) or PT[(zs, zp)]

def hours(text):
    a, b = text.split("-")
    return int(a), int(b)

def never(p, s):
    why = []
    sites = s.get("sites") or E[s["employer"]]["sites"]
    if p["site"] not in sites:
        why.append("site: takes only " + "/".join(sites))
    for lim in p["limitations"]:
        hit = CONFLICT.get(lim, set()) & set(s["demands"])
        if hit:
            why.append(f"{lim} vs {','.join(sorted(hit))}")
    if "NO_STAIRS_OR_LADDERS" in p["limitations"] and "STEP_FREE" not in s["access"]:
        why.append("needs step-free access")
    if "LIFTING_LIMIT" in p["limitations"] and s["liftKg"] is not None and s["liftKg"] > p["maxLiftKg"]:
        why.append(f"lift {s['liftKg']} kg over {p['maxLiftKg']} kg")
    pmin, pmax = hours(p["hours"]); smin, smax = hours(s["hours"])
    top = min(pmax, 10)
    if smin > top or smax < pmin:
        why.append(f"hours: slot {smin}-{smax}, participant {pmin}-{top}")
    start = max(pmin, smin)
    earliest = minutes(p["earliestStart"]) if p.get("earliestStart") else 0
    shared = 0
    for day in DAYS:
        on = 0
        for (d1, a1, b1) in windows(p["availability"]):
            for (d2, a2, b2) in windows(s["schedule"]):
                if d1 == d2 == day:
                    lo, hi = max(a1, a2, earliest), min(b1, b2)
                    on += max(0, hi - lo) / 60
        shared += min(on, p["perDay"])
    if shared < start:
        why.append(f"schedule: {shared:.1f} h a week within the participant's times, start needs {start}")
    if any(a["employer"] == s["employer"] for a in p.get("avoided", [])):
        why.append("avoided employer")
    t = trip(p, s)
    if t > p["maxMinutes"] * 1.1:
        why.append(f"trip ~{t:.0f} min by {p['mode']} (limit {p['maxMinutes']})")
    return why, t

if __name__ == "__main__":
    for p in P:
        print(f"\n== {p['id']} {p['home']} {p['mode']} {p['maxMinutes']} goals {p['goals']} exp {p['experience']} "
              f"lim {p['limitations']} | {p['interests']}")
        for sid, s in S.items():
            why, t = never(p, s)
            if why:
                print(f"   never {sid} {s['title'][:40]:40} {'; '.join(why)}")
            else:
                note = " LIFT UNSTATED" if "LIFTING_LIMIT" in p["limitations"] and s["liftKg"] is None else ""
                print(f"  ok    {sid} {s['title'][:40]:40} ssyk {s['ssyk']} trip {t:.0f}{note} sup {','.join(x[:6] for x in s['support'])}")
