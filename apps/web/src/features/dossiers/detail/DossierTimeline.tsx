import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../api/queries';
import { eventLabel } from '../../../components/labels';
import { formatDateTime, formatIsoDate } from '../../../format/format';

type TimelineEvent = Dossier['timeline'][number];

const BAD = new Set([
  'review.rejected',
  'decision.refused',
  'supplement.expired',
  'objection.upheld',
  'central.returned',
]);
const GOOD = new Set([
  'review.accepted',
  'decision.approved',
  'decision.issued',
  'initiative.recognized',
  'central.accepted',
]);
const WARN = new Set(['review.returned', 'task.overdue']);

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The names of the documents of the checklist, for return items that name a document by its code. */
export type DocumentNames = ReadonlyMap<string, string>;

/** A return item as people read it: the document's name when the item is one of the checklist's. */
export function returnItemLabel(item: string, documents: DocumentNames): string {
  return documents.get(item) ?? item;
}

/** What an event adds to its title, in the person's language: reasons, items, votes, numbers. */
function eventDetail(t: TFunction, event: TimelineEvent, documents: DocumentNames): string[] {
  const data = event.data;
  switch (event.type) {
    case 'review.returned': {
      const items = Array.isArray(data.items)
        ? (data.items as { item?: string; reason?: string }[])
        : [];
      return [
        ...items.map(
          (entry) =>
            `${returnItemLabel(entry.item ?? '', documents)}${entry.reason ? `: ${entry.reason}` : ''}`,
        ),
        ...(text(data.dueDate)
          ? [t('timeline.supplementBy', { date: formatIsoDate(data.dueDate as string) })]
          : []),
      ];
    }
    case 'central.sent':
      return [
        t('timeline.to', { unit: text(data.to) ?? '' }),
        ...(text(data.dueDate)
          ? [t('timeline.centralBy', { date: formatIsoDate(data.dueDate as string) })]
          : []),
      ];
    case 'central.accepted':
      return [
        t('timeline.centralDecision', {
          number: text(data.number) ?? '',
          date: text(data.decidedOn) ? formatIsoDate(data.decidedOn as string) : '',
        }),
      ];
    case 'central.returned':
    case 'review.rejected':
    case 'decision.refused':
    case 'objection.dismissed':
    case 'objection.upheld':
      return text(data.reason) ? [t('timeline.reason', { reason: data.reason as string })] : [];
    case 'review.accepted':
    case 'decision.approved':
    case 'dossier.supplemented':
      return text(data.note) ? [t('timeline.note', { note: data.note as string })] : [];
    case 'review.started':
      return text(data.reviewingUnit) ? [data.reviewingUnit as string] : [];
    case 'council.voted':
      return [
        t(data.passed === true ? 'timeline.votePassed' : 'timeline.voteFailed', {
          votesFor: Number(data.votesFor ?? 0),
          members: Number(data.membersTotal ?? 0),
        }),
      ];
    case 'council.awaited':
      return text(data.council) ? [data.council as string] : [];
    case 'decision.requested':
      return text(data.decider) ? [data.decider as string] : [];
    case 'decision.issued':
      return text(data.number)
        ? [t('timeline.decisionNumber', { number: data.number as string })]
        : [];
    case 'dossier.escalated':
    case 'dossier.forwarded':
      return text(data.to) ? [t('timeline.to', { unit: data.to as string })] : [];
    case 'objection.filed':
      return [`${text(data.filerName) ?? ''}: ${text(data.text) ?? ''}`];
    default:
      return [];
  }
}

/** The dossier's whole history, newest last: what happened, who did it, when. */
export function DossierTimeline({
  events,
  documents,
}: {
  events: TimelineEvent[];
  documents: DocumentNames;
}) {
  const { t } = useTranslation();
  return (
    <Timeline
      className="dossier-timeline"
      items={events.map((event) => ({
        key: event.seq,
        color: BAD.has(event.type)
          ? 'red'
          : GOOD.has(event.type)
            ? 'green'
            : WARN.has(event.type)
              ? 'orange'
              : 'blue',
        children: (
          <div className="timeline-entry">
            <Typography.Text strong>{eventLabel(t, event.type)}</Typography.Text>
            <div className="timeline-meta">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              {event.actorName && <span> · {event.actorName}</span>}
              {!event.actorName && !event.actorId && <span> · {t('timeline.system')}</span>}
            </div>
            {eventDetail(t, event, documents).map((line) => (
              <div key={line} className="timeline-detail">
                {line}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
