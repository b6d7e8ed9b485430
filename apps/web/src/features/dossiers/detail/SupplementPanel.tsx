import { SendOutlined } from '../../../components/icons';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../../api/client';
import type { Dossier } from '../../../api/queries';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { DeadlineTag } from '../../../components/DeadlineTag';
import { formatIsoDate } from '../../../format/format';
import { DocumentChecklist } from '../files/DocumentChecklist';
import { type DocumentNames, returnItemLabel } from './DossierTimeline';

/**
 * A dossier returned for supplementation, for its unit: what the reviewer asked for and by when,
 * the files to add (dropped onto the documents they answer), a note, and sending it back for review.
 */
export function SupplementPanel({
  dossier,
  documentNames,
  onDone,
}: {
  dossier: Dossier;
  documentNames: DocumentNames;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [uploaded, setUploaded] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const returned = [...dossier.timeline]
    .reverse()
    .find((event) => event.type === 'review.returned');
  const items = Array.isArray(returned?.data.items)
    ? (returned.data.items as { item?: string; reason?: string }[])
    : [];

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/dossiers/{id}/supplement', {
          params: { path: { id: dossier.id } },
          body: { ...(note.trim() ? { note: note.trim() } : {}), attachmentIds: uploaded },
        }),
      );
      void message.success(t('supplement.sent', { code: dossier.code }));
      setUploaded([]);
      setNote('');
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('supplement.title')} className="detail-section supplement-card">
      <Alert
        type="warning"
        showIcon
        message={t('supplement.asked', { by: returned?.actorName ?? t('supplement.reviewer') })}
        description={
          <>
            <ul className="field-problems">
              {items.map((entry) => (
                <li key={`${entry.item}-${entry.reason}`}>
                  <strong>{returnItemLabel(entry.item ?? '', documentNames)}</strong>
                  {entry.reason ? `: ${entry.reason}` : ''}
                </li>
              ))}
            </ul>
            {typeof returned?.data.dueDate === 'string' && (
              <Typography.Text>
                {t('supplement.dueBy', { date: formatIsoDate(returned.data.dueDate) })}{' '}
                <DeadlineTag dueAt={dossier.stageDueAt} workingDaysLeft={dossier.workingDaysLeft} />
              </Typography.Text>
            )}
          </>
        }
      />
      <DocumentChecklist
        documents={dossier.checklist.map((item) => ({
          code: item.code,
          name: item.name,
          legalRef: item.legalRef,
        }))}
        attachments={dossier.attachments}
        editable
        ensureDossier={() => Promise.resolve(dossier.id)}
        onChanged={onDone}
        onUploaded={(attachment) => setUploaded((current) => [...current, attachment.id])}
        requested={items.map((entry) => entry.item ?? '')}
      />
      <Form layout="vertical" onFinish={() => void send()}>
        <Form.Item label={t('supplement.note')} htmlFor="supplement-note">
          <Input.TextArea
            id="supplement-note"
            rows={3}
            maxLength={4000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder={t('supplement.notePlaceholder')}
          />
        </Form.Item>
        {error !== null && <ApiErrorAlert error={error} />}
        <Button
          type="primary"
          htmlType="submit"
          icon={<SendOutlined />}
          loading={busy}
          size="large"
        >
          {t('supplement.send')}
        </Button>
      </Form>
    </Card>
  );
}
