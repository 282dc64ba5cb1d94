import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/useSession';

/**
 * A change to a consortium: runs it, reloads the consortium and the municipality's own data, and keeps the
 * confirmation to show. A refusal stays in `error` for an ErrorAlert; nothing changed then.
 */
export function useConsortiumAction<T>(consortiumId: string, run: (arg: T) => Promise<unknown>, done: (arg: T) => string) {
  const queryClient = useQueryClient();
  const s = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setMessage(null),
    onSuccess: async (_, arg) => {
      setMessage(done(arg));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['consortium', consortiumId] }),
        queryClient.invalidateQueries({ queryKey: ['municipality', s?.tenant] }),
      ]);
    },
  });
  return { ...mutation, message };
}
