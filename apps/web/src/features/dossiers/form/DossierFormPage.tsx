import {
  MinusCircleOutlined,
  PlusOutlined,
  SaveOutlined,
  SendOutlined,
} from '../../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Segmented,
  Select,
  Space,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { queryKeys, useAwards, useDossier, useRoutePreview } from '../../../api/queries';
import { can } from '../../../auth/session';
import { useMe } from '../../../auth/useSession';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageSkeleton } from '../../../components/PageSkeleton';
import { formatDateTime, localized } from '../../../format/format';
import { DocumentChecklist } from '../files/DocumentChecklist';
import { DOSSIER_TRACKS, type DossierTrack } from '../track';
import {
  type DossierFormValues,
  draftStorageKey,
  emptyForm,
  fromDossier,
  INITIATIVE_SCOPES,
  kindFor,
  missingDocuments,
  RATINGS,
  requirementsFor,
  toDossierBody,
  toEligibilityRequest,
} from './dossier-form';
import { EligibilityPanel } from './EligibilityPanel';
import { useAutosave, useLocalDraft } from './useLocalDraft';

/** What a draft on the server needs before it exists (the API requires these). */
const FIELDS_FOR_A_DRAFT = [
  'awardCode',
  'year',
  ['nominee', 'kind'],
  ['nominee', 'name'],
  'achievementsSummary',
];

/** Form fields as the API names them (`nominee.name`), for its refusals to land on them. */
function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * A new dossier, or a draft being completed: the award first, then the form follows it (nominee,
 * record, required documents); the pre-check and the route beside it; save as a draft, submit. What
 * is typed is kept on this device until it is saved, and files go up as soon as they are dropped.
 */
export function DossierFormPage() {
  const { t } = useTranslation();
  const { ref } = useParams();
  const me = useMe();
  const draft = useDossier(ref);
  const awards = useAwards();
  if (!can(me, 'dossier:create'))
    return (
      <Result status="403" title={t('errors.forbidden')} subTitle={t('dossierForm.notAllowed')} />
    );
  if (awards.isPending || (ref !== undefined && draft.isPending)) return <PageSkeleton rows={10} />;
  if (awards.error) return <ApiErrorAlert error={awards.error} />;
  if (draft.error) return <ApiErrorAlert error={draft.error} />;
  if (draft.data && draft.data.stage !== 'DRAFT')
    return (
      <Result
        status="info"
        title={t('dossierForm.alreadySubmitted', { code: draft.data.code })}
        extra={
          <Link to={`/dossiers/${draft.data.code}`}>
            <Button type="primary">{t('dossierForm.openDossier')}</Button>
          </Link>
        }
      />
    );
  return (
    <DossierEditor key={ref ?? 'new'} draftRef={ref} draft={draft.data} catalog={awards.data} />
  );
}

