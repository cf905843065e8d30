"""Python's icalendar writing the same events as Almanac's calendar export, timed.

Reads Almanac's .ics of a year (given as the first argument) into plain values outside
the timing, then, timed, builds an icalendar Calendar of the same events (with the same
properties and the plan zone's VTIMEZONE) and serialises it, as an exporter written with
that library would. Prints the median of the runs in milliseconds.
"""

import statistics
import sys
import time

import icalendar

FIELDS = ["UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "DTSTART", "DTEND", "RRULE", "SUMMARY",
          "DESCRIPTION", "STATUS", "TRANSP"]


def plain_events(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in calendar.walk("VEVENT"):
        values = {}
        for name in FIELDS:
            if name in event:
                value = event[name]
                values[name] = value.dt if hasattr(value, "dt") else (dict(value) if name == "RRULE" else str(value))
        cats = event.get("CATEGORIES")
        values["CATEGORIES"] = [str(c) for c in cats.cats] if cats is not None else []
        events.append(values)
    return events


def write(events):
    calendar = icalendar.Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", "-//Almanac benchmark//Python icalendar//EN")
    calendar.add("METHOD", "PUBLISH")
    for values in events:
        event = icalendar.Event()
        for name, value in values.items():
            if name == "CATEGORIES":
                if value:
                    event.add(name, value)
            else:
                event.add(name, value)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def main(path, runs):
    events = plain_events(path)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        text = write(events)
        timings.append((time.perf_counter() - start) * 1000)
    print(f"{statistics.median(timings):.1f} {len(events)} {len(text)}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)
