import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopic } from '../api/live/LiveProvider';

/**
 * Keeps the municipality's pages current: any event on its topic (needs, invitations, suggestions, new consortia)
 * makes the cached municipality data stale, and open pages fetch it again.
 */
export function useMunicipalityLive(number: string | null) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['municipality', number] });
  useLiveTopic(number ? `municipality/${number}` : null, { onEvent: refresh, onResync: refresh });
}

/** The same for one consortium: its page and the overview lines that show its phase and members. */
export function useConsortiumLive(consortiumId: string | null, municipality: string | null, reloadOnSubscribe = true) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['consortium', consortiumId] });
    void queryClient.invalidateQueries({ queryKey: ['municipality', municipality] });
  };
  useLiveTopic(consortiumId ? `consortium/${consortiumId}` : null, { onEvent: refresh, onResync: reloadOnSubscribe ? refresh : undefined });
}
