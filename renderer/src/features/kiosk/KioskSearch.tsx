import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { personName, type KioskHit } from '../events/api.ts';
import { kioskCall } from './kiosk-end.ts';
import { osloTime } from '../events/time.ts';

const LIMIT = 8;
const DEBOUNCE_MS = 60;

type Props = { inputRef: RefObject<HTMLInputElement | null>; busy: boolean; onCheckIn: (hit: KioskHit) => void };

/**
 * The big search box (folded search over this event's roster and walk-ins) and the hits as large
 * buttons. Enter with one hit checks in; with several, Enter or ↓ moves to the list, where ↑/↓ move
 * and Enter or a tap checks in.
 */
export function KioskSearch({ inputRef, busy, onCheckIn }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const helpId = useId();
  const [query, setQuery] = useState('');
  /** The hits and the text they are for (an Enter typed before they arrive waits for them). */
  const [hits, setHits] = useState<{ for: string; list: KioskHit[] } | null>(null);
  const pendingEnter = useRef(false);
  const [failed, setFailed] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const ticket = useRef(0);

  useEffect(() => {
    inputRef.current?.focus();
  }, [inputRef]);

  useEffect(() => {
    const text = query.trim();
    const mine = ++ticket.current;
    // An empty box shows nothing (see `empty` below), whatever the last hits were.
    if (text === '') return;
    const timer = window.setTimeout(() => {
      kioskCall('kiosk.search', { query: text, limit: LIMIT }).then(
        (value) => {
          if (mine !== ticket.current) return;
          setHits({ for: text, list: value });
          setFailed(false);
        },
        () => {
          if (mine !== ticket.current) return;
          pendingEnter.current = false;
          setHits({ for: text, list: [] });
          setFailed(true);
        },
      );
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const empty = query.trim() === '';
  const current = hits !== null && hits.for === query.trim();
  const shown = empty || !hits ? [] : hits.list;
  let status = '';
  if (empty) status = '';
  else if (failed) status = t('kiosk.search.failed');
  else if (hits && shown.length === 0) status = t('kiosk.search.none');
  else if (shown.length > 1) status = t('kiosk.search.several', { count: shown.length });
  else if (shown.length === 1) status = t('kiosk.search.one');

  const buttons = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);

  function enter(list: KioskHit[]) {
    if (list.length === 1) onCheckIn(list[0]!);
    else buttons()[0]?.focus();
  }

  // An Enter pressed while the search was still running acts on its answer.
  useEffect(() => {
    if (!pendingEnter.current || !current) return;
    pendingEnter.current = false;
    enter(shown);
  });

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      setQuery('');
      return;
    }
    if (event.key === 'Enter' && !empty) {
      event.preventDefault();
      if (current) enter(shown);
      else pendingEnter.current = true;
    } else if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      buttons()[0]?.focus();
    }
  }

  function onListKey(event: KeyboardEvent<HTMLUListElement>) {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(all.length - 1, index + 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === 0) inputRef.current?.focus();
      else all[index - 1]?.focus();
    } else if (event.key === 'Escape') {
      setQuery('');
      inputRef.current?.focus();
    }
  }

  return (
    <section className="kiosk__search" aria-label={t('kiosk.search.region')}>
      <label htmlFor={inputId} className="kiosk__label">
        {t('kiosk.search.label')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="ds-input kiosk__input"
        type="search"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        aria-describedby={helpId}
        value={query}
        onChange={(event) => {
          pendingEnter.current = false;
          setQuery(event.target.value);
        }}
        onKeyDown={onInputKey}
        data-testid="kiosk-search"
      />
      <Paragraph id={helpId} className="kiosk__help" role="status">
        {status || t('kiosk.search.help')}
      </Paragraph>
      {shown.length > 0 && (
        <ul ref={listRef} className="kiosk__hits" aria-label={t('kiosk.search.results')} onKeyDown={onListKey} data-testid="kiosk-hits">
          {shown.map((hit) => (
            <li key={hit.attendanceId}>
              <button type="button" className="kiosk__hit" disabled={busy} onClick={() => onCheckIn(hit)}>
                <span className="kiosk__hit-name">{personName(hit)}</span>
                <span className="kiosk__hit-meta">
                  {[t(`kiosk.kinds.${hit.personKind}`), hit.hint].filter(Boolean).join(' · ')}
                  {hit.status === 'attended' && hit.checkedInAt ? ` · ${t('kiosk.search.alreadyIn', { time: osloTime(hit.checkedInAt) })}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
