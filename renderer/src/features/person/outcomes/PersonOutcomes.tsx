import { Details } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomesSection } from './OutcomesSection.tsx';

/** Resultat in the person panel: a fold that loads the outcomes when opened. */
export function PersonOutcomes({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Details onToggle={(event) => event.target === event.currentTarget && setOpen(Boolean((event.currentTarget as { open?: boolean } | null)?.open))} data-testid="person-outcomes">
      <Details.Summary>{t('outcomes.title')}</Details.Summary>
      <Details.Content>{open && <OutcomesSection participantId={participantId} />}</Details.Content>
    </Details>
  );
}
