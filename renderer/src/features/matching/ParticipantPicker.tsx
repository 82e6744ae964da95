import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type PersonRow } from '../../api/people.ts';
import { filterParticipants } from './model.ts';

type Props = {
  participants: PersonRow[] | null;
  fieldName: (code: string | null) => string;
  onPick: (row: PersonRow) => void;
};

/** The participants at stage "ready", with a filter box; picking one opens the side-by-side view. */
export function ParticipantPicker({ participants, fieldName, onPick }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => (participants ? filterParticipants(participants, filter, fieldName) : []), [participants, filter, fieldName]);

  return (
    <section className="kobling-picker" aria-labelledby="kobling-pick-heading">
      <Heading level={2} data-size="sm" id="kobling-pick-heading" tabIndex={-1}>
        {t('kobling.pick.heading')}
      </Heading>
      {participants === null ? (
        <Paragraph className="loading">{t('kobling.pick.loading')}</Paragraph>
      ) : participants.length === 0 ? (
        <Paragraph>{t('kobling.pick.none')}</Paragraph>
      ) : (
        <>
          <Textfield
            label={t('kobling.pick.filter')}
            description={t('kobling.pick.filterHelp')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            data-size="sm"
            className="kobling-picker__filter"
            autoComplete="off"
            id="kobling-filter"
          />
          <Paragraph data-size="sm" role="status" data-testid="kobling-count">
            {t('kobling.pick.count', { shown: shown.length, total: participants.length })}
          </Paragraph>
          {shown.length === 0 ? (
            <Paragraph>{t('kobling.pick.noHits')}</Paragraph>
          ) : (
            <ul className="kobling-picker__list" aria-label={t('kobling.pick.listLabel')} data-testid="kobling-participants">
              {shown.map((row) => (
                <li key={row.id}>
                  <Button variant="tertiary" className="kobling-picker__item" onClick={() => onPick(row)}>
                    <span className="kobling-picker__name">{fullName(row)}</span>
                    <span className="kobling-picker__meta">{[fieldName(row.field), row.desiredOccupation, row.cohortName].filter(Boolean).join(' · ')}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
