import { useTranslation } from 'react-i18next';
import { AREAS, hashOf, type Area } from './areas.ts';

/** The main menu: plain links in a nav landmark, the current one marked with aria-current. */
export function Navigation({ current }: { current: Area }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('frame.navLabel')}>
      <ul>
        {AREAS.map((area) => (
          <li key={area}>
            <a href={hashOf(area)} aria-current={area === current ? 'page' : undefined} className="nav__link">
              {t(`nav.${area}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
