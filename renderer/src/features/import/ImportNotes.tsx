import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';

type Note = ApiOutput<'import.preview'>['notes'][number];
const MAX_NOTES_SHOWN = 20;

/**
 * What the dry run did that the user should know, though no row is wrong (import.notes.<code>):
 * Sum rows left out, merged cells filled, a repeated header, the sheet chosen, UTF-16 decoded.
 */
export function ImportNotes({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <Alert data-color="info" data-testid="import-notes">
      <Heading level={3} data-size="2xs">
        {t('importReview.notesTitle')}
      </Heading>
      <ul className="import-notes">
        {notes.slice(0, MAX_NOTES_SHOWN).map((note, index) => (
          <li key={`${note.code}-${note.row}-${index}`}>{t(`import.notes.${note.code}`, { ...note.params, row: note.row, defaultValue: note.code })}</li>
        ))}
      </ul>
      {notes.length > MAX_NOTES_SHOWN && <Paragraph data-size="sm">{t('importReview.notesMore', { count: notes.length - MAX_NOTES_SHOWN })}</Paragraph>}
    </Alert>
  );
}
