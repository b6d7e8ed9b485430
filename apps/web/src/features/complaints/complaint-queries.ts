import { useQuery } from '@tanstack/react-query';
import { api, call, type Schemas } from '../../api/client';

export type Complaint = Schemas['ComplaintDto'];

export const complaintKeys = {
  all: ['complaints'] as const,
  one: (id: string) => ['complaints', id] as const,
};

export function useComplaints() {
  return useQuery({
    queryKey: complaintKeys.all,
    queryFn: () => call(api.GET('/api/v1/complaints')),
  });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: complaintKeys.one(id),
    queryFn: () => call(api.GET('/api/v1/complaints/{id}', { params: { path: { id } } })),
  });
}

/** Tag colours of a complaint's status. */
export const COMPLAINT_STATUS_COLORS: Record<string, string> = {
  RECEIVED: 'processing',
  ACCEPTED: 'processing',
  NOT_ACCEPTED: 'default',
  UPHELD: 'success',
  PARTLY_UPHELD: 'warning',
  REJECTED: 'error',
};
