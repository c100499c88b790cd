import { roleSchema } from '@portal/contracts';
import { useParams, useSearchParams } from 'react-router';
import { PersonPage } from '@/features/people/components/person-page';

export function PersonRoute() {
  const { userId = '' } = useParams();
  const [sp] = useSearchParams();
  const role = roleSchema.safeParse(sp.get('assignRole'));
  return (
    <PersonPage
      key={userId}
      userId={userId}
      initialRole={role.success ? role.data : undefined}
      initialUnit={sp.get('assignUnit') ?? undefined}
    />
  );
}
