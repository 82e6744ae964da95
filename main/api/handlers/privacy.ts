/** Filled by the privacy area. */
export const privacyHandlers = {};
