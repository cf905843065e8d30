"""Reference expansion for Almanac's recurrence tests.

Reads an iCalendar file of recurring events and prints, as JSON, each event's UID with
the local starts of its occurrences (``YYYY-MM-DDTHH:MM``, or ``YYYY-MM-DD`` for all-day
events), expanded by the ``recurring-ical-events`` package.
"""

import datetime
import json
import sys

import icalendar
import recurring_ical_events


def main(path: str) -> None:
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    starts: dict[str, list[str]] = {}
    window = recurring_ical_events.of(calendar).between(datetime.date(2020, 1, 1), datetime.date(2100, 1, 1))
    for event in window:
        start = event["DTSTART"].dt
        if isinstance(start, datetime.datetime):
            text = start.strftime("%Y-%m-%dT%H:%M")
        else:
            text = start.isoformat()
        starts.setdefault(str(event["UID"]), []).append(text)
    print(json.dumps({uid: sorted(values) for uid, values in starts.items()}, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1])
