/**
 * Telemark (40xx) and Agder (42xx) municipalities with a weight close to their population in
 * thousands, so most demo people live in Skien, Porsgrunn, Kristiansand, Arendal and Grimstad.
 */
export const DEMO_MUNICIPALITIES: readonly (readonly [string, number])[] = [
  ['4003', 56], ['4001', 37], ['4012', 14], ['4014', 10], ['4005', 13], ['4020', 11], ['4018', 7], ['4026', 6],
  ['4016', 4], ['4010', 2], ['4022', 3], ['4036', 4], ['4028', 2], ['4024', 2], ['4034', 2], ['4030', 1], ['4032', 1],
  ['4204', 116], ['4203', 45], ['4202', 24], ['4205', 24], ['4223', 15], ['4215', 12], ['4206', 10], ['4207', 9],
  ['4225', 11], ['4201', 7], ['4213', 6], ['4227', 6], ['4214', 6], ['4216', 5], ['4219', 4], ['4211', 2], ['4212', 2],
  ['4217', 2], ['4218', 1], ['4226', 2], ['4221', 1], ['4220', 1], ['4222', 1], ['4224', 1], ['4228', 2],
];

/** Where events are held, by municipality. */
export const VENUES: Readonly<Record<string, readonly string[]>> = {
  '4003': ['Skien bibliotek', 'Ibsenhuset', 'Kafé Kulturhuset, Skien'],
  '4001': ['Porsgrunn bibliotek', 'Down Town, Porsgrunn', 'Frivilligsentralen i Porsgrunn'],
  '4204': ['Kristiansand folkebibliotek', 'Kilden, møterom 2', 'Frivilligsentralen Kvadraturen'],
  '4203': ['Arendal bibliotek', 'Arendal kulturhus', 'Sam Eyde vgs, aulaen'],
  '4202': ['Grimstad bibliotek', 'Frivilligsentralen i Grimstad'],
};
export const DEFAULT_VENUES: readonly string[] = ['Kontoret, møterom Koble', 'Nettmøte (Teams)', 'Rådhuset, kantina'];
