import { useParams } from 'react-router';
import { VisitsPage } from '@/features/gp-visits/components/visits-page';

export function GpAreaVisitsRoute() {
  const { areaId = '' } = useParams();
  return <VisitsPage key={areaId} areaId={areaId} />;
}
