import { Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StrengthMeter } from './StrengthMeter.tsx';
import { MIN_PASSPHRASE_LENGTH, type PassphrasePair } from './use-passphrase-pair.ts';

type Props = {
  pair: PassphrasePair;
  label: string;
  repeatLabel: string;
  /** Show the pair's problem as field errors (after a submit attempt). */
  showErrors: boolean;
  autoFocus?: boolean;
};

/** A new passphrase, its repetition and the live strength meter. */
export function PassphrasePairFields({ pair, label, repeatLabel, showErrors, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const meterId = useId();
  const problem = showErrors ? pair.problem : null;
  const firstError = problem && problem !== 'strength.mismatch' ? t(problem, { min: MIN_PASSPHRASE_LENGTH, count: [...pair.passphrase].length }) : undefined;
  const repeatError = problem === 'strength.mismatch' ? t(problem) : undefined;

  return (
    <>
      <Textfield
        label={label}
        description={t('create.passphraseHelp', { min: MIN_PASSPHRASE_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={pair.passphrase}
        onChange={(event) => pair.setPassphrase(event.target.value)}
        error={firstError}
        autoFocus={autoFocus}
        spellCheck={false}
      />
      <StrengthMeter id={meterId} passphrase={pair.passphrase} strength={pair.strength} lengthErrorShown={problem === 'strength.tooShort'} />
      <Textfield
        label={repeatLabel}
        type="password"
        autoComplete="new-password"
        value={pair.repeat}
        onChange={(event) => pair.setRepeat(event.target.value)}
        error={repeatError}
        spellCheck={false}
      />
    </>
  );
}
