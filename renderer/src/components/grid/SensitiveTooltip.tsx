import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ITooltipParams } from 'ag-grid-community';
import { useTranslation } from 'react-i18next';

/** The header tooltip of a sensitive column (Landbakgrunn): a "Sensitiv" tag and why. */
export function SensitiveTooltip({ value }: ITooltipParams) {
  const { t } = useTranslation();
  return (
    <div className="sensitive-tooltip" data-testid="sensitive-tooltip">
      <Tag data-size="sm" data-color="warning">
        {t('person.sensitive')}
      </Tag>
      <Paragraph data-size="sm">{typeof value === 'string' ? value : t('person.sensitiveHelp')}</Paragraph>
    </div>
  );
}
