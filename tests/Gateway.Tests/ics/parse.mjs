// Reads an iCalendar file on stdin, parses it with ical.js (independent of Ical.Net) and prints what a calendar
// client would take from it as JSON. Exits non-zero when the file does not parse or misses what RFC 5545 requires.
import ICAL from 'ical.js';

let text = '';
for await (const chunk of process.stdin) text += chunk;

const fail = (message) => { console.error(message); process.exit(2); };
let jcal;
try { jcal = ICAL.parse(text); } catch (e) { fail(`ical.js could not parse the file: ${e.message}`); }

const calendar = new ICAL.Component(jcal);
if (calendar.name !== 'vcalendar') fail(`top-level component is ${calendar.name}, not VCALENDAR`);
for (const required of ['version', 'prodid']) if (!calendar.hasProperty(required)) fail(`VCALENDAR lacks ${required.toUpperCase()}`);

const events = calendar.getAllSubcomponents('vevent').map((component) => {
  for (const required of ['uid', 'dtstamp', 'dtstart']) if (!component.hasProperty(required)) fail(`VEVENT lacks ${required.toUpperCase()}`);
  const event = new ICAL.Event(component);
  const iso = (time) => (time ? time.toJSDate().toISOString() : null);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description ?? null,
    location: event.location ?? null,
    start: iso(event.startDate),
    end: iso(event.endDate),
    startIsUtc: event.startDate?.zone?.tzid === 'UTC',
    status: component.getFirstPropertyValue('status'),
    url: component.getFirstPropertyValue('url'),
    sequence: component.getFirstPropertyValue('sequence'),
  };
});

process.stdout.write(JSON.stringify({
  version: calendar.getFirstPropertyValue('version'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  method: calendar.getFirstPropertyValue('method'),
  events,
}));
