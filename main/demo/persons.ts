import anyAscii from 'any-ascii';
import type { Gender } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { NAME_GROUPS, type NameGroupKey } from './names.ts';

export type PersonName = { firstName: string; lastName: string };

/** A name from a background's name group; patronymic groups take a father's given name. */
export function nameFromGroup(ctx: DemoContext, group: NameGroupKey, gender: Gender): PersonName {
  const names = NAME_GROUPS[group];
  const female = gender === 'female' || (gender !== 'male' && ctx.rng.chance(0.5));
  let firstName = ctx.rng.pick(female ? names.female : names.male);
  if (ctx.rng.chance(0.08) && group !== 'ukrainianCyrillic') {
    firstName = `${firstName} ${ctx.rng.pick(female ? names.female : names.male)}`;
    if (firstName.split(' ')[0] === firstName.split(' ')[1]) firstName = firstName.split(' ')[0] as string;
  }
  let lastName = names.last.length > 0 ? ctx.rng.pick(names.last) : ctx.rng.pick(names.male);
  if (group === 'russian' && !female && lastName.endsWith('a')) lastName = lastName.slice(0, -1);
  if (group === 'polish' && female && /[sc]ki$/.test(lastName)) lastName = `${lastName.slice(0, -1)}a`;
  return { firstName, lastName };
}

/** A Norwegian name from faker's nb_NO locale. */
export function norwegianName(ctx: DemoContext, gender: Gender): PersonName {
  const sex = gender === 'female' ? 'female' : gender === 'male' ? 'male' : ctx.rng.chance(0.5) ? 'female' : 'male';
  return { firstName: ctx.faker.person.firstName(sex), lastName: ctx.faker.person.lastName() };
}

function slug(value: string): string {
  return anyAscii(value.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'o').replaceAll('å', 'a'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** An address on a reserved example domain (RFC 2606), so no demo e-mail can reach anyone. */
export function emailFor(ctx: DemoContext, name: PersonName, domain?: string): string {
  const local = ctx.rng.chance(0.6) ? `${slug(name.firstName)}.${slug(name.lastName)}` : `${slug(name.firstName)}${ctx.rng.int(1, 999)}`;
  return `${local}@${domain ?? ctx.rng.pick(['example.com', 'example.net', 'example.org'])}`;
}

export function companyDomain(companyName: string): string {
  return `${slug(companyName).replaceAll('.', '-').slice(0, 40)}.example`;
}

/** A Norwegian mobile number, formatted the way people type it. */
export function mobileNumber(ctx: DemoContext): string {
  const first = ctx.rng.pick(['4', '9']);
  const digits = `${first}${String(ctx.rng.int(0, 9_999_999)).padStart(7, '0')}`;
  const style = ctx.rng.int(0, 2);
  if (style === 0) return `+47 ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
  if (style === 1) return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
  return digits;
}

export function genderFor(ctx: DemoContext, femaleShare: number): Gender {
  const roll = ctx.rng.next();
  if (roll < 0.005) return 'other';
  if (roll < 0.015) return 'unknown';
  return roll < 0.015 + femaleShare * 0.985 ? 'female' : 'male';
}
