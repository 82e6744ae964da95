/** Reference data shipped in resources/: municipalities and counties, countries, fields. */
export * from './countries.ts';
export * from './fields.ts';
export * from './fold.ts';
export * from './municipalities.ts';
