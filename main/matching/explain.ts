import nb from '../../resources/locales/nb.json' with { type: 'json' };
import en from '../../resources/locales/en.json' with { type: 'json' };
import type { MatchingLanguage } from './names.ts';
import type { CriterionId, Explanation } from './types.ts';

type Tree = { [key: string]: string | Tree };

function matchingLocale(language: MatchingLanguage): Tree {
  const locale = (language === 'en' ? en : nb) as unknown as { matching?: Tree };
  return locale.matching ?? {};
}

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The plain sentence of an explanation, as the renderer's i18next makes it from
 * `matching.explain.<key>` ("Samme fagfelt: Ingeniørfag, teknologi og IT"): for the CLI, innsyn
 * and tests. An unknown key is shown as the key.
 */
export function explanationText(explanation: Explanation, language: MatchingLanguage = 'nb'): string {
  const template = lookup(matchingLocale(language), `explain.${explanation.key}`) ?? explanation.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in explanation.params ? String(explanation.params[name]) : whole));
}

/** The criterion's name in Innstillinger and in the breakdown. */
export function criterionName(criterion: CriterionId, language: MatchingLanguage = 'nb'): string {
  return lookup(matchingLocale(language), `criteria.${criterion}`) ?? criterion;
}
