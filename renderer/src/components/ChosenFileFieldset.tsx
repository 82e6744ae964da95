import { Button, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';

type Props = {
  legend: string;
  /** What is chosen so far, in words ("Valgt fil: …" or "Ingen fil valgt"). */
  chosen: string;
  buttonLabel: string;
  onChoose: () => void;
  /** The message under the button when the form was sent without a file; nothing when null. */
  missing: string | null;
  testId: string;
};

/** A file the user picks through the host's dialog (the programme file, an invitation), with what is chosen and why it is needed. */
export function ChosenFileFieldset({ legend, chosen, buttonLabel, onChoose, missing, testId }: Props) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Paragraph data-size="sm" data-testid={testId}>
        {chosen}
      </Paragraph>
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={onChoose}>
          {buttonLabel}
        </Button>
      </div>
      {missing && <ValidationMessage>{missing}</ValidationMessage>}
    </Fieldset>
  );
}
