/** Norwegian names of the languages the demo uses (ISO 639), for match explanations. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  am: 'amharisk', ar: 'arabisk', de: 'tysk', en: 'engelsk', es: 'spansk', fa: 'persisk', fr: 'fransk',
  hi: 'hindi', ku: 'kurdisk', ln: 'lingala', my: 'burmesisk', pl: 'polsk', prs: 'dari', ps: 'pashto',
  ru: 'russisk', so: 'somali', sw: 'swahili', ti: 'tigrinja', tl: 'tagalog', tr: 'tyrkisk', uk: 'ukrainsk', ur: 'urdu',
};

export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? code;
}
