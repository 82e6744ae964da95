import { Details } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressionSection } from './ProgressionSection.tsx';

/** Progresjon in the person panel: a fold that loads the self-assessments when opened. */
export function PersonProgression({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Details onToggle={(event) => event.target === event.currentTarget && setOpen(Boolean((event.currentTarget as { open?: boolean } | null)?.open))} data-testid="person-progression">
      <Details.Summary>{t('progression.title')}</Details.Summary>
      <Details.Content>{open && <ProgressionSection participantId={participantId} />}</Details.Content>
    </Details>
  );
}
