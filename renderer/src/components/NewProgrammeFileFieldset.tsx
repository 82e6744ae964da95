import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import type { FileRef } from '../app/screen.ts';
import { ChosenFileFieldset } from './ChosenFileFieldset.tsx';

type Props = {
  legend: string;
  file: FileRef | null;
  onChosen: (file: FileRef) => void;
  onError: (error: unknown) => void;
  /** The form was sent: say so when no file is chosen. */
  showMissing: boolean;
};

/** Where a new programme file goes (a new programme, or this laptop's copy of a shared one): the host's save dialog. */
export function NewProgrammeFileFieldset({ legend, file, onChosen, onError, showMissing }: Props) {
  const { t } = useTranslation();

  async function choose() {
    try {
      const chosen = await call('vault.chooseNewFile', { suggestedName: t('create.defaultFileName') });
      if (chosen) onChosen(chosen);
    } catch (caught) {
      onError(caught);
    }
  }

  return (
    <ChosenFileFieldset
      legend={legend}
      chosen={file ? t('create.chosenFile', { name: file.name }) : t('create.noFile')}
      buttonLabel={file ? t('create.changeFile') : t('create.chooseFile')}
      onChoose={() => void choose()}
      missing={showMissing && !file ? t('create.missingFile') : null}
      testId="chosen-file"
    />
  );
}
