import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ApiErrorAlert, errorMessage } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../format/format';
import { downloadFile, formatSize, uploadFile } from '../dossiers/files/upload';

type InitiativeFile = Schemas['InitiativeAttachmentDto'];

/** What the file picker offers; the API judges each file by its bytes. */
export const INITIATIVE_FILE_TYPES = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

/** Sends one file to an initiative's application. */
export function uploadInitiativeFile(initiativeId: string, file: File): Promise<InitiativeFile> {
  return uploadFile<InitiativeFile>(
    `/api/v1/initiatives/${encodeURIComponent(initiativeId)}/attachments`,
    file,
    {},
    () => undefined,
  );
}

/**
 * The files lodged with an application, each downloadable; while the application awaits the council,
 * its unit adds more (a refused file is named with the reason beside the list).
 */
export function InitiativeFiles({
  initiativeId,
  files,
  editable,
  queryKey,
}: {
  initiativeId: string;
  files: readonly InitiativeFile[];
  editable: boolean;
  queryKey: readonly unknown[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const add = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      await uploadInitiativeFile(initiativeId, file);
      void message.success(t('initiatives.fileAdded', { name: file.name }));
      await queryClient.invalidateQueries({ queryKey });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const download = async (file: InitiativeFile) => {
    try {
      await downloadFile(
        `/api/v1/initiatives/${encodeURIComponent(initiativeId)}/attachments/${file.id}`,
        file.fileName,
      );
    } catch (failure) {
      void message.error(errorMessage(failure, lang, t('files.downloadFailed')));
    }
  };

  return (
    <section aria-label={t('initiatives.files')} className="initiative-files">
      <Typography.Title level={3} className="section-title">
        {t('initiatives.files')}
      </Typography.Title>
      {files.length === 0 ? (
        <Typography.Text type="secondary">{t('initiatives.noFiles')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={[...files]}
          renderItem={(file) => (
            <List.Item key={file.id}>
              <List.Item.Meta
                avatar={<PaperClipOutlined />}
                title={
                  <Button
                    type="link"
                    className="file-link"
                    icon={<DownloadOutlined />}
                    onClick={() => void download(file)}
                  >
                    {file.fileName}
                  </Button>
                }
                description={`${formatSize(file.sizeBytes, lang)} · ${formatDateTime(file.uploadedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
      {error !== null && <ApiErrorAlert error={error} />}
      {editable && (
        <Upload
          accept={INITIATIVE_FILE_TYPES}
          showUploadList={false}
          beforeUpload={(file) => {
            void add(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {t('initiatives.addFile')}
          </Button>
        </Upload>
      )}
    </section>
  );
}
