import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import type { IDoesFilterPassParams } from 'ag-grid-community';
import { type CustomFilterProps, useGridFilter } from 'ag-grid-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type PersonRow, type Stage } from '../../api/people.ts';

/** The Stadium column's filter model: the stages ticked; no model shows every stage. */
export type StageFilterModel = { stages: Stage[] };

/** Whether a row passes the ticked stages (an empty tick list lets nobody through). */
export function stagePasses(model: StageFilterModel | null, stage: Stage | undefined): boolean {
  // A view saved before this filter existed may hold a text filter's model: it filters nothing.
  if (!model || !Array.isArray(model.stages)) return true;
  return stage !== undefined && model.stages.includes(stage);
}

/** The next model after ticking or unticking one stage: all ticked again means no filter. */
export function toggleStage(model: StageFilterModel | null, stage: Stage, on: boolean): StageFilterModel | null {
  const current = model && Array.isArray(model.stages) ? model.stages : [...STAGES];
  const next = STAGES.filter((each) => (each === stage ? on : current.includes(each)));
  return next.length === STAGES.length ? null : { stages: next };
}

/**
 * Filter for the Stadium column: a list of stages to tick (AG Grid community has no set filter).
 * Applies at once, as the grid's own filters do.
 */
export function StageFilter({ model, onModelChange }: CustomFilterProps<PersonRow, unknown, StageFilterModel>) {
  const { t } = useTranslation();
  const doesFilterPass = useCallback(
    ({ node }: IDoesFilterPassParams<PersonRow>) => stagePasses(model, node.data?.stage),
    [model],
  );
  useGridFilter({ doesFilterPass });

  return (
    <div className="stage-filter" data-testid="stage-filter">
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('workday.stageFilter.legend')}</Fieldset.Legend>
        {STAGES.map((stage) => (
          <Checkbox
            key={stage}
            data-size="sm"
            label={t(`stages.${stage}`)}
            checked={stagePasses(model, stage)}
            onChange={(event) => onModelChange(toggleStage(model, stage, event.target.checked))}
          />
        ))}
      </Fieldset>
      <div className="stage-filter__actions">
        <Button variant="tertiary" data-size="sm" onClick={() => onModelChange(null)}>
          {t('workday.stageFilter.all')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={() => onModelChange({ stages: [] })}>
          {t('workday.stageFilter.none')}
        </Button>
      </div>
    </div>
  );
}
