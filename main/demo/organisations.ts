import type { NewOrganisation } from '../../db/schema/index.ts';
import { municipalityByNumber } from '../reference/index.ts';
import type { DemoContext } from './context.ts';
import { PARTNER_SECTORS } from './occupations.ts';
import { DEMO_MUNICIPALITIES } from './places.ts';
import { companyDomain } from './persons.ts';

export type DemoOrganisations = {
  partners: NewOrganisation[];
  /** NAV office per municipality number. */
  navOffices: Map<string, NewOrganisation>;
};

function orgNumber(ctx: DemoContext): string {
  return String(ctx.rng.int(810_000_000, 999_999_999));
}

/** Partner companies in Telemark and Agder, and one NAV office per municipality. */
export function generateOrganisations(ctx: DemoContext, people: number): DemoOrganisations {
  const createdAt = `${ctx.today.slice(0, 4)}-01-02T08:00:00.000Z`;
  const partners: NewOrganisation[] = [];
  const names = new Set<string>();
  const count = Math.max(8, Math.min(600, Math.round(people / 20)));
  while (partners.length < count) {
    let name = ctx.faker.company.name();
    if (names.has(name)) name = `${name} ${ctx.rng.pick(['Sør', 'Telemark', 'Agder', 'Vest', 'Øst'])}`;
    if (names.has(name)) continue;
    names.add(name);
    partners.push({
      id: ctx.ids.uuid(),
      kind: 'company',
      name,
      orgNumber: orgNumber(ctx),
      municipalityNumber: ctx.rng.weighted(DEMO_MUNICIPALITIES),
      sector: ctx.rng.pick(PARTNER_SECTORS),
      partner: true,
      contactName: `${ctx.faker.person.firstName()} ${ctx.faker.person.lastName()}`,
      email: `post@${companyDomain(name)}`,
      phone: null,
      address: ctx.faker.location.streetAddress(),
      notes: null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const navOffices = new Map<string, NewOrganisation>();
  for (const [number] of DEMO_MUNICIPALITIES) {
    const municipality = municipalityByNumber(number);
    if (!municipality) throw new Error(`unknown demo municipality ${number}`);
    navOffices.set(number, {
      id: ctx.ids.uuid(),
      kind: 'nav_office',
      name: `NAV ${municipality.name}`,
      orgNumber: orgNumber(ctx),
      municipalityNumber: number,
      sector: null,
      partner: false,
      contactName: null,
      email: null,
      phone: '55 55 33 33',
      address: null,
      notes: null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  ctx.rows.organisations.push(...partners, ...navOffices.values());
  return { partners, navOffices };
}
