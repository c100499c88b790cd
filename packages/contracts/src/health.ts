import { z } from 'zod';
export const healthSchema = z.strictObject({ status: z.enum(['ok', 'unavailable']) });
