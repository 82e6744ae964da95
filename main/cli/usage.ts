/** `koble --help`: kept apart so the help needs no other module. */
export const USAGE = `Bruk: koble <kommando> --db FIL [valg]

Kommandoer:
  init --db FIL [--staff NAVN]              lag en ny programfil (viser gjenopprettingsnøkkelen)
  check --db FIL                            lås opp, integritetssjekk, skjemaversjon
  demo --db FIL [--people N] [--seed S] [--today DATO]   fyll med demodata fram til DATO (i dag i Oslo); lager filen om den mangler
  backup --db FIL --out FIL                 kryptert sikkerhetskopi med nøkkelfil
  restore --db FIL --from FIL               gjenopprett fra sikkerhetskopi (den gamle legges til side)
  passphrase --db FIL                       bytt passordfrase (KOBLE_PASSPHRASE → KOBLE_NEW_PASSPHRASE)
  recover --db FIL                          ny passordfrase med gjenopprettingsnøkkelen (KOBLE_RECOVERY_KEY → KOBLE_NEW_PASSPHRASE)
  people list --db FIL [--as-of DATO]       deltakerne i pipelinen (fase, dager i fasen, kull, mentor)
  people search SØK --db FIL                søk i deltakere og mentorer (bjorn finner Bjørn)
  import participants|mentors FIL --db FIL [--dry-run] [--skip-invalid] [--map "Overskrift=felt,…"]
                                            les inn deltakere eller mentorer fra .xlsx eller .csv
  person export ID --db FIL --out MAPPE [--format xlsx|json]   innsyn: alt om én person (.xlsx og JSON)
  person erase ID --db FIL [--yes]          slett en person; en anonym rest blir igjen for statistikken
  match suggest --participant ID --db FIL [--top N]   rangerte mentorer med poeng og begrunnelse
  match plan --cohort ID --db FIL [--objective score|count]   beste kobling for et kull (utkast, ingenting lagres)
  match solve --in FIL.json [--objective score|count]   bare beregningen: {"scores": [[…]], "capacity": […]}
  match list --db FIL [--participant ID] [--status S]   koblingene med status, poeng og periode
  match confirm --match ID --start DATO [--planned-end DATO] [--goals TEKST] --db FIL   bekreft etter koblingsmøtet
  match end --match ID --outcome completed|ended_early [--reason TEKST] [--date DATO] --db FIL   avslutt mentorperioden
  placement list --db FIL [--participant ID] [--status S]   praksisplassene
  placement add --participant ID --start DATO --end DATO [--organisation ID] [--job-title T] [--supervisor NAVN]
                [--nav --nav-office ID --nav-advisor NAVN] [--livelihood L] [--status planned|active] --db FIL
  grant list --db FIL                       tilskuddene med periode, beløp, neste frist og id
  report funder --grant ID --from DATO --to DATO --db FIL --out FIL.xlsx [--suppress-small] [--force]
                                            rapport til tilskuddsgiver (.xlsx, ikke kryptert); --force: også når
                                            perioden ligger utenfor tilskuddets periode
  event list --db FIL                       arrangementene med dato, type og oppmøte
  event kit export --event ID --db FIL --out FIL   arrangementssett for en ekstra PC (KOBLE_KIT_PASSPHRASE)
  event kit import FIL --db FIL             flett innsjekkinger og walk-ins fra et arrangementssett tilbake
  event invite --event ID --db FIL --out FIL.ics   kalenderinvitasjonen til et arrangement (.ics)
  match invite --match ID --db FIL --out FIL.ics   kalenderinvitasjonen til et koblingsmøte (.ics)
  mail templates --db FIL                   e-postmalene (kontorets egne og standard)
  mail preview --template T [--event ID | --match ID | --person ID …] --db FIL   hvem får hva, hvem hoppes over
  mail send --template T [--event ID | --match ID | --person ID …] --db FIL   send via kontorets konto (KOBLE_SMTP_URL eller innstillingene); aldri to ganger
  mail drafts --template T [--event ID …] --db FIL --out MAPPE   ett .eml-utkast per mottaker for Outlook
  sync push|pull --db FIL --folder MAPPE    del programmet med andre maskiner via krypterte endringsfiler i en felles mappe
  sync status --db FIL [--folder MAPPE]     denne maskinen, sist sendt og hentet, konflikter til gjennomgang
  sync invite --db FIL --out FIL.kobleinvite --staff NAVN   invitasjon til en ny koordinator (koden vises én gang)
  sync join --invite FIL.kobleinvite --db NYFIL   bli med i et delt program (KOBLE_INVITATION_CODE, KOBLE_NEW_PASSPHRASE)

Felles valg: --json (maskinlesbart svar), --help
Hemmeligheter leses bare fra miljøet (KOBLE_PASSPHRASE, KOBLE_NEW_PASSPHRASE, KOBLE_RECOVERY_KEY, KOBLE_KIT_PASSPHRASE, KOBLE_INVITATION_CODE, KOBLE_SMTP_URL) eller spørres om i terminalen.
Avslutningskoder: 0 ferdig, 1 feil bruk, 2 avvist, 3 intern feil.`;
