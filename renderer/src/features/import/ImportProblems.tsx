import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { problemText } from './problem-text.ts';

const MAX_PROBLEMS_SHOWN = 200;

/** The dry run's problems, one line each: row, the person it names (or "(uten navn)"), column and what is wrong. */
export function ImportProblems({ preview, headingId }: { preview: ApiOutput<'import.preview'>; headingId: string }) {
  const { t } = useTranslation();
  const total = preview.problems.length + preview.moreProblems;
  return (
    <section aria-labelledby={headingId} className="stack stack--tight">
      <Heading level={3} data-size="2xs" id={headingId}>
        {t('import.problemsTitle', { count: total })}
      </Heading>
      {preview.problems.length === 0 ? (
        <Paragraph data-size="sm">{t('import.noProblems')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table data-size="sm" zebra data-testid="import-problems">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('import.problemRow')}</Table.HeaderCell>
                <Table.HeaderCell>{t('importReview.problemPerson')}</Table.HeaderCell>
                <Table.HeaderCell>{t('import.problemColumn')}</Table.HeaderCell>
                <Table.HeaderCell>{t('import.problemText')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
                <Table.Row key={`${problem.row}-${problem.column ?? ''}-${index}`}>
                  <Table.Cell>{problem.row}</Table.Cell>
                  <Table.Cell className={problem.name ? undefined : 'muted'}>{problem.name || t('importReview.noName')}</Table.Cell>
                  <Table.Cell>{problem.column ?? ''}</Table.Cell>
                  <Table.Cell>{problemText(t, problem)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {total > MAX_PROBLEMS_SHOWN && <Paragraph data-size="sm">{t('import.moreProblems', { count: total - MAX_PROBLEMS_SHOWN })}</Paragraph>}
        </div>
      )}
    </section>
  );
}
