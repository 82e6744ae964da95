/** The template kinds, languages and merge fields live in shared/ (the renderer's template editor needs them too). */
export * from '../../shared/mail-templates.ts';
