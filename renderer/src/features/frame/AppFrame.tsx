import { Alert, Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { OpenProgramme } from '../../app/screen.ts';
import { focusMain } from '../../components/focus-main.ts';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import { EventsPage } from '../events/EventsPage.tsx';
import { MailPage } from '../mail/MailPage.tsx';
import { MatchingPage } from '../matching/MatchingPage.tsx';
import { MentorsPage } from '../mentors/MentorsPage.tsx';
import { OverviewPage } from '../overview/OverviewPage.tsx';
import { forgetPeopleList, prefetchPeopleList } from '../people/people-cache.ts';
import { ParticipantsPage } from '../people/ParticipantsPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { GlobalSearch } from '../search/GlobalSearch.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { Navigation } from './Navigation.tsx';
import { useArea } from './use-area.ts';

type Props = { programme: OpenProgramme; onLock: () => void };

function stem(fileName: string): string {
  return fileName.replace(/\.koble$/i, '');
}

/** The open programme: header (name, staff, Lås, language), the main menu and the current area. */
export function AppFrame({ programme, onLock }: Props) {
  const { t } = useTranslation();
  const [area] = useArea();
  const [organisationName, setOrganisationName] = useState('');
  /**
   * Who is signed in: a name, null when unlocked with the key this computer remembers (no staff
   * member), undefined until staff.list has said (after a reload the unlock result is gone).
   */
  const [staffName, setStaffName] = useState<string | null | undefined>(programme.staffName ?? undefined);
  const [showDemoNotice, setShowDemoNotice] = useState(programme.demoPassphrase !== null);
  const [showBackupWarning, setShowBackupWarning] = useState(programme.backupWarning === true);

  // Deltakere is the daily screen: its list loads in the background once the frame is up.
  useEffect(() => {
    const timer = window.setTimeout(prefetchPeopleList, 0);
    return () => {
      window.clearTimeout(timer);
      forgetPeopleList();
    };
  }, []);

  useEffect(() => {
    call('settings.get', {}).then(
      (settings) => setOrganisationName(settings.organisationName),
      () => undefined,
    );
    if (programme.staffName === null) {
      call('staff.list', {}).then(
        (staff) => setStaffName(staff.find((member) => member.isMe)?.name ?? null),
        () => undefined,
      );
    }
  }, [programme.staffName]);

  const programmeName = organisationName.trim() || stem(programme.fileName);

  return (
    <div className="frame">
      <SkipLink href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </SkipLink>
      <header className="frame__header">
        <div className="brand brand--row">
          <span className="brand__name">{t('app.name')}</span>
          <span className="frame__programme" data-testid="programme-name">
            <span className="sr-only">{t('frame.programme')}: </span>
            {programmeName}
          </span>
        </div>
        <GlobalSearch />
        <div className="frame__tools">
          <span className="frame__staff" data-testid="staff-name">
            {staffName ? t('frame.signedInAs', { name: staffName }) : staffName === null ? t('frame.unlockedOnThisComputer') : ''}
          </span>
          <LanguageSwitch compact />
          <Button variant="secondary" data-size="sm" onClick={onLock}>
            {t('frame.lock')}
          </Button>
        </div>
      </header>
      <div className="frame__body">
        <Navigation current={area} />
        <main id="main" tabIndex={-1} className="frame__main">
          {programme.demoPassphrase && showDemoNotice && (
            <Alert data-color="info" className="demo-notice">
              <Paragraph data-testid="demo-passphrase">
                <strong>{t('demo.passphraseNotice', { passphrase: programme.demoPassphrase })}</strong>
              </Paragraph>
              <Paragraph data-size="sm">{t('demo.text')}</Paragraph>
              <Button variant="tertiary" data-size="sm" onClick={() => setShowDemoNotice(false)}>
                {t('frame.dismiss')}
              </Button>
            </Alert>
          )}
          {showBackupWarning && (
            <Alert data-color="warning" data-testid="backup-warning">
              <Paragraph>{t('unlock.backupWarning')}</Paragraph>
              <Button variant="tertiary" data-size="sm" onClick={() => setShowBackupWarning(false)}>
                {t('frame.dismiss')}
              </Button>
            </Alert>
          )}
          {area === 'overview' && <OverviewPage key="overview" />}
          {area === 'settings' && (
            <SettingsPage key="settings" fileName={programme.fileName} onLock={onLock} onSettingsSaved={(next) => setOrganisationName(next.organisationName)} />
          )}
          {area === 'participants' && <ParticipantsPage key="participants" />}
          {area === 'mentors' && <MentorsPage key="mentors" />}
          {area === 'matching' && <MatchingPage key="matching" />}
          {area === 'events' && <EventsPage key="events" />}
          {area === 'mail' && <MailPage key="mail" />}
          {area === 'reports' && <ReportsPage key="reports" />}
        </main>
      </div>
    </div>
  );
}
