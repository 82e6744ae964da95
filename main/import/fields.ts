import { foldName } from '../reference/fold.ts';
import type { ImportKind } from './types.ts';

/** A field a column can be mapped to. `label` is a translation key (resources/locales, import.fields.*). */
export type ImportField = { field: string; label: string; required: boolean; kinds: readonly ImportKind[]; synonyms: readonly string[] };

const both: readonly ImportKind[] = ['participants', 'mentors'];
const participants: readonly ImportKind[] = ['participants'];
const mentors: readonly ImportKind[] = ['mentors'];

const f = (field: string, kinds: readonly ImportKind[], synonyms: string[], required = false): ImportField => ({
  field,
  label: `import.fields.${field}`,
  required,
  kinds,
  synonyms: synonyms.map(foldName),
});

/**
 * Every importable field with the Norwegian and English headers offices use for it. `fullName`
 * ("Navn") is split into first and last name; either it or the first/last name columns are needed.
 */
export const IMPORT_FIELDS: readonly ImportField[] = [
  f('firstName', both, ['Fornavn', 'Fornavn og mellomnavn', 'First name', 'Firstname', 'Given name', 'Forename'], true),
  f('lastName', both, ['Etternavn', 'Last name', 'Lastname', 'Surname', 'Family name'], true),
  f('fullName', both, ['Navn', 'Fullt navn', 'Deltaker', 'Deltakernavn', 'Navn på deltaker', 'Mentornavn', 'Navn på mentor', 'Kandidat', 'Name', 'Full name']),
  f('email', both, ['E-post', 'Epost', 'E-postadresse', 'Epostadresse', 'Mail', 'E-mail', 'Email', 'Email address']),
  f('phone', both, ['Mobil', 'Telefon', 'Tlf', 'Tlf.nr', 'Mobilnummer', 'Mobilnr', 'Telefonnummer', 'Phone', 'Mobile', 'Phone number', 'Telephone']),
  f('birthYear', both, ['Fødselsår', 'Født', 'Fødselsdato', 'F.dato', 'Fødd', 'Birth year', 'Year of birth', 'Date of birth', 'Born', 'DOB']),
  f('gender', both, ['Kjønn', 'Gender', 'Sex']),
  f('countryOfBackground', participants, ['Landbakgrunn', 'Fødeland', 'Land', 'Opprinnelsesland', 'Hjemland', 'Nasjonalitet', 'Statsborgerskap', 'Country', 'Country of origin', 'Country of birth', 'Nationality']),
  f('municipality', both, ['Kommune', 'Bostedskommune', 'Bosted', 'Kommunenummer', 'Kommunenr', 'Bokommune', 'Municipality']),
  f('immigrationReason', participants, ['Innvandringsgrunn', 'Innvandringsårsak', 'Grunn for innvandring', 'Oppholdsgrunnlag', 'Immigration reason', 'Reason for immigration']),
  f('arrivalYear', participants, ['Ankomst', 'Ankomstår', 'Ankomstdato', 'Ankommet Norge', 'Kom til Norge', 'Bosatt år', 'Arrival', 'Arrival year', 'Year of arrival']),
  f('yearsInNorway', participants, ['Botid', 'Botid i Norge', 'År i Norge', 'Years in Norway']),
  f('educationLevel', both, ['Utdanning', 'Utdanningsnivå', 'Høyeste utdanning', 'Education', 'Education level', 'Highest education']),
  f('educationCountry', participants, ['Utdanningsland', 'Land for utdanning', 'Utdannet i', 'Education country', 'Country of education']),
  f('degreeRecognition', participants, ['NOKUT', 'NOKUT-godkjenning', 'NOKUT godkjent', 'Godkjent utdanning', 'Degree recognition']),
  f('field', both, ['Fagfelt', 'Fagområde', 'Bransje', 'Field', 'Professional field']),
  f('desiredOccupation', participants, ['Ønsket yrke', 'Yrke', 'Ønsket stilling', 'Yrkesønske', 'Desired occupation', 'Occupation']),
  f('norwegianLevel', participants, ['Norsknivå', 'Norsk', 'Norskkunnskaper', 'Norsk nivå', 'Norwegian level', 'Norwegian', 'CEFR']),
  f('track', participants, ['Spor', 'Løp', 'Program', 'Track']),
  f('navAdvisor', participants, ['NAV-veileder', 'Veileder', 'Veileder NAV', 'NAV advisor']),
  f('employer', mentors, ['Arbeidsgiver', 'Bedrift', 'Firma', 'Selskap', 'Employer', 'Company']),
  f('jobTitle', mentors, ['Stilling', 'Tittel', 'Stillingstittel', 'Job title', 'Title', 'Position', 'Role']),
  f('yearsOfExperience', mentors, ['Erfaring', 'År erfaring', 'Års erfaring', 'Arbeidserfaring', 'Years of experience', 'Experience']),
  f('capacity', mentors, ['Kapasitet', 'Antall deltakere', 'Maks deltakere', 'Capacity']),
  f('availability', mentors, ['Tilgjengelighet', 'Tilgjengelig', 'Availability']),
  f('preferences', mentors, ['Preferanser', 'Ønsker', 'Preferences']),
  f('registeredOn', both, ['Registrert', 'Registreringsdato', 'Dato registrert', 'Innmeldt', 'Påmeldt', 'Registered', 'Registration date', 'Date registered']),
  f('notes', both, ['Merknad', 'Merknader', 'Kommentar', 'Kommentarer', 'Notat', 'Notater', 'Notes', 'Note', 'Comment', 'Comments']),
];

export function fieldsFor(kind: ImportKind): readonly ImportField[] {
  return IMPORT_FIELDS.filter((field) => field.kinds.includes(kind));
}
