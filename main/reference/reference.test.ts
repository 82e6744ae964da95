import { describe, expect, it } from 'vitest';
import {
  COUNTIES,
  COUNTRIES,
  FIELDS,
  MUNICIPALITIES,
  countryByCode,
  countryByName,
  countryName,
  countyOf,
  fieldByName,
  fieldName,
  foldName,
  municipalitiesByName,
  municipalitiesInCounty,
  municipalityByNumber,
  municipalityLabel,
} from './index.ts';

describe('municipalities and counties (2024 structure)', () => {
  it('has 15 counties and 357 municipalities with unique 4-digit numbers', () => {
    expect(COUNTIES).toHaveLength(15);
    expect(MUNICIPALITIES).toHaveLength(357);
    expect(new Set(MUNICIPALITIES.map((m) => m.number)).size).toBe(357);
    for (const m of MUNICIPALITIES) {
      expect(m.number).toMatch(/^\d{4}$/);
      expect(m.number.slice(0, 2)).toBe(m.countyNumber);
      expect(COUNTIES.some((c) => c.number === m.countyNumber)).toBe(true);
    }
  });

  it('knows Telemark and Agder', () => {
    expect(municipalitiesInCounty('40').map((m) => m.name)).toEqual([
      'Porsgrunn', 'Skien', 'Notodden', 'Siljan', 'Bamble', 'Kragerø', 'Drangedal', 'Nome', 'Midt-Telemark',
      'Seljord', 'Hjartdal', 'Tinn', 'Kviteseid', 'Nissedal', 'Fyresdal', 'Tokke', 'Vinje',
    ]);
    expect(municipalitiesInCounty('42')).toHaveLength(25);
    expect(municipalityByNumber('4204')?.name).toBe('Kristiansand');
    expect(municipalityByNumber(4003)?.name).toBe('Skien');
    expect(countyOf('4003')?.name).toBe('Telemark');
    expect(countyOf('4203')?.name).toBe('Agder');
    expect(countyOf('0301')?.name).toBe('Oslo');
    expect(municipalityByNumber(301)?.name).toBe('Oslo');
    expect(municipalityByNumber('3806')).toBeUndefined(); // Porsgrunn's pre-2024 number
  });

  it('has the expected number per county', () => {
    const counts = Object.fromEntries(COUNTIES.map((c) => [c.name, municipalitiesInCounty(c.number).length]));
    expect(counts).toEqual({
      Oslo: 1, Rogaland: 23, 'Møre og Romsdal': 27, Nordland: 41, Østfold: 12, Akershus: 21, Buskerud: 18,
      Innlandet: 46, Vestfold: 6, Telemark: 17, Agder: 25, Vestland: 43, Trøndelag: 38, Troms: 21, Finnmark: 18,
    });
  });

  it('finds municipalities by folded name, parallel name and qualifier', () => {
    expect(municipalitiesByName('kragero').map((m) => m.number)).toEqual(['4014']);
    expect(municipalitiesByName('  MIDT TELEMARK ').map((m) => m.number)).toEqual(['4020']);
    expect(municipalitiesByName('Guovdageaidnu').map((m) => m.number)).toEqual(['5612']);
    expect(municipalitiesByName('Våler').map((m) => m.number).sort()).toEqual(['3114', '3419']);
    expect(municipalitiesByName('Våler (Østfold)').map((m) => m.number)).toEqual(['3114']);
    expect(municipalitiesByName('Herøy i Nordland').map((m) => m.number)).toEqual(['1818']);
    expect(municipalitiesByName('Atlantis')).toEqual([]);
    expect(municipalityLabel(municipalityByNumber('1515')!)).toBe('Herøy (Møre og Romsdal)');
    expect(municipalityLabel(municipalityByNumber('4003')!)).toBe('Skien');
  });
});

describe('countries', () => {
  it('lists every country with a Norwegian name, sorted the Norwegian way', () => {
    expect(COUNTRIES.length).toBeGreaterThan(240);
    expect(countryName('UA')).toBe('Ukraina');
    expect(countryName('ER')).toBe('Eritrea');
    expect(countryName('ET')).toBe('Etiopia');
    expect(countryName('SY', 'en')).toMatch(/Syria/);
    expect(COUNTRIES.at(-1)?.name).toBe('Åland');
  });

  it('resolves names in Norwegian or English and ISO codes', () => {
    expect(countryByName('ukraina')?.code).toBe('UA');
    expect(countryByName('Ukraine')?.code).toBe('UA');
    expect(countryByName('Etiopia')?.code).toBe('ET');
    expect(countryByName('Ethiopia')?.code).toBe('ET');
    expect(countryByName('afg')?.code).toBe('AF');
    expect(countryByName('so')?.code).toBe('SO');
    expect(countryByCode('irq')?.code).toBe('IQ');
    expect(countryByName('Narnia')).toBeUndefined();
  });
});

describe('fields', () => {
  it('ships the eleven fields with stable codes', () => {
    expect(FIELDS).toHaveLength(11);
    expect(new Set(FIELDS.map((f) => f.code)).size).toBe(11);
    expect(fieldName('engineering_technology_it')).toBe('Ingeniørfag, teknologi og IT');
    expect(fieldName('engineering_technology_it', 'en')).toBe('Engineering, technology and IT');
    expect(fieldName('local_nursing')).toBe('local_nursing');
    expect(fieldByName('okonomi og administrasjon')?.code).toBe('economics_administration');
    expect(fieldByName('Other')?.code).toBe('other');
  });

  it('folds Norwegian letters', () => {
    expect(foldName('Bjørn Ærlig Åsen')).toBe('bjorn aerlig asen');
    expect(foldName('Aase')).toBe(foldName('Åse'));
  });
});
