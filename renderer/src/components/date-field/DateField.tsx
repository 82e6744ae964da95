import { Textfield } from '@digdir/designsystemet-react';
import { useEffect, useEffectEvent, useRef, useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateText, formatTimeText, parseDateText, parseTimeText, type TypedValue } from './date-text.ts';

type Props = {
  label: ReactNode;
  /** 'YYYY-MM-DD' (DateField) or 'HH:mm' (TimeField); '' for none. */
  value: string;
  /** The typed value as 'YYYY-MM-DD' / 'HH:mm'; '' while the field is empty or cannot be read (as a native date input does). */
  onChange: (value: string) => void;
  /** The caller's own problem (e.g. required); the field's own reading problem is shown first. */
  error?: ReactNode;
  description?: ReactNode;
  id?: string;
  className?: string;
  'data-size'?: 'sm' | 'md' | 'lg';
  ref?: Ref<HTMLInputElement>;
};

type Kind = {
  parse: (text: string) => TypedValue;
  format: (value: string) => string;
  pattern: string;
  problems: { format: string; impossible: string };
};

/**
 * A date typed as dd.mm.åååå (also in the English UI), in and out as 'YYYY-MM-DD'. `min`/`max` are
 * ISO days; a day outside them is refused like an impossible one. Replaces `<input type="date">`,
 * which Chromium shows in the browser's own locale (mm/dd/yyyy in the test host).
 */
export function DateField({ min, max, ...props }: Props & { min?: string; max?: string }) {
  const outside = (iso: string) => (min && iso < min ? { key: 'dateField.dateTooEarly', date: min } : max && iso > max ? { key: 'dateField.dateTooLate', date: max } : null);
  return <TypedField {...props} kind={DATE} outside={outside} />;
}

/** A wall-clock time typed as tt:mm on the 24-hour clock (18.30 and 1830 are read too), in and out as 'HH:mm'. */
export function TimeField(props: Props) {
  return <TypedField {...props} kind={TIME} outside={() => null} />;
}

const DATE: Kind = { parse: parseDateText, format: formatDateText, pattern: 'dateField.datePattern', problems: { format: 'dateField.dateFormat', impossible: 'dateField.dateImpossible' } };
const TIME: Kind = { parse: parseTimeText, format: formatTimeText, pattern: 'dateField.timePattern', problems: { format: 'dateField.timeFormat', impossible: 'dateField.timeImpossible' } };

type Outside = (value: string) => { key: string; date: string } | null;

function TypedField({ kind, outside, value, onChange, error, ref, ...rest }: Props & { kind: Kind; outside: Outside }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => kind.format(value));
  // The value this field last handed out: a different one from the caller (a reset, a default) replaces the text.
  const [emitted, setEmitted] = useState(value);
  const [left, setLeft] = useState(false);
  if (value !== emitted) {
    setEmitted(value);
    setText(kind.format(value));
  }
  const read = kind.parse(text);
  const range = read.kind === 'ok' ? outside(read.value) : null;
  const problem =
    read.kind === 'format'
      ? t(kind.problems.format)
      : read.kind === 'impossible'
        ? t(kind.problems.impossible, { text: text.trim() })
        : range
          ? t(range.key, { date: formatDateText(range.date) })
          : null;

  // A form is not sent while one of its dates or times cannot be read (the native inputs' constraint
  // validation, which the forms switch off with noValidate, did the same): the field says why and takes focus.
  const input = useRef<HTMLInputElement | null>(null);
  const guard = useEffectEvent((event: SubmitEvent) => {
    if (!problem) return;
    event.preventDefault();
    event.stopPropagation();
    setLeft(true);
    input.current?.focus();
  });
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const listener = (event: SubmitEvent) => guard(event);
    form.addEventListener('submit', listener);
    return () => form.removeEventListener('submit', listener);
  }, []);

  const change = (next: string) => {
    setText(next);
    const parsed = kind.parse(next);
    const out = parsed.kind === 'ok' && !outside(parsed.value) ? parsed.value : '';
    setEmitted(out);
    if (out !== value) onChange(out);
  };
  const setRef = (node: HTMLInputElement | null) => {
    input.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };

  return (
    <Textfield
      {...rest}
      ref={setRef}
      type="text"
      autoComplete="off"
      spellCheck={false}
      placeholder={t(kind.pattern)}
      value={text}
      onChange={(event) => change(event.target.value)}
      onBlur={() => {
        setLeft(true);
        if (read.kind === 'ok' && !range) setText(kind.format(read.value));
      }}
      error={(left && problem) || error}
    />
  );
}
