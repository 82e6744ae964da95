import type { AttendanceSource, AttendanceStatus, EventKind, NewEvent } from '../../db/schema/index.ts';
import { municipalityByNumber } from '../reference/index.ts';
import type { DemoCohort } from './cohorts.ts';
import type { DemoContext } from './context.ts';
import { officeInstant } from './context.ts';
import { osloInstant, weekday } from './dates.ts';
import { addDays, addMonths } from '../../shared/calendar-date.ts';
import type { DemoGrants } from './funding.ts';
import type { DemoMentor } from './mentors.ts';
import { DEFAULT_VENUES, VENUES } from './places.ts';
import { searchTextOf } from './search-text.ts';

/** Who can come to an event: a participant while in the programme, or a mentor once registered. */
export type Attendee = { id: string; from: string; until: string; cohortId: string };

const EVENT_CITIES = ['4003', '4204', '4001', '4203', '4202', '4005', '4205', '4012'];

type Plan = { kind: EventKind; title: string; on: string; hour: number; hours: number; capacity: number; participants: number; mentors: number; guests: number; cohortId: string | null };

/** Language cafés every other week, monthly networking evenings, courses and inspiration meetings per cohort, a yearly conference — per location. */
export function generateEvents(
  ctx: DemoContext, participants: readonly Attendee[], mentors: readonly DemoMentor[], cohorts: readonly DemoCohort[],
  grants: DemoGrants, partnerNames: readonly string[],
): void {
  const { rng } = ctx;
  const first = cohorts[0]?.startsOn ?? ctx.today;
  const from = addDays(first, -30);
  const until = addDays(ctx.today, 45);
  const locations = Math.max(1, Math.ceil(participants.length / 500));
  const byLocation: Attendee[][] = Array.from({ length: locations }, () => []);
  participants.forEach((p, i) => byLocation[i % locations]?.push(p));
  const mentorAttendees: Attendee[] = mentors.map((m) => ({ id: m.id, from: m.row.registeredOn as string, until: ctx.today, cohortId: '' }));

  for (let loc = 0; loc < locations; loc++) {
    const city = EVENT_CITIES[loc % EVENT_CITIES.length] as string;
    const cityName = municipalityByNumber(city)?.name ?? city;
    const plans: Plan[] = [];
    for (let on = firstWeekday(from, 2); on <= until; on = addDays(on, 14)) {
      plans.push({ kind: 'sprakkafe', title: `Språkkafé ${cityName}`, on, hour: 17, hours: 2, capacity: 30, participants: rng.int(6, 18), mentors: rng.int(0, 3), guests: 0, cohortId: null });
    }
    for (let month = from.slice(0, 7) + '-01'; month <= until; month = addMonths(month, 1)) {
      if (month.endsWith('-07-01')) continue;
      plans.push({ kind: 'nettverkstreff', title: `Nettverkstreff ${cityName}`, on: firstWeekday(month, 3), hour: 18, hours: 2.5, capacity: 80, participants: rng.int(10, 30), mentors: rng.int(5, 15), guests: rng.int(0, 4), cohortId: null });
      if (month.endsWith('-11-01') && loc % 5 === 0) {
        plans.push({ kind: 'konferanse', title: `Koble-konferansen ${month.slice(0, 4)}`, on: firstWeekday(addDays(month, 14), 3), hour: 9, hours: 6, capacity: 300, participants: rng.int(40, 150), mentors: rng.int(20, 60), guests: rng.int(5, 15), cohortId: null });
      }
    }
    for (const cohort of cohorts) {
      plans.push({ kind: 'inspirasjonsmote', title: `Inspirasjonsmøte ${cohort.name}`, on: firstWeekday(addDays(cohort.startsOn, -10), 1), hour: 17, hours: 2, capacity: 120, participants: rng.int(30, 90), mentors: rng.int(10, 30), guests: rng.int(1, 3), cohortId: cohort.id });
      for (const [title, weeks] of [['CV- og søknadskurs', 6], ['Norsk arbeidsliv', 12]] as const) {
        plans.push({ kind: 'kurs', title: `${title} (${cohort.name})`, on: firstWeekday(addDays(cohort.startsOn, weeks * 7), 0), hour: 10, hours: 3, capacity: 25, participants: rng.int(8, 20), mentors: 0, guests: 0, cohortId: cohort.id });
      }
    }
    for (const plan of plans) addEvent(ctx, plan, city, byLocation[loc] ?? [], mentorAttendees, grants, partnerNames);
  }
}

function firstWeekday(date: string, wanted: number): string {
  return addDays(date, (wanted - weekday(date) + 7) % 7);
}

