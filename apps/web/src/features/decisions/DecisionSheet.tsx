import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, formatMoney } from '../../format/format';

/** A line of a decision's annex: who, from which unit, which award, the bonus. */
export interface AnnexLine {
  position: number;
  code: string;
  nomineeName: string;
  unitName: string;
  awardName: string;
  coefficientThousandths: number;
  bonusVnd: number;
}

/** `1,0` / `1.5`: a bonus coefficient as the decree writes it. */
export function coefficientLabel(thousandths: number, lang: 'vi' | 'en'): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 3,
  }).format(thousandths / 1000);
}

/** The annex of awardees with each bonus and the total, as the decision prints it. */
export function AnnexTable({ lines, total }: { lines: readonly AnnexLine[]; total: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const columns: ColumnsType<AnnexLine> = [
    { title: t('decisions.number'), dataIndex: 'position', key: 'position', width: 56 },
    {
      title: t('decisions.awardee'),
      key: 'awardee',
      render: (_, line) => (
        <div>
          <div>{line.nomineeName}</div>
          <div className="task-subject">
            {line.unitName} · {line.code}
          </div>
        </div>
      ),
    },
    { title: t('decisions.award'), dataIndex: 'awardName', key: 'award', responsive: ['md'] },
    {
      title: t('decisions.coefficient'),
      key: 'coefficient',
      responsive: ['lg'],
      align: 'right',
      render: (_, line) => coefficientLabel(line.coefficientThousandths, lang),
    },
    {
      title: t('decisions.bonus'),
      key: 'bonus',
      align: 'right',
      render: (_, line) => formatMoney(line.bonusVnd, lang),
    },
  ];
  return (
    <Table<AnnexLine>
      rowKey="code"
      size="small"
      className="annex-table"
      columns={columns}
      dataSource={[...lines]}
      pagination={false}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <strong>{t('decisions.total', { count: lines.length })}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right" colSpan={3}>
            <strong>{formatMoney(total, lang)}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/**
 * A decision laid out as the signed paper will be, before it is signed: issuer, the number left
 * blank, place and date, title, legal bases, and the annex with the bonuses.
 */
export function DecisionSheet({
  issuerName,
  number,
  signedOn,
  title,
  legalBases,
  baseSalaryVnd,
  lines,
  total,
}: {
  issuerName: string;
  number: string | null;
  signedOn: string;
  title: string;
  legalBases: readonly string[];
  baseSalaryVnd: number | null;
  lines: readonly AnnexLine[];
  total: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <article className="decision-sheet" aria-label={t('decisions.sheet')}>
      <header className="decision-sheet-head">
        <div>
          <div className="decision-sheet-issuer">{issuerName.toUpperCase()}</div>
          <div>{number ? t('decisions.numbered', { number }) : t('decisions.unnumbered')}</div>
        </div>
        <div className="decision-sheet-nation">
          <div>{t('decisions.nation')}</div>
          <div className="decision-sheet-motto">{t('decisions.motto')}</div>
          <div className="decision-sheet-date">{formatIsoDate(signedOn)}</div>
        </div>
      </header>
      <Typography.Title level={2} className="decision-sheet-title">
        {t('decisions.decisionWord')}
        <br />
        <span>{title}</span>
      </Typography.Title>
      <ul className="decision-sheet-bases">
        {legalBases.map((basis) => (
          <li key={basis}>{basis}</li>
        ))}
      </ul>
      <Typography.Paragraph>
        {t('decisions.articleBonus', {
          total: formatMoney(total, lang),
          base: baseSalaryVnd === null ? '—' : formatMoney(baseSalaryVnd, lang),
        })}
      </Typography.Paragraph>
      <Typography.Title level={3} className="decision-sheet-annex">
        {t('decisions.annex')}
      </Typography.Title>
      <AnnexTable lines={lines} total={total} />
    </article>
  );
}
