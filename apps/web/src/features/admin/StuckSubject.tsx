import { useTranslation } from 'react-i18next';
import { useAwardNames } from '../../api/queries';
import { codeLabel } from '../../components/labels';
import type { StuckWorkflow } from './stuck-queries';

/** What a stuck workflow is about: the dossier's code and unit, or the meeting, initiative, plan. */
export function StuckSubject({
  item,
}: {
  item: Pick<StuckWorkflow, 'dossier' | 'subject' | 'workflowType'>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const awardName = useAwardNames();
  if (item.dossier)
    return (
      <div>
        <strong>{item.dossier.code}</strong>
        <div className="task-subject">
          {awardName(item.dossier.awardCode, lang)} · {item.dossier.unitName}
        </div>
      </div>
    );
  return (
    <div>
      <strong>
        {item.subject?.label ??
          codeLabel(t, 'workflowTypes', item.workflowType, t('workflowTypes.other'))}
      </strong>
      <div className="task-subject">
        {codeLabel(t, 'workflowTypes', item.workflowType, t('workflowTypes.other'))}
        {item.subject ? ` · ${item.subject.unitName}` : ''}
      </div>
    </div>
  );
}
