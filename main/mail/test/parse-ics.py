# Reads an .ics on stdin with the icalendar library (an independent parser) and prints what a
# calendar client would take from it, as JSON.
import json, sys
from icalendar import Calendar

cal = Calendar.from_ical(sys.stdin.read())
out = {"method": str(cal.get("method")), "timezones": [str(tz.get("tzid")) for tz in cal.walk("VTIMEZONE")], "events": []}
for ev in cal.walk("VEVENT"):
    start = ev.decoded("dtstart")
    end = ev.decoded("dtend")
    out["events"].append({
        "uid": str(ev.get("uid")),
        "sequence": int(ev.get("sequence")),
        "summary": str(ev.get("summary")),
        "location": str(ev.get("location")),
        "startUtc": start.astimezone(__import__("datetime").timezone.utc).isoformat(),
        "endUtc": end.astimezone(__import__("datetime").timezone.utc).isoformat(),
        "tzid": str(ev["dtstart"].params.get("TZID")),
        "organizer": str(ev.get("organizer")),
        "attendees": [str(a) for a in (ev.get("attendee") if isinstance(ev.get("attendee"), list) else [ev.get("attendee")])],
    })
print(json.dumps(out))
