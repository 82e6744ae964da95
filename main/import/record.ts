import type { DegreeRecognition, EducationLevel, Gender, ImmigrationReason, NorwegianLevel, Track } from '../../db/schema/person-values.ts';

/** One row, normalised: what import-rows writes. `row` is the sheet row number. */
export type ImportRecord = {
  row: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthYear: number | null;
  gender: Gender;
  countryOfBackground: string | null;
  municipalityNumber: string | null;
  immigrationReason: ImmigrationReason | null;
  arrivalYear: number | null;
  educationLevel: EducationLevel | null;
  educationCountry: string | null;
  degreeRecognition: DegreeRecognition | null;
  field: string | null;
  desiredOccupation: string | null;
  norwegianLevel: NorwegianLevel | null;
  track: Track | null;
  navAdvisor: string | null;
  employer: string | null;
  jobTitle: string | null;
  yearsOfExperience: number | null;
  capacity: number | null;
  availability: string | null;
  preferences: string | null;
  registeredOn: string;
  notes: string | null;
};

export function emptyRecord(row: number, today: string): ImportRecord {
  return {
    row,
    firstName: '',
    lastName: '',
    email: null,
    phone: null,
    birthYear: null,
    gender: 'unknown',
    countryOfBackground: null,
    municipalityNumber: null,
    immigrationReason: null,
    arrivalYear: null,
    educationLevel: null,
    educationCountry: null,
    degreeRecognition: null,
    field: null,
    desiredOccupation: null,
    norwegianLevel: null,
    track: null,
    navAdvisor: null,
    employer: null,
    jobTitle: null,
    yearsOfExperience: null,
    capacity: null,
    availability: null,
    preferences: null,
    registeredOn: today,
    notes: null,
  };
}
