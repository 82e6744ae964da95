import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';

/** A failed call, in the user's language; announced to screen readers. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{errorMessage(t, error)}</Paragraph>
    </Alert>
  );
}
