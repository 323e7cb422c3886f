import type { Plan } from './cheatsheet';

/**
 * The help-desk product the accounts subscribe to (the sandbox generates them, the renewal desk reads
 * them). Each plan includes the features of the plan below it plus its own, so "paid for" means "in
 * the plan's list".
 */

export const features = [
  'Shared Inbox',
  'Knowledge Base',
  'Reports',
  'Live Chat',
  'Automations',
  'Integrations',
  'Satisfaction Surveys',
  'Custom Roles',
  'API Access',
  'Single Sign-On',
  'Audit Log',
] as const;
export type Feature = (typeof features)[number];

/** How many of `features`, in order, each plan includes. */
const featureCount: Record<Plan, number> = { starter: 3, team: 5, business: 8, enterprise: 11 };

/** The features a plan pays for, in catalogue order. */
export const planFeatures = (plan: Plan): readonly Feature[] => features.slice(0, featureCount[plan]);

/** List price per seat per year, in currency units; subscriptions may carry a negotiated price. */
export const listPricePerSeat: Record<Plan, number> = {
  starter: 180,
  team: 360,
  business: 600,
  enterprise: 960,
};

/**
 * Rival products the generated touchpoints name: vendors of the shipped policy's competitor list, some
 * by a product alias (Freshdesk is Freshworks, Service Cloud is Salesforce), as customers say them.
 */
export const competitors = [
  'Zendesk',
  'Freshdesk',
  'Intercom',
  'HubSpot',
  'Service Cloud',
  'Gorgias',
  'Help Scout',
  'Zoho Desk',
] as const;
