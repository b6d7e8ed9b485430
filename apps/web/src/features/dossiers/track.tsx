import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

export type DossierTrack = Schemas['DossierProcedureDto']['track'];

export const DOSSIER_TRACKS: readonly DossierTrack[] = [
  'periodic',
  'ad-hoc',
  'thematic',
  'central',
];

const TRACK_COLOR: Record<DossierTrack, string> = {
  periodic: 'default',
  'ad-hoc': 'volcano',
  thematic: 'purple',
  central: 'gold',
};

/** The dossier's track as a tag; the periodic track, the usual one, shows nothing. */
export function TrackTag({ track }: { track: DossierTrack | undefined }) {
  const { t } = useTranslation();
  if (track === undefined || track === 'periodic') return null;
  return <Tag color={TRACK_COLOR[track]}>{t(`tracks.${track}`)}</Tag>;
}

/** What the procedure of the dossier's track shortens or skips, in one sentence. */
export function procedureSummary(t: TFunction, procedure: Schemas['DossierProcedureDto']): string {
  const parts = [
    procedure.simplified ? t('tracks.simplified') : t('tracks.standard'),
    t('tracks.reviewDays', { days: procedure.reviewWorkingDays }),
    ...(procedure.decisionWorkingDays === null
      ? []
      : [t('tracks.decisionDays', { days: procedure.decisionWorkingDays })]),
    procedure.councilVote ? t('tracks.councilVote') : t('tracks.noCouncilVote'),
    procedure.publicDisclosure ? t('tracks.disclosure') : t('tracks.noDisclosure'),
  ];
  return parts.join('; ');
}
