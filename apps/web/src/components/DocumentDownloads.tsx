import { DownloadOutlined, FilePdfOutlined, FileWordOutlined } from './icons';
import { App, Button, Space } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../features/dossiers/files/upload';
import { errorMessage } from './ApiErrorAlert';
import { codeLabel } from './labels';

/** A generated document the API serves at /api/v1/documents/:id. */
export interface GeneratedDocument {
  id: string;
  kind: string;
  fileName: string;
  title?: string;
}

/** What a document is, as people call it: decision, minutes, certificate… and its format. */
export function documentLabel(t: TFunction, document: GeneratedDocument): string {
  const format = document.kind.endsWith('-docx') ? 'Word' : 'PDF';
  const kind = document.kind.replace(/-(pdf|docx)$/, '');
  // A decision has a certificate per awardee: each is told apart by its own title (name, number).
  if (kind === 'certificate' && document.title) return `${document.title} (${format})`;
  const name = codeLabel(t, 'generatedDocuments', kind, t('generatedDocuments.other'));
  return `${name} (${format})`;
}

/** Buttons that download generated documents (decisions, minutes, certificates) under their names. */
export function DocumentDownloads({ documents }: { documents: readonly GeneratedDocument[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const download = async (document: GeneratedDocument) => {
    try {
      await downloadFile(`/api/v1/documents/${document.id}`, document.fileName);
    } catch (error) {
      void message.error(errorMessage(error, lang, t('files.downloadFailed')));
    }
  };
  return (
    <Space wrap className="decision-documents">
      {documents.map((document) => (
        <Button
          key={document.id}
          icon={document.kind.endsWith('-docx') ? <FileWordOutlined /> : <FilePdfOutlined />}
          onClick={() => void download(document)}
        >
          {documentLabel(t, document)}
          <DownloadOutlined />
        </Button>
      ))}
    </Space>
  );
}
