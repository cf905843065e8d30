"""An independent CalDAV client for the interoperability tests, on Python's standard
library (urllib, ElementTree) and ``icalendar``.

    caldav_client.py list URL USER PASSWORD
        prints JSON: each resource of the collection (its name) with its ETag, the UIDs,
        summaries and the VTIMEZONE ids its calendar object holds, parsed by icalendar.
    caldav_client.py put URL USER PASSWORD NAME SUMMARY
        rewrites the resource NAME with its events' SUMMARY changed (someone editing the
        event in their own calendar app), or creates a one-event resource when it is new.
    caldav_client.py delete URL USER PASSWORD NAME
        deletes the resource NAME.
"""

import base64
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import icalendar

DAV = "{DAV:}"


def request(method, url, user, password, body=None, headers=None):
    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    req.add_header("Authorization", f"Basic {token}")
    with urllib.request.urlopen(req) as response:
        return response.status, dict(response.headers), response.read()


def listing(url, user, password):
    body = b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
    _, _, xml = request("PROPFIND", url, user, password, body, {"Depth": "1"})
    base = urllib.parse.unquote(urllib.parse.urlparse(url).path).rstrip("/") + "/"
    out = {}
    for response in ET.fromstring(xml).iter(f"{DAV}response"):
        # An href may be a path or a whole address, escaped as the server likes.
        href = urllib.parse.unquote(urllib.parse.urlparse(urllib.parse.urljoin(url, response.find(f"{DAV}href").text)).path)
        etag = response.find(f".//{DAV}getetag")
        if href.rstrip("/") + "/" != base and etag is not None:
            out[href[len(base):]] = etag.text
    return out


def resource(url, user, password, name):
    _, _, text = request("GET", url.rstrip("/") + "/" + name, user, password)
    calendar = icalendar.Calendar.from_ical(text)
    return {
        "uids": sorted({str(e["UID"]) for e in calendar.walk("VEVENT")}),
        "summaries": sorted(str(e.get("SUMMARY", "")) for e in calendar.walk("VEVENT")),
        "zones": sorted(str(z["TZID"]) for z in calendar.walk("VTIMEZONE")),
    }, calendar


def main():
    command, url, user, password = sys.argv[1:5]
    if command == "list":
        out = {}
        for name, etag in sorted(listing(url, user, password).items()):
            try:
                facts, _ = resource(url, user, password, name)
            except urllib.error.HTTPError as e:
                # Deleted between the listing and the read (the app pushing meanwhile): gone.
                if e.code != 404:
                    raise
                continue
            out[name] = {"etag": etag, **facts}
        print(json.dumps(out))
    elif command == "put":
        name, summary = sys.argv[5:7]
        target = url.rstrip("/") + "/" + name
        try:
            _, calendar = resource(url, user, password, name)
        except urllib.error.HTTPError as e:
            if e.code != 404:
                raise
            calendar = icalendar.Calendar()
            calendar.add("VERSION", "2.0")
            calendar.add("PRODID", "-//interop test//EN")
            event = icalendar.Event()
            event.add("UID", name.removesuffix(".ics"))
            event.add("DTSTAMP", icalendar.vDatetime.from_ical("20270101T090000Z"))
            event.add("DTSTART", icalendar.vDate.from_ical("20270301"))
            calendar.add_component(event)
        for event in calendar.walk("VEVENT"):
            event["SUMMARY"] = summary
        request("PUT", target, user, password, calendar.to_ical(), {"Content-Type": "text/calendar"})
    elif command == "delete":
        request("DELETE", url.rstrip("/") + "/" + sys.argv[5], user, password)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
