import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, length, type Strength } from './use-passphrase-pair.ts';

const COLOURS = ['danger', 'danger', 'warning', 'success', 'success'] as const;

type Props = {
  passphrase: string;
  strength: Strength | null;
  id: string;
  /** The field above already shows "too short" as its error: say it once, there. */
  lengthErrorShown?: boolean;
};

/** Five bars, the level in words, and zxcvbn's feedback in the user's language. */
export function StrengthMeter({ passphrase, strength, id, lengthErrorShown = false }: Props) {
  const { t } = useTranslation();
  const score = strength?.score ?? 0;
  const count = length(passphrase);
  const warning = strength?.warning ? t(`passphrase.warnings.${strength.warning}`, { defaultValue: '' }) : '';
  const suggestions = (strength?.suggestions ?? []).map((key) => t(`passphrase.suggestions.${key}`, { defaultValue: '' })).filter(Boolean);

  return (
    <div className="strength" id={id} aria-live="polite">
      <div className="strength__bars" aria-hidden="true" data-color={strength ? COLOURS[score] : 'neutral'}>
        {[0, 1, 2, 3, 4].map((bar) => (
          <span key={bar} className={strength && bar <= score ? 'strength__bar strength__bar--on' : 'strength__bar'} />
        ))}
      </div>
      {passphrase !== '' && (
        <Paragraph data-size="sm" className="strength__level">
          {strength ? t('strength.label', { level: t(`strength.levels.${score}`) }) : t('strength.checking')}
          {count < MIN_PASSPHRASE_LENGTH && !lengthErrorShown && <> — {t('strength.tooShort', { min: MIN_PASSPHRASE_LENGTH, count })}</>}
          {count >= MIN_PASSPHRASE_LENGTH && strength?.acceptable && <> — {t('strength.acceptable')}</>}
        </Paragraph>
      )}
      {warning && (
        <Paragraph data-size="sm" className="strength__warning">
          {warning}
        </Paragraph>
      )}
      {suggestions.length > 0 && (
        <ul className="strength__suggestions">
          {suggestions.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
