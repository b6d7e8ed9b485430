import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

export type CouncilMeetingSummary = Schemas['CouncilMeetingSummaryDto'];
export type CouncilMeeting = Schemas['CouncilMeetingDto'];
export type CouncilCandidate = Schemas['CouncilCandidateDto'];
export type RosterMember = Schemas['CouncilRosterMemberDto'];

export const councilKeys = {
  all: ['council-meetings'] as const,
  list: ['council-meetings', 'list'] as const,
  one: (id: string) => ['council-meetings', 'one', id] as const,
  candidates: (id: string) => ['council-meetings', 'candidates', id] as const,
  roster: (unitId: string) => ['council-roster', unitId] as const,
};

export function useCouncilMeetings() {
  return useQuery({
    queryKey: councilKeys.list,
    queryFn: () => call(api.GET('/api/v1/council-meetings')),
  });
}

/**
 * A meeting; while it waits for its opening time it is asked again every few seconds, since the
 * workflow opens it on its own; and again until what follows an action shows (attendance, closing,
 * minutes). The workflow answers a close at once and writes the closed meeting a moment later.
 */
export function useCouncilMeeting(id: string | undefined, { closing = false } = {}) {
  return useQuery({
    queryKey: councilKeys.one(id ?? ''),
    queryFn: () =>
      call(api.GET('/api/v1/council-meetings/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
    refetchInterval: (query) => {
      const meeting = query.state.data;
      if (meeting === undefined) return false;
      if (closing && meeting.status !== 'CLOSED') return 2_000;
      // Written a moment after the secretary acts: an early opening's attendance, the minutes.
      if (meeting.status === 'OPEN' && meeting.members.every((member) => member.present === null))
        return 5_000;
      if (meeting.status === 'CLOSED' && meeting.documents.length === 0) return 3_000;
      if (meeting.status !== 'SCHEDULED') return false;
      return Date.parse(meeting.scheduledAt) - Date.now() < 120_000 ? 3_000 : 30_000;
    },
  });
}

export function useCouncilCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: councilKeys.candidates(id),
    queryFn: () =>
      call(api.GET('/api/v1/council-meetings/{id}/candidates', { params: { path: { id } } })),
    enabled,
  });
}

export function useCouncilRoster(unitId: string | undefined) {
  return useQuery({
    queryKey: councilKeys.roster(unitId ?? ''),
    queryFn: () =>
      call(
        api.GET('/api/v1/council-meetings/roster', { params: { query: { unitId: unitId ?? '' } } }),
      ),
    enabled: unitId !== undefined,
    staleTime: 5 * 60_000,
  });
}
