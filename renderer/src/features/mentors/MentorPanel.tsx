import { Dialog, Heading, Link, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../components/grid/format.ts';
import { PersonEvents } from '../events/PersonEvents.tsx';
import { fullName } from '../../api/people.ts';
import { personHash } from '../people/person-route.ts';
import { useReference } from '../people/use-reference.ts';

type Props = { mentorId: string; onClose: () => void };

/** A mentor's panel (a drawer over Mentorer, as for participants): contact, capacity, matches and events. */
export function MentorPanel({ mentorId, onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { lookups } = useReference();
  const { data: mentor, error } = useApi(() => call('mentors.get', { id: mentorId }), [mentorId]);

  const facts: [string, string | null][] = mentor
    ? [
        [t('mentors.columns.employer'), mentor.employerName],
        [t('mentors.columns.jobTitle'), mentor.jobTitle],
        [t('mentors.columns.field'), lookups.fieldName(mentor.field)],
        [t('mentors.columns.capacity'), String(mentor.capacity)],
        [t('mentors.columns.activeMatches'), String(mentor.activeMatches)],
        [t('mentors.columns.availability'), mentor.availability],
        [t('people.columns.email'), mentor.email],
        [t('people.columns.phone'), mentor.phone],
      ]
    : [];

  return (
    <Dialog open placement="right" onClose={onClose} closeButton={t('common.close')} aria-labelledby={titleId} className="person-panel" data-testid="mentor-panel">
      <Dialog.Block>
        <Heading level={2} data-size="md" id={titleId}>
          {mentor ? fullName(mentor) : t('app.loading')}
        </Heading>
        {mentor && (
          <div className="person-panel__meta">
            <Tag data-color={mentor.active ? 'success' : 'neutral'}>{mentor.active ? t('workday.mentor.active') : t('workday.mentor.inactive')}</Tag>
          </div>
        )}
      </Dialog.Block>
      <Dialog.Block>
        <ErrorAlert error={error} />
        {mentor && (
          <div className="stack">
            <dl className="stub-facts" data-testid="mentor-facts">
              {facts.map(([label, value]) => (
                <Fragment key={label}>
                  <dt>{label}</dt>
                  <dd>{value || '—'}</dd>
                </Fragment>
              ))}
            </dl>
            <Heading level={3} data-size="xs">
              {t('person.tabs.matches')}
            </Heading>
            {mentor.matches.length === 0 ? (
              <p className="muted">{t('person.matches.none')}</p>
            ) : (
              <Table data-size="sm" zebra>
                <caption className="sr-only">{t('person.tabs.matches')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('workday.mentor.participant')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.matches.status')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.matches.startedOn')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('person.matches.endedOn')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {mentor.matches.map((match) => (
                    <Table.Row key={match.id}>
                      <Table.Cell>
                        <Link href={personHash('participants', match.participantId)}>{match.participantName}</Link>
                      </Table.Cell>
                      <Table.Cell>{t(`person.values.matchStatus.${match.status}`, { defaultValue: match.status })}</Table.Cell>
                      <Table.Cell>{isoToDisplay(match.startedOn)}</Table.Cell>
                      <Table.Cell>{isoToDisplay(match.endedOn)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
            <PersonEvents personKind="mentor" personId={mentor.id} />
          </div>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
