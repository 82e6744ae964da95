import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { HourlyRatesForm } from '../reports/HourlyRatesForm.tsx';
import type { HoursPerson } from '../reports/HoursQuickAdd.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

type ProgrammeSettings = ApiOutput<'settings.get'>;

/**
 * Tilskudd og egenandel: the county's name as funder (counties changed in 2024, so it is a
 * setting; new county grants get it) and the hourly rates the timesheet values hours with.
 */
export function FunderSettingsSection({
  settings,
  staff,
  onSaved,
}: {
  settings: ProgrammeSettings;
  staff: { id: string; name: string }[];
  onSaved: (next: ProgrammeSettings) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(settings.countyFunderName);
  const action = useAction();
  const people: HoursPerson[] = staff.map((member) => ({ key: `staff:${member.id}`, name: member.name, kind: 'staff' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(async () => {
      onSaved(await call('settings.update', { countyFunderName: name.trim() }));
      return t('common.saved');
    });
  }

  return (
    <SettingsSection title={t('reports.settings.title')} text={t('reports.settings.text')}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          label={t('reports.settings.countyFunderName')}
          description={t('reports.settings.countyFunderNameHelp')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={200}
        />
        <div className="button-row">
          <Button type="submit" loading={action.busy} disabled={action.busy}>
            {t('common.save')}
          </Button>
        </div>
        <StatusMessage error={action.error} done={action.done} />
      </form>
      <HourlyRatesForm people={people} showPeople={false} />
    </SettingsSection>
  );
}
