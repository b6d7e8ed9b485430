import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Input,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { codeLabel } from '../../components/labels';
import { formatDateTime, formatIsoDate, localized } from '../../format/format';

type Simulation = Schemas['PlanSimulationDto'];
type SimulationEvent = Schemas['PlanSimulationEventDto'];

const EVENT_COLORS: Record<SimulationEvent['kind'], string> = {
  reminder: 'blue',
  overdue: 'red',
  'window-opens': 'green',
  'window-closes': 'gray',
  'quarter-summary': 'purple',
  'next-year-draft': 'gray',
};

/**
 * A plan document (YAML or JSON, as infra/seed/plan-2024.yaml) checked before it counts: the year
 * simulated with the workflow's own schedule (nothing stored), every error shown by field and line,
 * then issued by the planner's unit, which starts its workflow.
 */
export function PlanDocumentPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [, setParams] = useSearchParams();
  const issuers = me.grants.filter((grant) => grant.permissions.includes('plan:manage'));
  const [issuerUnitId, setIssuerUnitId] = useState(issuers[0]?.unitId);
  const [source, setSource] = useState('');
  const [activate, setActivate] = useState(true);
  const [busy, setBusy] = useState<'simulate' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [simulation, setSimulation] = useState<Simulation | null>(null);

  const simulate = async () => {
    setBusy('simulate');
    setError(null);
    try {
      setSimulation(await call(api.POST('/api/v1/plans/simulation', { body: { source } })));
    } catch (failure) {
      setSimulation(null);
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const importPlan = async () => {
    if (!issuerUnitId) return;
    setBusy('import');
    setError(null);
    try {
      const result = await call(
        api.POST('/api/v1/plans', { body: { source, issuerUnitId, activate } }),
      );
      void message.success(result.created ? t('plans.imported') : t('plans.alreadyImported'));
      await queryClient.invalidateQueries({ queryKey: ['plans'] });
      setParams({ plan: result.planId });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Card className="detail-section" title={t('plans.documentTitle')}>
        <Typography.Paragraph type="secondary">{t('plans.documentHint')}</Typography.Paragraph>
        <label htmlFor="plan-source" className="field-label">
          {t('plans.source')}
        </label>
        <Input.TextArea
          id="plan-source"
          className="plan-source"
          rows={14}
          value={source}
          onChange={(event) => setSource(event.target.value)}
          spellCheck={false}
        />
        <Space wrap className="form-actions-left">
          <Button
            onClick={() => void simulate()}
            loading={busy === 'simulate'}
            disabled={!source.trim()}
          >
            {t('plans.simulate')}
          </Button>
          {issuers.length > 0 && (
            <>
              <Select
                aria-label={t('plans.issuer')}
                value={issuerUnitId}
                onChange={setIssuerUnitId}
                style={{ minWidth: 240 }}
                options={issuers.map((grant) => ({
                  value: grant.unitId,
                  label: grant.unitName ?? t('plans.issuer'),
                }))}
              />
              <Checkbox checked={activate} onChange={(event) => setActivate(event.target.checked)}>
                {t('plans.activate')}
              </Checkbox>
              <Button
                type="primary"
                onClick={() => void importPlan()}
                loading={busy === 'import'}
                disabled={!source.trim() || !issuerUnitId}
              >
                {activate ? t('plans.importAndIssue') : t('plans.importDraft')}
              </Button>
            </>
          )}
        </Space>
        {error !== null && <ApiErrorAlert error={error} />}
      </Card>
      {simulation && <SimulationTimeline simulation={simulation} />}
    </>
  );
}

function SimulationTimeline({ simulation }: { simulation: Simulation }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card
      className="detail-section"
      title={t('plans.simulationTitle', {
        year: simulation.year,
        number: simulation.number ?? t('plans.draft'),
        items: simulation.items,
      })}
    >
      <Typography.Paragraph type="secondary">
        {t('plans.simulationHint', { issuer: simulation.issuer })}
      </Typography.Paragraph>
      {simulation.events.some((event) => event.beforeIssue) && (
        <Alert type="warning" showIcon className="form-notice" title={t('plans.beforeIssue')} />
      )}
      <Timeline
        items={simulation.events.map((event) => ({
          key: `${event.at}-${event.kind}-${event.itemKey ?? ''}`,
          color: EVENT_COLORS[event.kind],
          children: (
            <div>
              <strong>{formatDateTime(event.at)}</strong> ·{' '}
              {codeLabel(t, 'simulationEvents', event.kind, event.kind)}
              {event.kind === 'quarter-summary' &&
                ` ${t('plans.quarter', { quarter: event.quarter })}`}
              {event.text && <div>{localized(event.text, lang)}</div>}
              <div className="task-subject">
                {[
                  event.owner ? t('plans.owner', { unit: event.owner }) : null,
                  event.dueOn ? t('plans.dueOn', { date: formatIsoDate(event.dueOn) }) : null,
                  event.workingDaysBefore !== null
                    ? t('plans.daysBefore', { count: event.workingDaysBefore })
                    : null,
                  event.beforeIssue ? t('plans.beforeIssueTag') : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
