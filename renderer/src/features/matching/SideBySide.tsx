import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { fullName, type PersonDetail } from '../../api/people.ts';
import { COMPARE_ROWS, maxShares, sharedKind, type CompareRow, type Suggestion } from './model.ts';

export type MentorDetail = ApiOutput<'mentors.get'>;

export type Names = {
  field: (code: string | null) => string;
  municipality: (number: string | null) => string;
  county: (number: string | null) => string;
  language: (code: string) => string;
};

type Props = { participant: PersonDetail; mentor: MentorDetail | null; suggestion: Suggestion; names: Names };

/** Participant left, candidate mentor right, attributes row by row with what they share tagged; then the score breakdown. */
export function SideBySide({ participant, mentor, suggestion, names }: Props) {
  const { t, i18n } = useTranslation();
  const number = useMemo(() => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }), [i18n.language]);
  const missing = <span className="muted">{t('kobling.view.missing')}</span>;
  const text = (value: string | null | undefined): ReactNode => (value && value.trim() ? value : missing);
  const list = (values: readonly string[] | null | undefined, name: (value: string) => string): ReactNode => (values && values.length > 0 ? values.map(name).join(', ') : missing);
  const place = (number: string | null): ReactNode => (number ? `${names.municipality(number)} (${names.county(number)})` : missing);
  const interest = (value: string) => {
    const name = names.field(value);
    return name || value;
  };

  const cells: Record<CompareRow, [ReactNode, ReactNode]> = {
    field: [text(names.field(participant.field)), text(mentor ? names.field(mentor.field) : '')],
    occupation: [text(participant.desiredOccupation), text(mentor?.jobTitle)],
    education: [
      participant.educationLevel ? t(`person.values.educationLevel.${participant.educationLevel}`) : missing,
      mentor?.educationLevel ? t(`person.values.educationLevel.${mentor.educationLevel}`) : missing,
    ],
    languages: [list(participant.languages, names.language), list(mentor?.languages, names.language)],
    geography: [place(participant.municipalityNumber), place(mentor?.municipalityNumber ?? null)],
    gender: [
      t(`person.values.mentorGenderPreference.${participant.mentorGenderPreference ?? 'none'}`),
      mentor ? t(`person.values.gender.${mentor.gender}`) : missing,
    ],
    interests: [list(participant.interests, interest), text(mentor?.employerName ?? suggestion.employerName)],
  };

  const maxima = maxShares(suggestion.breakdown);
  const mentorName = mentor ? fullName(mentor) : suggestion.mentorName;

  return (
    <div className="kobling-compare" data-testid="kobling-compare">
      <div className="kobling-score" data-testid="kobling-score">
        <span className="kobling-score__label">{t('kobling.view.score')}</span>
        <span className="kobling-score__value">{t('kobling.view.scoreValue', { score: number.format(suggestion.score) })}</span>
      </div>

      <Table data-size="sm" className="kobling-table" data-testid="kobling-table">
        <caption className="sr-only">{t('kobling.view.compareCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('kobling.view.attribute')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">
              {t('kobling.view.participant')}: {fullName(participant)}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">
              {t('kobling.view.mentor')}: {mentorName}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('kobling.view.shared')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {COMPARE_ROWS.map((row) => {
            const shared = sharedKind(suggestion, row);
            return (
              <Table.Row key={row} className={shared ? 'kobling-row kobling-row--shared' : 'kobling-row'} data-row={row} data-shared={shared ? 'true' : 'false'}>
                <Table.HeaderCell scope="row">{t(`kobling.rows.${row}`)}</Table.HeaderCell>
                <Table.Cell>{cells[row][0]}</Table.Cell>
                <Table.Cell>{cells[row][1]}</Table.Cell>
                <Table.Cell>
                  {shared && (
                    <Tag data-size="sm" data-color="success">
                      <span aria-hidden="true">✓ </span>
                      {t(`kobling.sharedTag.${shared}`)}
                    </Tag>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>

      <section className="kobling-breakdown" aria-labelledby="kobling-breakdown-heading">
        <Heading level={3} data-size="xs" id="kobling-breakdown-heading">
          {t('kobling.view.breakdown')}
        </Heading>
        <ul className="kobling-breakdown__list" data-testid="kobling-breakdown" aria-label={t('kobling.view.breakdownCaption')}>
          {suggestion.breakdown.map((item) => {
            const max = maxima.get(item.criterion) ?? 0;
            const filled = max > 0 ? Math.min(100, (100 * item.share) / max) : 0;
            return (
              <li key={item.criterion} className="kobling-criterion" data-criterion={item.criterion}>
                <div className="kobling-criterion__head">
                  <span className="kobling-criterion__name">{t(`matching.criteria.${item.criterion}`)}</span>
                  {item.mustHave && (
                    <Tag data-size="sm" data-color="info">
                      {t('kobling.view.mustHave')}
                    </Tag>
                  )}
                  <span className="kobling-criterion__points">{t('kobling.view.points', { share: number.format(item.share), max: number.format(max) })}</span>
                </div>
                <div className="kobling-bar" aria-hidden="true">
                  <div className="kobling-bar__fill" style={{ width: `${filled}%` }} />
                </div>
                <Paragraph data-size="sm" className="kobling-criterion__explanation" data-testid="kobling-explanation">
                  <span aria-hidden="true" className={item.met ? 'kobling-mark kobling-mark--met' : 'kobling-mark'}>
                    {item.met ? '✓' : '–'}
                  </span>{' '}
                  <span className="sr-only">{item.met ? t('kobling.view.met') : t('kobling.view.notMet')}: </span>
                  {t(`matching.explain.${item.explanation.key}`, item.explanation.params)}
                </Paragraph>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
