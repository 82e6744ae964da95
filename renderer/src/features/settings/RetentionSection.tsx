import { Button, Checkbox, Dialog, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { isoToDisplay } from '../../components/grid/format.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

type ProgrammeSettings = ApiOutput<'settings.get'>;

/**
 * Personvern: the retention period (lagringstid) and who is due for anonymisation under it, with
 * select-all and a confirmed bulk "Anonymiser valgte" (privacy.anonymiseDue, one transaction).
 */
export function RetentionSection({ settings, onSaved }: { settings: ProgrammeSettings; onSaved: (next: ProgrammeSettings) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [months, setMonths] = useState(String(settings.retentionMonths));
  const [invalid, setInvalid] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const save = useAction();
  const anonymise = useAction();

  const {
    data: due,
    error: loadError,
    reload,
  } = useApi(() => call('privacy.retentionDue', {}), [], {
    // Keep only choices still on the list.
    onData: (list) => setSelected((previous) => new Set(list.filter((person) => previous.has(person.id)).map((person) => person.id))),
  });

  const allSelected = due !== null && due.length > 0 && due.every((person) => selected.has(person.id));
  const chosen = useMemo(() => (due ?? []).filter((person) => selected.has(person.id)), [due, selected]);

  async function submitMonths(event: FormEvent) {
    event.preventDefault();
    const parsed = Number(months);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 240) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const ok = await save.run(async () => {
      onSaved(await call('settings.update', { retentionMonths: parsed }));
      return t('common.saved');
    });
    if (ok) reload();
  }

  function toggle(id: string, on: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function confirmAnonymise() {
    const ids = chosen.map((person) => person.id);
    const ok = await anonymise.run(async () => {
      const result = await call('privacy.anonymiseDue', { personIds: ids });
      return t('settings.retention.done', { count: result.erased });
    });
    setConfirming(false);
    if (ok) setSelected(new Set());
    reload();
  }

  return (
    <SettingsSection title={t('settings.retention.title')} text={t('settings.retention.text')}>
      <form className="stack" onSubmit={(event) => void submitMonths(event)} noValidate>
        <Textfield
          label={t('settings.retention.months')}
          description={t('settings.retention.monthsHelp')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={months}
          onChange={(event) => setMonths(event.target.value)}
          error={invalid ? t('settings.retention.invalid') : undefined}
          className="narrow-field"
          size={6}
        />
        <div className="button-row">
          <Button type="submit" loading={save.busy} disabled={save.busy}>
            {t('settings.retention.save')}
          </Button>
        </div>
        <StatusMessage error={save.error} done={save.done} />
      </form>

      <Heading level={3} data-size="2xs">
        {t('settings.retention.dueTitle')}
      </Heading>
      <ErrorAlert error={loadError} />
      {due !== null && due.length === 0 && <Paragraph data-testid="retention-none">{t('settings.retention.none')}</Paragraph>}
      {due !== null && due.length > 0 && (
        <>
          <div className="retention-table">
            <Table zebra data-size="sm" data-testid="retention-due" aria-label={t('settings.retention.tableLabel')}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>
                    <Checkbox
                      aria-label={t('settings.retention.selectAll')}
                      checked={allSelected}
                      onChange={(event) => setSelected(event.target.checked ? new Set(due.map((person) => person.id)) : new Set())}
                    />
                  </Table.HeaderCell>
                  <Table.HeaderCell>{t('settings.retention.name')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('settings.retention.kind')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('settings.retention.ended')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('settings.retention.due')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {due.map((person) => (
                  <Table.Row key={person.id}>
                    <Table.Cell>
                      <Checkbox
                        aria-label={t('settings.retention.select', { name: person.name })}
                        checked={selected.has(person.id)}
                        onChange={(event) => toggle(person.id, event.target.checked)}
                      />
                    </Table.Cell>
                    <Table.Cell>{person.name}</Table.Cell>
                    <Table.Cell>{t(`settings.retention.kinds.${person.kind}`)}</Table.Cell>
                    <Table.Cell>{isoToDisplay(person.endedOn)}</Table.Cell>
                    <Table.Cell>{isoToDisplay(person.dueOn)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="button-row">
            <Button data-color="danger" disabled={selected.size === 0 || anonymise.busy} onClick={() => (anonymise.clear(), setConfirming(true))}>
              {t('settings.retention.anonymise')}
            </Button>
            <span className="muted" role="status">
              {selected.size > 0 ? t('settings.retention.selected', { count: selected.size }) : ''}
            </span>
          </div>
        </>
      )}
      <StatusMessage error={anonymise.error} done={anonymise.done} />
      {confirming && (
        <Dialog open onClose={() => setConfirming(false)} closeButton={t('common.close')} aria-labelledby={titleId} data-testid="anonymise-confirm">
          <Dialog.Block>
            <Heading level={2} data-size="xs" id={titleId}>
              {t('settings.retention.confirmTitle', { count: chosen.length })}
            </Heading>
          </Dialog.Block>
          <Dialog.Block>
            <Paragraph>{t('settings.retention.confirmText', { count: chosen.length })}</Paragraph>
            <div className="button-row">
              <Button data-color="danger" loading={anonymise.busy} disabled={anonymise.busy} onClick={() => void confirmAnonymise()}>
                {t('settings.retention.confirm')}
              </Button>
              <Button variant="tertiary" onClick={() => setConfirming(false)} autoFocus>
                {t('common.cancel')}
              </Button>
            </div>
          </Dialog.Block>
        </Dialog>
      )}
    </SettingsSection>
  );
}
