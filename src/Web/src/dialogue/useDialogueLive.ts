import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopic } from '../api/live/LiveProvider';

/**
 * Keeps an open event page current: registrations and cancellation arrive on dialogue/{eventId}, answers and phase
 * changes on the consortium's topic (its public stream for suppliers and anonymous callers).
 */
export function useDialogueLive(eventId: string | null, consortiumId: string | null) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['dialogue'] });
  useLiveTopic(eventId ? `dialogue/${eventId}` : null, { onEvent: refresh });
  useLiveTopic(consortiumId ? `consortium/${consortiumId}` : null, { onEvent: refresh });
}
