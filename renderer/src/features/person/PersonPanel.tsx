import { Alert, Dialog, Heading, Paragraph, Table, Tabs, Tag } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../components/grid/format.ts';
import { PersonEvents } from '../events/PersonEvents.tsx';
import { PersonMessages } from '../mail/PersonMessages.tsx';
import { fullName, type PersonDetail } from '../../api/people.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { useCohorts, useReference } from '../people/use-reference.ts';
import { AuditTrail } from './AuditTrail.tsx';
import { ConsentList } from './ConsentList.tsx';
import { FollowUpLog } from './FollowUpLog.tsx';
import { PersonForm } from './PersonForm.tsx';
import { StageMove } from './StageMove.tsx';
import { MatchSection } from './match/MatchSection.tsx';
import { PlacementSection } from './placement/PlacementSection.tsx';
import { PersonOutcomes } from './outcomes/PersonOutcomes.tsx';
import { PersonProgression } from './progression/PersonProgression.tsx';
import { EraseSection, ExportButtons } from './PrivacyActions.tsx';

type Props = { personId: string; onClose: () => void; onChanged: () => void };

/** Whole days from a stored date to today's Oslo day (0 for a date not yet reached). */
function daysSince(isoDate: string): number {
  const days = (Date.parse(`${osloToday()}T00:00:00Z`) - Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
  return Number.isNaN(days) ? 0 : Math.max(0, Math.round(days));
}

function StageHistory({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const rows = person.stageHistory ?? [];
  if (rows.length === 0) return <p className="muted">{t('person.history.none')}</p>;
  return (
    <Table data-size="sm" zebra data-testid="stage-history">
      <caption className="sr-only">{t('person.tabs.history')}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('person.history.effectiveOn')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.history.from')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.history.to')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.history.reason')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.history.staff')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row, index) => (
          <Table.Row key={`${row.effectiveOn}-${index}`}>
            <Table.Cell>{isoToDisplay(row.effectiveOn)}</Table.Cell>
            <Table.Cell>{row.fromStage ? t(`stages.${row.fromStage}`) : '—'}</Table.Cell>
            <Table.Cell>{t(`stages.${row.stage}`)}</Table.Cell>
            <Table.Cell>{row.reason ?? ''}</Table.Cell>
            <Table.Cell>{row.staffName ?? ''}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function Matches({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const rows = person.matches ?? [];
  if (rows.length === 0) return <p className="muted">{t('person.matches.none')}</p>;
  return (
    <Table data-size="sm" zebra data-testid="matches">
      <caption className="sr-only">{t('person.tabs.matches')}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('person.matches.mentor')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.matches.status')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.matches.startedOn')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.matches.endedOn')}</Table.HeaderCell>
          <Table.HeaderCell>{t('person.matches.score')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.id}>
            <Table.Cell>{row.mentorName ?? ''}</Table.Cell>
            <Table.Cell>{t(`person.values.matchStatus.${row.status}`, { defaultValue: row.status })}</Table.Cell>
            <Table.Cell>{isoToDisplay(row.startedOn ?? null)}</Table.Cell>
            <Table.Cell>{isoToDisplay(row.endedOn ?? null)}</Table.Cell>
            <Table.Cell>{row.score ?? ''}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** The anonymous stub left after erasure: what reports still count, nothing that names the person. */
function ErasedStub({ person, stubId, cohortName }: { person: PersonDetail | null; stubId: string; cohortName: string | null }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="info" data-testid="erased-stub">
      <Heading level={3} data-size="xs">
        {t('person.erase.doneTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('person.erase.doneText')}</Paragraph>
      <dl className="stub-facts">
        <dt>{t('person.erase.stubId')}</dt>
        <dd>{stubId}</dd>
        {person && (
          <>
            <dt>{t('person.fields.gender')}</dt>
            <dd>{person.gender ? t(`person.values.gender.${String(person.gender)}`) : '—'}</dd>
            <dt>{t('person.fields.birthYear')}</dt>
            <dd>{person.birthYear ? String(person.birthYear) : '—'}</dd>
            <dt>{t('person.fields.cohortId')}</dt>
            <dd>{cohortName ?? '—'}</dd>
            <dt>{t('people.columns.stage')}</dt>
            <dd>{t(`stages.${person.stage}`)}</dd>
          </>
        )}
      </dl>
      {person && <StageHistory person={person} />}
    </Alert>
  );
}

/** A participant's detail panel (a drawer over the grid): every field, history, follow-ups, matches, consents, audit, innsyn and erasure. */
export function PersonPanel({ personId, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { reference } = useReference();
  const cohorts = useCohorts();
  const [staff, setStaff] = useState<{ id: string; name: string }[]>([]);
  const [person, setPerson] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState('fields');
  const [stubId, setStubId] = useState<string | null>(null);

  const load = useCallback(
    (id: string) =>
      call('people.get', { id }).then(
        (value) => {
          setPerson(value);
          setError(null);
        },
        (caught: unknown) => setError(caught),
      ),
    [],
  );

  useEffect(() => {
    void load(personId);
    call('staff.list', {}).then(
      (list) => setStaff(list.map((member) => ({ id: member.id, name: member.name }))),
      () => undefined,
    );
  }, [load, personId]);

  const changed = () => {
    setVersion((n) => n + 1);
    void load(personId);
    onChanged();
  };

  const name = person ? fullName(person) : '';
  const cohortName = cohorts.find((cohort) => cohort.id === person?.cohortId)?.name ?? null;
  const erased = stubId !== null || Boolean(person?.erasedAt);

  return (
    <Dialog open placement="right" onClose={onClose} closeButton={t('common.close')} aria-labelledby={titleId} className="person-panel" data-testid="person-panel">
      <Dialog.Block>
        <Heading level={2} data-size="md" id={titleId} data-testid="person-name">
          {erased ? t('person.erase.anonymous') : name || t('app.loading')}
        </Heading>
        {person && !erased && (
          <div className="person-panel__meta">
            <Tag data-color="accent">{t(`stages.${person.stage}`)}</Tag>
            <span className="muted">{t('person.daysInStage', { count: daysSince(person.stageChangedOn), date: isoToDisplay(person.stageChangedOn) })}</span>
            {cohortName && <span className="muted">{cohortName}</span>}
          </div>
        )}
        {person && !erased && <StageMove person={person} onMoved={changed} />}
      </Dialog.Block>
      <Dialog.Block>
        <ErrorAlert error={error} />
        {erased && <ErasedStub person={person} stubId={stubId ?? personId} cohortName={cohortName} />}
        {person && !erased && (
          <div className="stack">
            <div className="person-panel__actions">
              <ExportButtons personId={person.id} />
              <EraseSection
                personId={person.id}
                name={name}
                onErased={(id) => {
                  setStubId(id);
                  setPerson(null);
                  void load(id);
                  onChanged();
                }}
              />
            </div>
            <Tabs value={tab} onChange={setTab} data-size="sm">
              <Tabs.List>
                <Tabs.Tab value="fields">{t('person.tabs.fields')}</Tabs.Tab>
                <Tabs.Tab value="history">{t('person.tabs.history')}</Tabs.Tab>
                <Tabs.Tab value="followUps">{t('person.tabs.followUps')}</Tabs.Tab>
                <Tabs.Tab value="matches">{t('person.tabs.matches')}</Tabs.Tab>
                <Tabs.Tab value="placements">{t('placement.tab')}</Tabs.Tab>
                <Tabs.Tab value="consents">{t('person.tabs.consents')}</Tabs.Tab>
                <Tabs.Tab value="audit">{t('person.tabs.audit')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="fields">
                <PersonForm person={person} lists={{ reference, cohorts, staff }} onSaved={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="history">
                <StageHistory person={person} />
              </Tabs.Panel>
              <Tabs.Panel value="followUps">
                <FollowUpLog person={person} onAdded={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="matches">
                <Matches person={person} />
                <MatchSection personId={person.id} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="placements">
                <PlacementSection personId={person.id} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="consents">
                <ConsentList personId={person.id} />
              </Tabs.Panel>
              <Tabs.Panel value="audit">
                <AuditTrail personId={person.id} version={version} />
              </Tabs.Panel>
            </Tabs>
            <PersonOutcomes participantId={person.id} />
            <PersonProgression participantId={person.id} />
            <PersonEvents personKind="participant" personId={person.id} />
            <PersonMessages personKind="participant" personId={person.id} />
          </div>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
