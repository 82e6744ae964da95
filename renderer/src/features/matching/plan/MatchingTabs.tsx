import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type MatchingTab = 'one' | 'plan';

const PLAN_HASH = '#/matching/plan';
const tabOf = (hash: string): MatchingTab => (hash.startsWith(PLAN_HASH) ? 'plan' : 'one');

/** Which Kobling view the hash asks for: `#/matching` (one participant at a time) or `#/matching/plan`. */
export function useMatchingTab(): MatchingTab {
  const [tab, setTab] = useState<MatchingTab>(() => tabOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setTab(tabOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return tab;
}

/** The two Kobling views as links (the hash keeps the view on reload and in history). */
export function MatchingTabs({ current }: { current: MatchingTab }) {
  const { t } = useTranslation();
  return (
    <nav className="plan-tabs" aria-label={t('plan.tabs.label')}>
      <a href="#/matching" className="plan-tabs__link" aria-current={current === 'one' ? 'page' : undefined}>
        {t('plan.tabs.one')}
      </a>
      <a href={PLAN_HASH} className="plan-tabs__link" aria-current={current === 'plan' ? 'page' : undefined}>
        {t('plan.tabs.plan')}
      </a>
    </nav>
  );
}
