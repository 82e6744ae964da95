/** Filled by the import area. */
export const importHandlers = {};
