import { Button, Field, Heading, Label, Paragraph, Select, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_LANGUAGES, MERGE_FIELDS, TEMPLATE_KINDS, type MailLanguage, type TemplateKind } from '../../../../shared/mail-templates.ts';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';
import { ContextPicker, requestOf, type Context, type SendKind } from './ContextPicker.tsx';
import { LivePreview } from './LivePreview.tsx';

const sendKindOf = (kind: TemplateKind): SendKind => (kind.startsWith('intro-meeting-') ? 'intro-meeting' : (kind as SendKind));

/**
 * Maler: choose a template and language, edit subject and text with the merge fields (inserted
 * where the cursor is), see it filled in for a real event, koblingsmøte or person, save or go
 * back to Koble's default text.
 */
export function TemplateEditor() {
  const { t } = useTranslation();
  const kindId = useId();
  const languageId = useId();
  const [kind, setKind] = useState<TemplateKind>('event-invitation');
  const [language, setLanguage] = useState<MailLanguage>('nb');
  const [version, setVersion] = useState(0);
  const { data: templates, error } = useApi(
    () => call('mail.templates', {}),
    // `version` counts sends and saves: after one the list is asked again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version],
  );
  const stored = templates?.find((x) => x.kind === kind && x.language === language) ?? null;
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [context, setContext] = useState<Context>({});
  const action = useAction();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<'subject' | 'body'>('body');

  // A newly read template (another kind or language, saved or reset) fills the fields.
  const [shown, setShown] = useState<typeof stored>(null);
  if (stored !== shown) {
    setShown(stored);
    if (stored) {
      setSubject(stored.subject);
      setBody(stored.body);
    }
  }

  const changed = stored !== null && (stored.subject !== subject || stored.body !== body);

  function insertField(field: string) {
    const token = `{{${field}}}`;
    const isSubject = lastField.current === 'subject';
    const element = isSubject ? subjectRef.current : bodyRef.current;
    const text = isSubject ? subject : body;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + token + text.slice(end);
    (isSubject ? setSubject : setBody)(next);
    window.requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  const save = () =>
    action.run(async () => {
      await call('mail.saveTemplate', { kind, language, subject, body });
      setVersion((v) => v + 1);
      return t('common.saved');
    });
  const reset = () =>
    action.run(async () => {
      await call('mail.resetTemplate', { kind, language });
      setVersion((v) => v + 1);
      return t('mail.templates.resetDone');
    });

  const base = requestOf(sendKindOf(kind), context);
  const request = base && subject.trim() ? { ...base, language, message: { subject, body } } : null;

  return (
    <section className="stack" aria-labelledby="mail-templates-heading">
      <Heading level={2} data-size="xs" id="mail-templates-heading">
        {t('mail.templates.title')}
      </Heading>
      <StatusMessage error={error ?? action.error} done={action.done} />
      <div className="mail-editor">
        <div className="stack stack--tight">
          <div className="button-row">
            <Field>
              <Label htmlFor={kindId}>{t('mail.templates.kind')}</Label>
              <Select id={kindId} value={kind} onChange={(e) => (setKind(e.target.value as TemplateKind), setContext({}), action.clear())}>
                {TEMPLATE_KINDS.map((k) => (
                  <Select.Option key={k} value={k}>
                    {t(`mail.kinds.${k}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={languageId}>{t('mail.templates.language')}</Label>
              <Select id={languageId} value={language} onChange={(e) => (setLanguage(e.target.value as MailLanguage), action.clear())}>
                {MAIL_LANGUAGES.map((l) => (
                  <Select.Option key={l} value={l}>
                    {t(`language.${l}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          </div>
          {stored && <Tag data-color={stored.edited ? 'warning' : 'neutral'}>{stored.edited ? t('mail.templates.edited') : t('mail.templates.default')}</Tag>}
          <Textfield ref={subjectRef} label={t('mail.templates.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} onFocus={() => (lastField.current = 'subject')} maxLength={300} />
          <Textfield ref={bodyRef} label={t('mail.templates.body')} multiline rows={12} value={body} onChange={(e) => setBody(e.target.value)} onFocus={() => (lastField.current = 'body')} />
          <div role="group" aria-label={t('mail.templates.fields')} className="stack stack--tight">
            <Paragraph data-size="sm">{t('mail.templates.fieldsHelp')}</Paragraph>
            <div className="mail-fields">
              {MERGE_FIELDS.map((field) => (
                <Button key={field} type="button" variant="secondary" data-size="sm" onClick={() => insertField(field)} aria-label={t('mail.templates.insert', { field: t(`mail.fields.${field}`) })}>
                  {t(`mail.fields.${field}`)}
                </Button>
              ))}
            </div>
          </div>
          <div className="button-row">
            <Button onClick={() => void save()} disabled={action.busy || !changed} loading={action.busy}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" onClick={() => void reset()} disabled={action.busy || !stored?.edited}>
              {t('mail.templates.reset')}
            </Button>
          </div>
        </div>
        <div className="stack stack--tight" aria-label={t('mail.preview.title')} role="region">
          <Heading level={3} data-size="2xs">
            {t('mail.preview.title')}
          </Heading>
          <ContextPicker kind={sendKindOf(kind)} value={context} onChange={setContext} />
          {request ? <LivePreview request={request} templateKind={kind} /> : <Paragraph data-size="sm" className="muted">{t('mail.preview.chooseContext')}</Paragraph>}
        </div>
      </div>
    </section>
  );
}