/** The form itself, once the award catalog (and the draft being completed, if any) are loaded. */
function DossierEditor({
  draftRef,
  draft,
  catalog,
}: {
  draftRef: string | undefined;
  draft: Schemas['DossierResponseDto'] | undefined;
  catalog: Schemas['AwardCatalogDto'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const movedAfterSave =
    (location.state as { movedAfterSave?: boolean } | null)?.movedAfterSave === true;
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<DossierFormValues>();
  const watched = Form.useWatch([], form) as DossierFormValues | undefined;
  const units = me.grants.filter((grant) => grant.permissions.includes('dossier:create'));
  const [chosenUnit, setChosenUnit] = useState<string | undefined>(units[0]?.unitId);
  const unitId = draft?.proposingUnitId ?? chosenUnit;
  const [createdId, setCreatedId] = useState<string | undefined>(undefined);
  const dossierId = draft?.id ?? createdId;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [idempotencyKey] = useState(() => `web-${crypto.randomUUID()}`);
  const local = useLocalDraft<DossierFormValues>(draftStorageKey(me.id, draftRef));
  const rulesYear = Number(catalog.asOf.slice(0, 4)) || new Date().getFullYear();
  // The copy kept on this device wins over the server's draft: it is what was typed last.
  const [initial] = useState(() => {
    const kept = local.read();
    if (kept)
      return {
        values: kept.values,
        // Right after the first save the page only moved to the draft's address: nothing to announce.
        restoredAt: movedAfterSave ? null : kept.savedAt,
      };
    return { values: draft ? fromDossier(draft) : emptyForm(rulesYear), restoredAt: null };
  });
  const [restoredAt, setRestoredAt] = useState<string | null>(initial.restoredAt);
  const award = catalog.awards.find((candidate) => candidate.code === watched?.awardCode);
  const [searchParams] = useSearchParams();
  // A dossier starts on a track (`?track=ad-hoc` from the list's button); a draft keeps its award's.
  const [track, setTrack] = useState<DossierTrack | 'all'>(() => {
    const drafted = catalog.awards.find((candidate) => candidate.code === draft?.awardCode);
    if (drafted) return drafted.track;
    const asked = searchParams.get('track');
    return DOSSIER_TRACKS.find((candidate) => candidate === asked) ?? 'all';
  });
  const kind = award ? kindFor(award, watched?.nominee?.kind) : 'individual';
  const requirements = award ? requirementsFor(award, kind) : null;
  const route = useRoutePreview(unitId, watched?.awardCode, watched?.year);
  const eligibility =
    watched && route.data
      ? toEligibilityRequest(
          { ...watched, nominee: watched.nominee ?? {}, record: watched.record ?? {} },
          route.data,
        )
      : null;
  const attachments = draft?.attachments ?? [];

  const keep = useCallback(
    (values: DossierFormValues | undefined) => {
      if (values) local.write(values);
    },
    [local],
  );
  useAutosave(watched, keep);

  // The nominee's kind follows the award: a title only for individuals switches the form back.
  useEffect(() => {
    if (award && watched?.nominee && watched.nominee.kind !== kind)
      form.setFieldValue(['nominee', 'kind'], kind);
  }, [award, kind, watched?.nominee, form]);

  const showRefusal = (failure: unknown) => {
    setError(failure);
    if (failure instanceof ApiError && failure.fields.length > 0) {
      form.setFields(
        failure.fields.map((problem) => ({
          name: fieldPath(problem.field) as never,
          errors: [localized(problem.message, lang)],
        })),
      );
    }
  };

  /** Saves the form to the server as a draft (creating it the first time) and answers its id. */
  const saveDraft = async (): Promise<Schemas['DossierResponseDto']> => {
    await form.validateFields(FIELDS_FOR_A_DRAFT as never);
    if (unitId === undefined) throw new Error('no unit to propose for');
    const body = toDossierBody(form.getFieldsValue(true) as DossierFormValues, unitId);
    if (dossierId === undefined) {
      const created = await call(
        api.POST('/api/v1/dossiers', {
          body: { ...body, submit: false },
          params: { header: { 'Idempotency-Key': idempotencyKey } },
        }),
      );
      const saved = created as Schemas['DossierResponseDto'];
      // The page moves to the draft's address: what is typed moves with it.
      local.write(
        form.getFieldsValue(true) as DossierFormValues,
        draftStorageKey(me.id, saved.code),
      );
      local.clear(draftStorageKey(me.id, undefined));
      setCreatedId(saved.id);
      void navigate(`/dossiers/${saved.code}/edit`, {
        replace: true,
        state: { movedAfterSave: true },
      });
      return saved;
    }
    const { proposingUnitId: _unit, ...changes } = body;
    return call(
      api.PATCH('/api/v1/dossiers/{id}', { params: { path: { id: dossierId } }, body: changes }),
    );
  };

  const ensureDossier = async (): Promise<string> => {
    if (dossierId !== undefined) return dossierId;
    try {
      return (await saveDraft()).id;
    } catch (failure) {
      if (failure instanceof ApiError) throw failure;
      throw new ApiError(400, 'VALIDATION_FAILED', {
        vi: t('dossierForm.fillBeforeUpload', { lng: 'vi' }),
        en: t('dossierForm.fillBeforeUpload', { lng: 'en' }),
      });
    }
  };

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.dossiers });
  };

  const onSave = async () => {
    setBusy('save');
    setError(null);
    try {
      const saved = await saveDraft();
      refresh();
      void message.success(t('dossierForm.saved', { code: saved.code }));
    } catch (failure) {
      if (failure instanceof ApiError) showRefusal(failure);
    } finally {
      setBusy(null);
    }
  };

  const submitNow = async () => {
    setBusy('submit');
    setError(null);
    try {
      await form.validateFields();
      const saved = await saveDraft();
      const submitted = await call(
        api.POST('/api/v1/dossiers/{id}/submit', { params: { path: { id: saved.id } } }),
      );
      local.clear(draftStorageKey(me.id, saved.code));
      local.clear(draftStorageKey(me.id, undefined));
      refresh();
      void message.success(t('dossierForm.submitted', { code: submitted.code }));
      void navigate(`/dossiers/${submitted.code}`);
    } catch (failure) {
      if (failure instanceof ApiError) showRefusal(failure);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = () => {
    const missing = requirements ? missingDocuments([...requirements.documents], attachments) : [];
    if (missing.length === 0) return void submitNow();
    const names = (requirements?.documents ?? [])
      .filter((document) => missing.includes(document.code))
      .map((document) => localized(document.name, lang));
    modal.confirm({
      title: t('dossierForm.missingTitle', { count: missing.length }),
      content: (
        <ul className="field-problems">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ),
      okText: t('dossierForm.submitAnyway'),
      cancelText: t('dossierForm.keepEditing'),
      onOk: submitNow,
    });
  };

  const awardOptions = useMemo(() => {
    const list = catalog.awards.filter((candidate) => track === 'all' || candidate.track === track);
    const group = (kindOfAward: string, label: string) => ({
      label,
      title: label,
      options: list
        .filter((candidate) => candidate.kind === kindOfAward)
        .map((candidate) => ({ value: candidate.code, label: localized(candidate.name, lang) })),
    });
    return [
      group('emulation-title', t('dossierForm.emulationTitles')),
      group('commendation', t('dossierForm.commendations')),
    ].filter((option) => option.options.length > 0);
  }, [catalog, lang, t, track]);
  const trackOptions = [
    { value: 'all', label: t('dossierForm.allTracks') },
    ...DOSSIER_TRACKS.filter((candidate) =>
      catalog.awards.some((entry) => entry.track === candidate),
    ).map((candidate) => ({ value: candidate, label: t(`tracks.${candidate}`) })),
  ];

  const titleOptions = catalog.awards.map((candidate) => ({
    value: candidate.code,
    label: localized(candidate.name, lang),
  }));
  const sections = new Set(requirements?.sections ?? []);
  const yearOptions = [rulesYear, rulesYear - 1].map((year) => ({
    value: year,
    label: String(year),
  }));

  return (
    <>
      <PageHeader
        title={draft ? t('dossierForm.editTitle', { code: draft.code }) : t('dossierForm.newTitle')}
        subtitle={t('dossierForm.subtitle')}
        trail={[{ label: t('nav.dossiers'), to: '/dossiers' }]}
      />
      {restoredAt && (
        <Alert
          className="form-notice"
          type="info"
          showIcon
          closable
          onClose={() => setRestoredAt(null)}
          message={t('dossierForm.restored', { time: formatDateTime(restoredAt) })}
          action={
            <Button
              size="small"
              onClick={() => {
                local.clear();
                form.resetFields();
                form.setFieldsValue(draft ? fromDossier(draft) : emptyForm(rulesYear));
                setRestoredAt(null);
              }}
            >
              {t('dossierForm.discardRestored')}
            </Button>
          }
        />
      )}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={15}>
          <Form<DossierFormValues>
            form={form}
            initialValues={initial.values}
            layout="vertical"
            scrollToFirstError
            disabled={busy !== null}
            onValuesChange={() => setError(null)}
          >
            <Card title={t('dossierForm.awardSection')} className="form-section">
              {units.length > 1 && (
                <Form.Item label={t('dossierForm.unit')} required>
                  <Select
                    value={unitId}
                    onChange={setChosenUnit}
                    disabled={dossierId !== undefined}
                    options={units.map((grant) => ({
                      value: grant.unitId,
                      label: grant.unitName ?? grant.unitId,
                    }))}
                  />
                </Form.Item>
              )}
              {units.length === 1 && (
                <Typography.Paragraph>
                  {t('dossierForm.unit')}: <strong>{units[0]?.unitName}</strong>
                </Typography.Paragraph>
              )}
              {dossierId === undefined && (
                <Form.Item label={t('tracks.choose')}>
                  <Segmented
                    className="track-choice"
                    value={track}
                    options={trackOptions}
                    onChange={(value) => {
                      setTrack(value as DossierTrack | 'all');
                      form.setFieldValue('awardCode', undefined);
                    }}
                  />
                </Form.Item>
              )}
              {award && award.track !== 'periodic' && (
                <Alert
                  className="form-notice"
                  type="info"
                  showIcon
                  message={t(`tracks.${award.track}`)}
                  description={t(`tracks.${award.track}Notice`)}
                />
              )}
              <Row gutter={16}>
                <Col xs={24} md={16}>
                  <Form.Item
                    name="awardCode"
                    label={t('dossierForm.award')}
                    rules={[{ required: true, message: t('dossierForm.awardRequired') }]}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('dossierForm.awardPlaceholder')}
                      options={awardOptions}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="year"
                    label={t('dossierForm.year')}
                    rules={[{ required: true, message: t('dossierForm.yearRequired') }]}
                  >
                    <Select options={yearOptions} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>

            {award && (
              <>
                <Card title={t('dossierForm.nomineeSection')} className="form-section">
                  {requirements && requirements.nomineeKinds.length > 1 && (
                    <Form.Item name={['nominee', 'kind']} label={t('dossierForm.nomineeKind')}>
                      <Radio.Group
                        optionType="button"
                        options={requirements.nomineeKinds.map((value) => ({
                          value,
                          label: t(`dossierForm.kinds.${value}`),
                        }))}
                      />
                    </Form.Item>
                  )}
                  <Form.Item name={['nominee', 'kind']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={['nominee', 'name']}
                    label={
                      kind === 'collective'
                        ? t('dossierForm.collectiveName')
                        : kind === 'household'
                          ? t('dossierForm.householdName')
                          : t('dossierForm.personName')
                    }
                    rules={[
                      { required: true, whitespace: true, message: t('dossierForm.nameRequired') },
                    ]}
                  >
                    <Input maxLength={200} autoComplete="off" />
                  </Form.Item>
                  {kind === 'individual' && (
                    <Row gutter={16}>
                      <Col xs={24} md={12}>
                        <Form.Item name={['nominee', 'position']} label={t('dossierForm.position')}>
                          <Input
                            maxLength={200}
                            placeholder={t('dossierForm.positionPlaceholder')}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={['nominee', 'gender']} label={t('dossierForm.gender')}>
                          <Select
                            allowClear
                            options={[
                              { value: 'female', label: t('dossierForm.female') },
                              { value: 'male', label: t('dossierForm.male') },
                            ]}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item
                          name={['nominee', 'birthYear']}
                          label={t('dossierForm.birthYear')}
                        >
                          <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    </Row>
                  )}
                  <Form.Item
                    name="achievementsSummary"
                    label={t('dossierForm.achievements')}
                    extra={t('dossierForm.achievementsHint')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('dossierForm.achievementsRequired'),
                      },
                    ]}
                  >
                    <Input.TextArea rows={5} maxLength={10_000} />
                  </Form.Item>
                </Card>

                <Card title={t('dossierForm.recordSection')} className="form-section">
                  <Typography.Paragraph type="secondary">
                    {t('dossierForm.recordHint')}
                  </Typography.Paragraph>
                  {sections.has('registration') && (
                    <Form.Item name={['record', 'registered']} valuePropName="checked">
                      <Checkbox>
                        {t('dossierForm.registered', { year: watched?.year ?? rulesYear })}
                      </Checkbox>
                    </Form.Item>
                  )}
                  {sections.has('ratings') && (
                    <Form.List name={['record', 'ratings']}>
                      {(fields, { add, remove }) => (
                        <fieldset className="record-list">
                          <legend>{t('dossierForm.ratings')}</legend>
                          {fields.map((field) => (
                            <Space key={field.key} align="baseline" wrap className="record-row">
                              <Form.Item
                                name={[field.name, 'year']}
                                label={t('dossierForm.ratingYear')}
                              >
                                <InputNumber min={1990} max={2100} />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'rating']}
                                label={t('dossierForm.rating')}
                              >
                                <Select
                                  className="rating-select"
                                  options={RATINGS.map((value) => ({
                                    value,
                                    label: t(`dossierForm.ratingNames.${value}`),
                                  }))}
                                />
                              </Form.Item>
                              <Button
                                type="text"
                                icon={<MinusCircleOutlined />}
                                aria-label={t('dossierForm.removeRow')}
                                onClick={() => remove(field.name)}
                              />
                            </Space>
                          ))}
                          <Button
                            icon={<PlusOutlined />}
                            onClick={() => add({ year: rulesYear - fields.length })}
                          >
                            {t('dossierForm.addRating')}
                          </Button>
                        </fieldset>
                      )}
                    </Form.List>
                  )}
                  {sections.has('titles') && (
                    <Form.List name={['record', 'titles']}>
                      {(fields, { add, remove }) => (
                        <fieldset className="record-list">
                          <legend>{t('dossierForm.titles')}</legend>
                          {fields.map((field) => (
                            <Space key={field.key} align="baseline" wrap className="record-row">
                              <Form.Item
                                name={[field.name, 'year']}
                                label={t('dossierForm.ratingYear')}
                              >
                                <InputNumber min={1990} max={2100} />
                              </Form.Item>
                              <Form.Item name={[field.name, 'code']} label={t('dossierForm.title')}>
                                <Select className="title-select" options={titleOptions} />
                              </Form.Item>
                              <Button
                                type="text"
                                icon={<MinusCircleOutlined />}
                                aria-label={t('dossierForm.removeRow')}
                                onClick={() => remove(field.name)}
                              />
                            </Space>
                          ))}
                          <Button icon={<PlusOutlined />} onClick={() => add({ year: rulesYear })}>
                            {t('dossierForm.addTitle')}
                          </Button>
                        </fieldset>
                      )}
                    </Form.List>
                  )}
                  {sections.has('initiatives') && (
                    <Form.List name={['record', 'initiatives']}>
                      {(fields, { add, remove }) => (
                        <fieldset className="record-list">
                          <legend>{t('dossierForm.initiatives')}</legend>
                          {fields.map((field) => (
                            <Space key={field.key} align="baseline" wrap className="record-row">
                              <Form.Item
                                name={[field.name, 'recognizedOn']}
                                label={t('dossierForm.recognizedOn')}
                              >
                                <Input type="date" />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'scope']}
                                label={t('dossierForm.scope')}
                              >
                                <Select
                                  className="scope-select"
                                  options={INITIATIVE_SCOPES.map((value) => ({
                                    value,
                                    label: t(`dossierForm.scopes.${value}`),
                                  }))}
                                />
                              </Form.Item>
                              <Button
                                type="text"
                                icon={<MinusCircleOutlined />}
                                aria-label={t('dossierForm.removeRow')}
                                onClick={() => remove(field.name)}
                              />
                            </Space>
                          ))}
                          <Button icon={<PlusOutlined />} onClick={() => add({ scope: 'unit' })}>
                            {t('dossierForm.addInitiative')}
                          </Button>
                        </fieldset>
                      )}
                    </Form.List>
                  )}
                  {sections.has('memberStats') && (
                    <fieldset className="record-list">
                      <legend>{t('dossierForm.memberStats')}</legend>
                      <Row gutter={16}>
                        {(
                          [
                            'members',
                            'ldttMembers',
                            'completedTasksMembers',
                            'cstdcsMembers',
                            'disciplinedMembers',
                          ] as const
                        ).map((key) => (
                          <Col xs={12} md={8} key={key}>
                            <Form.Item
                              name={['record', 'memberStats', key]}
                              label={t(`dossierForm.stats.${key}`)}
                            >
                              <InputNumber min={0} style={{ width: '100%' }} />
                            </Form.Item>
                          </Col>
                        ))}
                      </Row>
                    </fieldset>
                  )}
                  {sections.has('clusterLeader') && (
                    <Form.Item name={['record', 'leadsEmulationCluster']} valuePropName="checked">
                      <Checkbox>{t('dossierForm.clusterLeader')}</Checkbox>
                    </Form.Item>
                  )}
                  <Form.Item name={['record', 'disciplinePending']} valuePropName="checked">
                    <Checkbox>{t('dossierForm.disciplinePending')}</Checkbox>
                  </Form.Item>
                </Card>

                <Card title={t('dossierForm.documentsSection')} className="form-section">
                  <DocumentChecklist
                    documents={[...(requirements?.documents ?? [])]}
                    attachments={attachments}
                    editable
                    ensureDossier={ensureDossier}
                    onChanged={refresh}
                  />
                </Card>
              </>
            )}

            {error !== null && <ApiErrorAlert error={error} />}
            <div className="form-actions">
              <Button
                icon={<SaveOutlined />}
                size="large"
                loading={busy === 'save'}
                onClick={() => void onSave()}
              >
                {t('dossierForm.saveDraft')}
              </Button>
              <Button
                type="primary"
                size="large"
                icon={<SendOutlined />}
                loading={busy === 'submit'}
                disabled={!award}
                onClick={onSubmit}
              >
                {t('dossierForm.submit')}
              </Button>
            </div>
          </Form>
        </Col>
        <Col xs={24} lg={9}>
          <div className="precheck-column">
            <EligibilityPanel request={eligibility} route={route.data} routeError={route.error} />
          </div>
        </Col>
      </Row>
    </>
  );
}