function addEvent(ctx: DemoContext, plan: Plan, city: string, people: readonly Attendee[], mentors: readonly Attendee[], grants: DemoGrants, partnerNames: readonly string[]): void {
  const { rng } = ctx;
  const startsAt = osloInstant(plan.on, plan.hour);
  const event: NewEvent = {
    id: ctx.ids.uuid(), kind: plan.kind, title: plan.title, startsAt,
    endsAt: new Date(Date.parse(startsAt) + plan.hours * 3_600_000).toISOString(),
    place: rng.pick(VENUES[city] ?? DEFAULT_VENUES), capacity: plan.capacity,
    organiser: plan.kind === 'kurs' ? 'Koordinator' : plan.kind === 'konferanse' ? 'Koble og partnerbedriftene' : null,
    grantId: grants.forEvent(plan.kind, plan.on), cohortId: plan.cohortId, description: null, staffId: ctx.staffId,
    createdAt: officeInstant(ctx, addDays(plan.on, -21) < ctx.today ? addDays(plan.on, -21) : ctx.today), updatedAt: '',
  };
  event.updatedAt = event.createdAt;
  ctx.rows.events.push(event);
  const past = plan.on <= ctx.today;
  const inProgramme = (a: Attendee) => a.from <= plan.on && plan.on <= a.until;
  // A cohort's own inspiration meeting and courses are for that cohort's participants.
  const participantFits = (a: Attendee) => inProgramme(a) && (!plan.cohortId || a.cohortId === plan.cohortId);
  const add = (column: 'participantId' | 'mentorId' | 'guestId', id: string, walkIn: boolean) => {
    const status: AttendanceStatus = walkIn ? 'attended' : past
      ? rng.weighted([['attended', 80], ['no_show', 12], ['cancelled', 8]] as const)
      : rng.weighted([['registered', 92], ['cancelled', 8]] as const);
    const source: AttendanceSource = walkIn ? 'walk_in' : past && rng.chance(0.07) ? 'paper' : 'roster';
    const checkedInAt = status === 'attended' && source !== 'paper' ? new Date(Date.parse(startsAt) + rng.int(-10, 25) * 60_000).toISOString() : null;
    const createdAt = checkedInAt ?? event.createdAt as string;
    ctx.rows.attendance.push({
      id: ctx.ids.uuid(), eventId: event.id as string, participantId: null, mentorId: null, guestId: null, [column]: id,
      status, checkedInAt, source, staffId: ctx.staffId, createdAt, updatedAt: createdAt,
    });
  };
  for (const p of pickAttendees(ctx, people, plan.participants, participantFits)) add('participantId', p.id, past && rng.chance(0.05));
  for (const m of pickAttendees(ctx, mentors, plan.mentors, inProgramme)) add('mentorId', m.id, false);
  for (let i = 0; i < plan.guests; i++) {
    const guest = { firstName: ctx.faker.person.firstName(), lastName: ctx.faker.person.lastName() };
    const walkIn = past && rng.chance(0.4);
    const id = ctx.ids.uuid();
    ctx.rows.eventGuests.push({
      id, ...guest, searchText: searchTextOf(guest.firstName, guest.lastName), email: null, phone: null,
      organisationName: partnerNames.length > 0 ? rng.pick(partnerNames) : null, notes: null, erasedAt: null,
      createdAt: event.createdAt as string, updatedAt: event.createdAt as string,
    });
    if (walkIn) {
      ctx.rows.consents.push({
        id: ctx.ids.uuid(), participantId: null, mentorId: null, guestId: id, purpose: 'storage', lawfulBasis: 'consent',
        textVersion: `${plan.on.slice(0, 4)}-01`, method: 'kiosk', givenOn: plan.on, withdrawnOn: null, staffId: ctx.staffId,
        createdAt: event.createdAt as string, updatedAt: event.createdAt as string,
      });
    }
    add('guestId', id, walkIn);
  }
  if (past) {
    ctx.rows.hours.push({
      id: ctx.ids.uuid(), workedOn: plan.on, staffId: ctx.staffId, mentorId: null, volunteerName: null, hours: plan.hours + 1,
      activity: plan.kind === 'kurs' ? 'course' : 'event', grantId: event.grantId ?? null, hourlyValue: ctx.hourly.staff(ctx.staffId), note: null,
      createdAt: startsAt, updatedAt: startsAt,
    });
    if (rng.chance(0.5)) {
      ctx.rows.hours.push({
        id: ctx.ids.uuid(), workedOn: plan.on, staffId: null, mentorId: null,
        volunteerName: `${ctx.faker.person.firstName()} ${ctx.faker.person.lastName()}`, hours: plan.hours,
        activity: 'event', grantId: event.grantId ?? null, hourlyValue: ctx.hourly.volunteer, note: 'Frivillig vert', createdAt: startsAt, updatedAt: startsAt,
      });
    }
  }
}

/** Up to `count` distinct people who fit, by random draws (fast on large lists). */
function pickAttendees(ctx: DemoContext, people: readonly Attendee[], count: number, fits: (a: Attendee) => boolean): Attendee[] {
  const chosen = new Map<string, Attendee>();
  if (people.length === 0) return [];
  for (let tries = 0; tries < count * 6 && chosen.size < count; tries++) {
    const a = ctx.rng.pick(people);
    if (!chosen.has(a.id) && fits(a)) chosen.set(a.id, a);
  }
  return [...chosen.values()];
}
