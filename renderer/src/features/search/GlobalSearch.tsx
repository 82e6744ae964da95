import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { SearchHit } from '../../api/people.ts';
import { personHash } from '../people/person-route.ts';

const DEBOUNCE_MS = 80;
const LIMIT = 12;

/**
 * Søk i hele programmet, in the header: people.search as you type (folded: "bjorn" finds "Bjørn"),
 * a listbox of hits (combobox pattern: arrow keys, Enter opens, Escape closes).
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);

  useEffect(() => {
    const text = query.trim();
    // An empty box shows no list (showList), whatever the last hits were.
    if (text === '') return;
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      call('people.search', { query: text, limit: LIMIT }).then(
        (value) => {
          if (ticket !== latest.current) return;
          setHits(value);
          setActive(-1);
          setOpen(true);
        },
        () => ticket === latest.current && setHits([]),
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  function openHit(hit: SearchHit) {
    window.location.hash = personHash(hit.kind === 'mentor' ? 'mentors' : 'participants', hit.id);
    setOpen(false);
    setQuery('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(hits.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && open) {
        event.preventDefault();
        openHit(hit);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else setQuery('');
    }
  }

  const showList = open && query.trim() !== '';
  return (
    <div className="global-search" role="search">
      <label htmlFor={inputId} className="sr-only">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        className="global-search__input ds-input"
        data-size="sm"
        type="text"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => hits.length > 0 && setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="global-search__list" hidden={!showList} data-testid="search-results">
        {hits.length === 0 && showList && (
          <li role="option" aria-selected={false} aria-disabled className="global-search__empty">
            {t('search.none')}
          </li>
        )}
        {hits.map((hit, index) => (
          <li
            key={`${hit.kind}-${hit.id}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="global-search__hit"
            onMouseDown={(event) => {
              event.preventDefault();
              openHit(hit);
            }}
          >
            <span className="global-search__name">{hit.name}</span>
            <span className="global-search__detail">
              {t(`search.kinds.${hit.kind}`, { defaultValue: hit.kind })}
              {hit.stage ? ` · ${t(`stages.${hit.stage}`)}` : ''}
              {hit.detail ? ` · ${hit.detail}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
