/** Filled by the people area. */
export const peopleHandlers = {};
