import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { errorMessage } from '../../api/client';
import { councilKeys, type SessionDto } from '../../api/council';

/** A change that answers with the whole session: the answer replaces the cached one; errors show as a message. */
export function useSessionChange<V>(id: number, change: (v: V) => Promise<SessionDto>, done?: string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: change,
    onSuccess: (s) => {
      qc.setQueryData(councilKeys.detail(id), s);
      void qc.invalidateQueries({ queryKey: councilKeys.list });
      void qc.invalidateQueries({ queryKey: councilKeys.candidates(id) });
      if (done) void message.success(done);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
}
