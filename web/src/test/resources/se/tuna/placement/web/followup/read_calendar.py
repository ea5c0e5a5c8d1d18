"""Reads an iCalendar file with Debian's python3-icalendar, a parser independent of the one that
wrote it, and prints what a calendar program would show as JSON: the calendar's name, refresh
hint and each event's UID, summary, place and times (in UTC)."""
import datetime
import json
import sys

import icalendar


def text(value):
    return None if value is None else str(value)


def utc(value):
    moment = value.dt
    if isinstance(moment, datetime.datetime) and moment.tzinfo is not None:
        moment = moment.astimezone(datetime.timezone.utc)
    return moment.isoformat()


with open(sys.argv[1], "rb") as ics:
    calendar = icalendar.Calendar.from_ical(ics.read())

events = []
for event in calendar.walk("VEVENT"):
    geo = event.get("geo")
    events.append({
        "uid": text(event.get("uid")),
        "summary": text(event.get("summary")),
        "location": text(event.get("location")),
        "geo": None if geo is None else [geo.latitude, geo.longitude],
        "start": utc(event.get("dtstart")),
        "end": utc(event.get("dtend")),
        "stamp": utc(event.get("dtstamp")),
        "status": text(event.get("status")),
    })

print(json.dumps({
    "name": text(calendar.get("x-wr-calname")),
    "ttl": text(calendar.get("x-published-ttl")),
    "refresh": text(calendar.get("refresh-interval")),
    "version": text(calendar.get("version")),
    "events": events,
}, ensure_ascii=False))
