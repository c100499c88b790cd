import type { TFunction } from 'i18next';
import { ENTITY_TYPES } from './audit-filters';

/** A record type in words ("Enhed"), or the code itself for types this screen does not know. */
export function entityTypeLabel(type: string, t: TFunction): string {
  return (ENTITY_TYPES as readonly string[]).includes(type)
    ? t(`audit.entityTypes.${type as (typeof ENTITY_TYPES)[number]}`)
    : type;
}
