"""An independent reader of Almanac's calendar files, for the interoperability tests.

Parses an iCalendar file with Python's ``icalendar``, expands every recurring event with
``recurring-ical-events`` (RRULE, EXDATE, RECURRENCE-ID overrides, VTIMEZONE), and prints
each occurrence as JSON: its UID, its start on the wall clock of the zone given
(``YYYY-MM-DDTHH:MM``, or ``YYYY-MM-DD`` for all-day events), its exclusive end day for
all-day events, its summary, description, categories and status.
"""

import datetime
import json
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def categories(event) -> list[str]:
    value = event.get("CATEGORIES")
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [str(c) for v in values for c in v.cats]


def when(value, zone) -> str:
    if isinstance(value, datetime.datetime):
        return value.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def main(path: str, zone_name: str) -> None:
    zone = zoneinfo.ZoneInfo(zone_name)
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    window = recurring_ical_events.of(calendar).between(datetime.date(1900, 1, 1), datetime.date(2999, 1, 1))
    for event in window:
        start = event["DTSTART"].dt
        end = event.get("DTEND")
        events.append(
            {
                "uid": str(event["UID"]),
                "start": when(start, zone),
                "end": end.dt.isoformat() if end is not None and not isinstance(start, datetime.datetime) else None,
                "summary": str(event.get("SUMMARY", "")),
                "description": str(event.get("DESCRIPTION", "")),
                "categories": categories(event),
                "status": str(event.get("STATUS", "")),
            }
        )
    events.sort(key=lambda e: (e["start"], e["uid"], e["summary"]))
    print(json.dumps(events, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
