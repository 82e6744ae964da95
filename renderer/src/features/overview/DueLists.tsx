import { Card, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { isoToDisplay, isoToDisplayTime } from '../../components/grid/format.ts';

type Summary = ApiOutput<'dashboard.summary'>;

function DueCard({ title, empty, count, testId, children }: { title: string; empty: string; count: number; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card className="dashboard-card" asChild>
      <section data-testid={testId}>
        <Heading level={3} data-size="2xs" id={id}>
          {title} <span className="muted">({count})</span>
        </Heading>
        {count === 0 ? (
          <Paragraph data-size="sm" className="muted">
            {empty}
          </Paragraph>
        ) : (
          // Scrollable: it takes keyboard focus and is named for screen readers.
          <div className="dashboard-table-scroll dashboard-due-scroll" tabIndex={0} role="region" aria-labelledby={id}>
            {children}
          </div>
        )}
      </section>
    </Card>
  );
}

const personLink = (id: string) => `#/participants/${encodeURIComponent(id)}`;

/** Koblingsmøter to hold, follow-ups (exit, 3 and 6 months) due, and grant report deadlines within 60 days. */
export function DueLists({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <>
      <DueCard title={t('dashboard.introMeetings.title')} empty={t('dashboard.introMeetings.empty')} count={summary.introMeetingsDue.length} testId="due-intro-meetings">
        <Table data-size="sm" zebra>
          <caption className="sr-only">{t('dashboard.introMeetings.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('dashboard.participant')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.introMeetings.mentor')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.introMeetings.at')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.introMeetings.place')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {summary.introMeetingsDue.map((row) => (
              <Table.Row key={row.matchId}>
                <Table.Cell>
                  <Link href={personLink(row.participantId)}>{row.participantName}</Link>
                </Table.Cell>
                <Table.Cell>{row.mentorName}</Table.Cell>
                <Table.Cell>{row.at ? isoToDisplayTime(row.at) : t('dashboard.introMeetings.notBooked')}</Table.Cell>
                <Table.Cell>{row.place ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </DueCard>
      <DueCard title={t('dashboard.followUps.title')} empty={t('dashboard.followUps.empty')} count={summary.followUpsDue.length} testId="due-follow-ups">
        <Table data-size="sm" zebra>
          <caption className="sr-only">{t('dashboard.followUps.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('dashboard.participant')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.followUps.timepoint')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.followUps.dueOn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {summary.followUpsDue.map((row) => (
              <Table.Row key={`${row.participantId}-${row.timepoint}`}>
                <Table.Cell>
                  <Link href={personLink(row.participantId)}>{row.name}</Link>
                </Table.Cell>
                <Table.Cell>{t(`outcomes.timepoints.${row.timepoint}`, { defaultValue: row.timepoint })}</Table.Cell>
                <Table.Cell>
                  {isoToDisplay(row.dueOn)} {row.overdue && <Tag data-color="danger">{t('dashboard.overdue')}</Tag>}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </DueCard>
      <DueCard title={t('dashboard.deadlines.title')} empty={t('dashboard.deadlines.empty')} count={summary.deadlines.length} testId="due-deadlines">
        <Table data-size="sm" zebra>
          <caption className="sr-only">{t('dashboard.deadlines.title')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('dashboard.deadlines.grant')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.deadlines.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('dashboard.deadlines.dueOn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {summary.deadlines.map((row) => (
              <Table.Row key={row.deadlineId}>
                <Table.Cell>
                  <Link href="#/reports">{row.scheme ? `${row.funderName} – ${row.scheme}` : row.funderName}</Link>
                </Table.Cell>
                <Table.Cell>{t(`reports.deadlineKinds.${row.kind}`, { defaultValue: row.kind })}</Table.Cell>
                <Table.Cell>
                  {isoToDisplay(row.dueOn)}{' '}
                  {row.daysLeft < 0 ? (
                    <Tag data-color="danger">{t('reports.deadlines.overdue', { count: -row.daysLeft })}</Tag>
                  ) : (
                    <Tag data-color={row.daysLeft <= 14 ? 'warning' : 'neutral'}>{t('reports.deadlines.daysLeft', { count: row.daysLeft })}</Tag>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </DueCard>
    </>
  );
}
