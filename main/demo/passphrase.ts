/**
 * The demo programme's passphrase. It is shown on screen: the demo holds only invented data.
 * Four Norwegian words, 35 characters: passes the 12-character minimum and zxcvbn score 4.
 */
export const DEMO_PASSPHRASE = 'fjellrev-kanelbolle-sjøsprøyt-tåke';

/** The staff member the demo programme is created for. */
export const DEMO_STAFF_NAME = 'Demo Koordinator';
