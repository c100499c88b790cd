import { localDescriptionSchema, type LocalDescription, type LocalRole } from '@portal/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { localUrl } from './get-local';

/**
 * The writes on a local description: save (PUT), submit, sign and implement (POST). Each answers
 * the updated description; the overview is invalidated.
 */
export type LocalAction =
  | { kind: 'save'; text: string; version: number }
  | { kind: 'submit'; version: number }
  | { kind: 'sign'; version: number; as: 'UAO' | 'DEPARTMENT_HEAD' }
  | { kind: 'implement'; version: number; implementedOn: string };

export function runLocalAction(unitId: string, role: LocalRole, a: LocalAction): Promise<LocalDescription> {
  const url = localUrl(unitId, role);
  switch (a.kind) {
    case 'save':
      return api.put(url, { text: a.text, version: a.version }, localDescriptionSchema);
    case 'submit':
      return api.post(`${url}/submit`, { version: a.version }, localDescriptionSchema);
    case 'sign':
      return api.post(`${url}/sign`, { version: a.version, as: a.as }, localDescriptionSchema);
    case 'implement':
      return api.post(
        `${url}/implement`,
        { version: a.version, implementedOn: a.implementedOn },
        localDescriptionSchema,
      );
  }
}

export function useLocalAction(unitId: string, role: LocalRole) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: LocalAction) => runLocalAction(unitId, role, a),
    onSuccess: (data) => {
      qc.setQueryData(['function-descriptions', 'local', unitId, role], data);
      void qc.invalidateQueries({ queryKey: ['function-descriptions', 'overview'] });
    },
  });
}
