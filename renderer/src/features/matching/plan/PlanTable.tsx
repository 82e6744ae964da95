import { Button, Checkbox, Field, Label, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import type { Suggestion } from '../model.ts';
import { sharedRows, toggle, type Draft, type DraftPair, type PairRef } from './plan-model.ts';

type Props = {
  draft: Draft | null;
  /** Pairs approved from this draft: shown as saved, no longer selectable. */
  committed: DraftPair[];
  busy: boolean;
  number: Intl.NumberFormat;
  language: 'nb' | 'en';
  onApprove: (pairs: DraftPair[]) => void;
  onChange: (pair: PairRef) => void;
  onRemove: (pair: PairRef) => void;
};

const COLUMNS = 7;

/** The draft as a table: select (checkbox), participant, mentor, score, what they share, status, actions; details expand below a row. */
export function PlanTable({ draft, committed, busy, number, language, onApprove, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [changing, setChanging] = useState<string | null>(null);
  const pairs = draft?.pairs ?? [];
  const chosen = pairs.filter((p) => selected.has(p.participantId));
  const allChosen = pairs.length > 0 && chosen.length === pairs.length;

  return (
    <div className="plan-table-wrap">
      <div className="button-row plan-actions">
        <Button data-size="sm" disabled={busy || chosen.length === 0} onClick={() => onApprove(chosen)}>
          {t('plan.approveSelected', { count: chosen.length })}
        </Button>
        <Button variant="secondary" data-size="sm" disabled={busy || pairs.length === 0} onClick={() => onApprove(pairs)}>
          {t('plan.approveAll', { count: pairs.length })}
        </Button>
      </div>
      <Table data-size="sm" className="plan-table" data-testid="plan-table">
        <caption className="sr-only">{t('plan.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">
              <Checkbox
                data-size="sm"
                aria-label={t('plan.selectAll')}
                checked={allChosen}
                disabled={busy || pairs.length === 0}
                onChange={() => setSelected(allChosen ? new Set() : new Set(pairs.map((p) => p.participantId)))}
              />
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.columns.participant')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.columns.mentor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.columns.score')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.columns.shared')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('plan.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {committed.map((pair) => (
            <Table.Row key={`c ${pair.participantId}`} className="plan-row plan-row--committed" data-state="committed" data-participant={pair.participantName}>
              <Table.Cell />
              <Table.HeaderCell scope="row">{pair.participantName}</Table.HeaderCell>
              <Table.Cell>{pair.mentorName}</Table.Cell>
              <Table.Cell>{number.format(pair.score)}</Table.Cell>
              <Table.Cell>
                <SharedTags pair={pair} />
              </Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color="success">
                  {t('plan.status.committed')}
                </Tag>
              </Table.Cell>
              <Table.Cell />
            </Table.Row>
          ))}
          {pairs.map((pair) => {
            const label = t('plan.pairLabel', { participant: pair.participantName, mentor: pair.mentorName });
            const open = expanded.has(pair.participantId);
            return (
              <Fragment key={pair.participantId}>
                <Table.Row className="plan-row" data-state="draft" data-participant={pair.participantName}>
                  <Table.Cell>
                    <Checkbox
                      data-size="sm"
                      aria-label={t('plan.select', { pair: label })}
                      checked={selected.has(pair.participantId)}
                      disabled={busy}
                      onChange={() => setSelected((s) => toggle(s, pair.participantId))}
                    />
                  </Table.Cell>
                  <Table.HeaderCell scope="row">{pair.participantName}</Table.HeaderCell>
                  <Table.Cell>
                    {pair.mentorName}
                    {pair.employerName && <span className="muted"> ({pair.employerName})</span>}
                  </Table.Cell>
                  <Table.Cell>{number.format(pair.score)}</Table.Cell>
                  <Table.Cell>
                    <SharedTags pair={pair} />
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={pair.fixed ? 'info' : 'neutral'}>
                      {pair.fixed ? t('plan.status.fixed') : t('plan.status.draft')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="plan-row__actions">
                      <Button variant="tertiary" data-size="sm" aria-expanded={open} aria-label={t('plan.detailsFor', { pair: label })} onClick={() => setExpanded((s) => toggle(s, pair.participantId))}>
                        {t('plan.details')}
                      </Button>
                      <Button variant="tertiary" data-size="sm" disabled={busy} aria-label={t('plan.changeFor', { pair: label })} onClick={() => setChanging(changing === pair.participantId ? null : pair.participantId)}>
                        {t('plan.change')}
                      </Button>
                      <Button variant="tertiary" data-size="sm" data-color="danger" disabled={busy} aria-label={t('plan.removeFor', { pair: label })} onClick={() => onRemove(pair)}>
                        {t('plan.remove')}
                      </Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
                {open && (
                  <Table.Row className="plan-row__details">
                    <Table.Cell colSpan={COLUMNS}>
                      <Breakdown pair={pair} number={number} />
                    </Table.Cell>
                  </Table.Row>
                )}
                {changing === pair.participantId && (
                  <Table.Row className="plan-row__details">
                    <Table.Cell colSpan={COLUMNS}>
                      <ChangeMentor
                        pair={pair}
                        language={language}
                        number={number}
                        onCancel={() => setChanging(null)}
                        onChoose={(mentorId) => {
                          setChanging(null);
                          onChange({ participantId: pair.participantId, mentorId });
                        }}
                      />
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
      {pairs.length === 0 && draft && <Paragraph data-size="sm">{t('plan.noPairs')}</Paragraph>}
    </div>
  );
}

function SharedTags({ pair }: { pair: DraftPair }) {
  const { t } = useTranslation();
  const rows = sharedRows(pair);
  if (rows.length === 0) return <span className="muted">{t('plan.nothingShared')}</span>;
  return <span className="plan-shared">{rows.map((row) => t(`kobling.rows.${row}`)).join(', ')}</span>;
}

function Breakdown({ pair, number }: { pair: DraftPair; number: Intl.NumberFormat }) {
  const { t } = useTranslation();
  return (
    <ul className="plan-breakdown" aria-label={t('plan.breakdownFor', { pair: t('plan.pairLabel', { participant: pair.participantName, mentor: pair.mentorName }) })} data-testid="plan-breakdown">
      {pair.breakdown.map((item) => (
        <li key={item.criterion}>
          <span aria-hidden="true" className={item.met ? 'kobling-mark kobling-mark--met' : 'kobling-mark'}>
            {item.met ? '✓' : '–'}
          </span>{' '}
          <span className="sr-only">{item.met ? t('kobling.view.met') : t('kobling.view.notMet')}: </span>
          <strong>{t(`matching.criteria.${item.criterion}`)}</strong> ({t('plan.points', { share: number.format(item.share) })}):{' '}
          {t(`matching.explain.${item.explanation.key}`, item.explanation.params)}
        </li>
      ))}
    </ul>
  );
}

type ChangeProps = { pair: DraftPair; language: 'nb' | 'en'; number: Intl.NumberFormat; onCancel: () => void; onChoose: (mentorId: string) => void };

/** Another mentor for this participant, from their ranked candidates; choosing pins the pair and re-plans the rest. */
function ChangeMentor({ pair, language, number, onCancel, onChoose }: ChangeProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [candidates, setCandidates] = useState<Suggestion[] | null>(null);
  const [mentorId, setMentorId] = useState('');
  const [error, setError] = useState<unknown>(null);

  useApi(
    () => call('matching.suggest', { participantId: pair.participantId, top: 50, language }).then((list) => list.filter((s) => s.mentorId !== pair.mentorId)),
    [pair.participantId, pair.mentorId, language],
    {
      onData: (others) => {
        setCandidates(others);
        setMentorId(others[0]?.mentorId ?? '');
      },
      onError: setError,
    },
  );

  return (
    <form
      className="plan-change"
      onSubmit={(event) => {
        event.preventDefault();
        if (mentorId) onChoose(mentorId);
      }}
    >
      <ErrorAlert error={error} />
      {candidates === null ? (
        !error && <Paragraph data-size="sm">{t('plan.loadingCandidates')}</Paragraph>
      ) : candidates.length === 0 ? (
        <Paragraph data-size="sm">{t('plan.noCandidates')}</Paragraph>
      ) : (
        <Field>
          <Label htmlFor={selectId}>{t('plan.newMentorFor', { name: pair.participantName })}</Label>
          <Select id={selectId} data-size="sm" value={mentorId} onChange={(event) => setMentorId(event.target.value)} autoFocus>
            {candidates.map((s) => (
              <Select.Option key={s.mentorId} value={s.mentorId}>
                {t('plan.candidateOption', { name: s.mentorName, score: number.format(s.score) })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={!mentorId}>
          {t('plan.useAndReplan')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('plan.cancelChange')}
        </Button>
      </div>
    </form>
  );
}
