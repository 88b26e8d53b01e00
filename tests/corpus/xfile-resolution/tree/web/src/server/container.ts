import { claude, CLAUDE_MODEL } from '@/lib/claude';

import { EstimateAgent } from './agents/EstimateAgent';
import { WarrantyReminderJob } from './jobs/WarrantyReminderJob';

export const estimateAgent = new EstimateAgent(claude, CLAUDE_MODEL);
export const warrantyReminders = new WarrantyReminderJob();
