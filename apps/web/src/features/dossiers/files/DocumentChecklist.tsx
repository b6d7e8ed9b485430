import {
  CheckCircleFilled,
  DeleteOutlined,
  ExclamationCircleFilled,
  InboxOutlined,
  PaperClipOutlined,
} from '../../../components/icons';
import { App, Button, List, Popconfirm, Progress, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../../api/client';
import { errorMessage } from '../../../components/ApiErrorAlert';
import { formatLegalRef, localized } from '../../../format/format';
import { type Attachment, downloadFile, formatSize, uploadAttachment } from './upload';

type DocumentDefinition = Schemas['DocumentDefinitionDto'];

/** Types and size the API accepts (it checks the bytes too). */
const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

interface Progressing {
  uid: string;
  name: string;
  documentCode: string;
  percent: number;
  error?: string;
}

/**
 * The documents the award requires, each with the files that answer it: drag files onto a document
 * (or pick them) to upload with progress; download or remove what is there. `ensureDossier` gives
 * the dossier to upload to, saving a draft first when the form has none yet.
 */
export function DocumentChecklist({
  documents,
  attachments,
  editable,
  ensureDossier,
  onChanged,
  onUploaded,
  requested = [],
}: {
  documents: DocumentDefinition[];
  /** Documents a reviewer asked to supplement: marked so that the unit sees them first. */
  requested?: string[];
  attachments: Attachment[];
  editable: boolean;
  ensureDossier: () => Promise<string>;
  onChanged: () => void;
  onUploaded?: (attachment: Attachment) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const [uploads, setUploads] = useState<Progressing[]>([]);

  const update = (uid: string, change: Partial<Progressing>) =>
    setUploads((current) =>
      current.map((upload) => (upload.uid === uid ? { ...upload, ...change } : upload)),
    );

  const upload = async (file: File, uid: string, documentCode: string) => {
    setUploads((current) => [...current, { uid, name: file.name, documentCode, percent: 0 }]);
    try {
      const dossierId = await ensureDossier();
      const attachment = await uploadAttachment(dossierId, file, documentCode, (percent) =>
        update(uid, { percent }),
      );
      // A good file answers the document: earlier refusals on it no longer matter.
      setUploads((current) =>
        current.filter(
          (entry) => entry.uid !== uid && !(entry.documentCode === documentCode && entry.error),
        ),
      );
      onUploaded?.(attachment);
      onChanged();
      void message.success(t('files.uploaded', { name: file.name }));
    } catch (error) {
      update(uid, { error: errorMessage(error, lang, t('files.uploadFailed')) });
    }
  };

  const remove = async (attachment: Attachment) => {
    try {
      const dossierId = await ensureDossier();
      await call(
        api.DELETE('/api/v1/dossiers/{id}/attachments/{attachmentId}', {
          params: { path: { id: dossierId, attachmentId: attachment.id } },
        }),
      );
      onChanged();
    } catch (error) {
      void message.error(errorMessage(error, lang, t('files.removeFailed')));
    }
  };

  const download = async (attachment: Attachment) => {
    try {
      const dossierId = await ensureDossier();
      await downloadFile(
        `/api/v1/dossiers/${dossierId}/attachments/${attachment.id}`,
        attachment.fileName,
      );
    } catch (error) {
      void message.error(errorMessage(error, lang, t('files.downloadFailed')));
    }
  };

  const provided = documents.filter((document) =>
    attachments.some((attachment) => attachment.documentCode === document.code),
  ).length;

  return (
    <div className="document-checklist">
      <Typography.Paragraph>
        <Tag color={provided === documents.length ? 'success' : 'warning'}>
          {t('files.progress', { provided, total: documents.length })}
        </Tag>
        <Typography.Text type="secondary">{t('files.accepted')}</Typography.Text>
      </Typography.Paragraph>
      <List
        dataSource={documents}
        renderItem={(document) => {
          const files = attachments.filter(
            (attachment) => attachment.documentCode === document.code,
          );
          const inFlight = uploads.filter((entry) => entry.documentCode === document.code);
          const done = files.length > 0;
          return (
            <List.Item key={document.code} className="checklist-item">
              <div className="checklist-head">
                {done ? (
                  <CheckCircleFilled className="checklist-ok" aria-label={t('files.provided')} />
                ) : (
                  <ExclamationCircleFilled
                    className="checklist-missing"
                    aria-label={t('files.missing')}
                  />
                )}
                <div>
                  <Typography.Text strong>{localized(document.name, lang)}</Typography.Text>
                  {requested.includes(document.code) && (
                    <Tag color="warning" className="requested-tag">
                      {t('files.requested')}
                    </Tag>
                  )}
                  <div className="legal-ref">{formatLegalRef(document.legalRef, lang)}</div>
                </div>
              </div>
              {files.length > 0 && (
                <ul className="file-list">
                  {files.map((file) => (
                    <li key={file.id}>
                      <PaperClipOutlined />
                      <Button type="link" onClick={() => void download(file)}>
                        {file.fileName}
                      </Button>
                      <Typography.Text type="secondary">
                        {formatSize(file.sizeBytes, lang)}
                      </Typography.Text>
                      {editable && (
                        <Popconfirm
                          title={t('files.removeConfirm', { name: file.fileName })}
                          okText={t('common.remove')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => void remove(file)}
                        >
                          <Button
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('files.remove', { name: file.fileName })}
                          />
                        </Popconfirm>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {inFlight.map((entry) => (
                <div key={entry.uid} className="upload-progress">
                  <Space direction="vertical" style={{ width: '100%' }} size={0}>
                    <Typography.Text>{entry.name}</Typography.Text>
                    {entry.error ? (
                      <Typography.Text type="danger" role="alert">
                        {entry.error}
                      </Typography.Text>
                    ) : (
                      <Progress percent={entry.percent} size="small" />
                    )}
                  </Space>
                </div>
              ))}
              {editable && (
                <Upload.Dragger
                  className="checklist-dropzone"
                  accept={ACCEPT}
                  multiple
                  showUploadList={false}
                  customRequest={({ file }) => {
                    const picked = file as File & { uid?: string };
                    void upload(
                      picked,
                      picked.uid ?? `${Date.now()}-${picked.name}`,
                      document.code,
                    );
                  }}
                >
                  <p className="dropzone-text">
                    <InboxOutlined /> {t('files.drop')}
                  </p>
                  <span className="visually-hidden">{localized(document.name, lang)}</span>
                </Upload.Dragger>
              )}
            </List.Item>
          );
        }}
      />
    </div>
  );
}
