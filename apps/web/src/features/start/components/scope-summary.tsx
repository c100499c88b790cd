import { Badge, Paper, Title } from '@mantine/core';
import { ROLE_SCOPE_KIND, type RoleAssignmentView } from '@portal/contracts';
import { useTranslation } from 'react-i18next';
import { Fact, Facts } from '@/components/ui/facts';
import { scopeChain, useAssignmentText } from '@/lib/scope';

interface ScopeSummaryProps {
  tenantName: string;
  assignment: RoleAssignmentView;
}

/**
 * The active assignment's real scope: region, hospital, department or area, and validity. For the
 * platform operator the scope is the whole platform; their region is shown last, as where their
 * user account is held.
 */
export function ScopeSummary({ tenantName, assignment }: ScopeSummaryProps) {
  const { t } = useTranslation();
  const text = useAssignmentText();
  const chain = scopeChain(assignment);
  // A platform-wide role (PLATFORM_ADMIN) is not limited to the region its user account is held in.
  const platformWide = ROLE_SCOPE_KIND[assignment.role] === 'PLATFORM';

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="scope-heading">
      <Title order={2} size="h3" id="scope-heading" mb="md">
        {t('start.scopeHeading')}
      </Title>
      <Facts data-testid="scope-summary">
        {!platformWide && (
          <Fact label={t('scope.region')} testId="scope-region">
            {tenantName}
          </Fact>
        )}
        {chain.length === 0 ? (
          <Fact label={t('scope.area')} testId="scope-area">
            {text.scopePath(assignment)}
          </Fact>
        ) : (
          chain.map((unit) => (
            <Fact key={unit.id} label={t(`unitKinds.${unit.kind}`)} testId={`scope-${unit.kind}`}>
              {unit.name}
            </Fact>
          ))
        )}
        <Fact label={t('scope.validity')} testId="scope-validity">
          {text.validity(assignment)}{' '}
          <Badge
            color={assignment.inForce ? 'teal' : 'gray'}
            variant="filled"
            ml={4}
            style={{ verticalAlign: 'middle' }}
          >
            {text.status(assignment)}
          </Badge>
        </Fact>
        {platformWide && (
          // Not a limit on the role: only where the operator's own user account is kept.
          <Fact label={t('scope.homeTenant')} testId="scope-region">
            {tenantName}
          </Fact>
        )}
      </Facts>
    </Paper>
  );
}
