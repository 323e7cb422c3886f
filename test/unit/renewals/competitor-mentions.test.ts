import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../electron/policy/default-policy';
import { findCompetitorMentions } from '../../../electron/renewals/competitor-mentions';
import type { Touchpoint } from '../../../electron/sandbox/format';
import type { Competitor } from '../../../shared/policy';

const competitors = defaultPolicy().renewals!.competitors;
const ownNames = ['Alder Outfitters', 'Ana Silva'];

const touchpoint = (summary: string, at = '2025-06-01T10:00:00.000Z'): Touchpoint => ({
  accountId: 'acc_1',
  at,
  channel: 'call',
  summary,
});

const find = (summaries: string[], list: readonly Competitor[] = competitors) =>
  findCompetitorMentions(
    summaries.map((summary) => touchpoint(summary)),
    { competitors: list, ownNames },
  );
const named = (summary: string, list: readonly Competitor[] = competitors) =>
  find([summary], list).map((m) => (m.possible ? `possible ${m.competitor}` : m.competitor));

describe('competitor mentions from the policy’s list', () => {
  it('ships real vendors of the help-desk and CRM field, with their product names', () => {
    expect(competitors.map((c) => c.name)).toEqual([
      'Zendesk',
      'Freshworks',
      'Intercom',
      'HubSpot',
      'Salesforce',
      'Gorgias',
      'Help Scout',
      'Front',
      'Kustomer',
      'Zoho Desk',
      'Gladly',
      'ServiceNow',
    ]);
    expect(competitors.find((c) => c.name === 'Freshworks')?.aliases).toEqual([
      'Freshdesk',
      'Freshchat',
      'Freshservice',
    ]);
  });

  it('reports the touchpoint with the vendor’s name, not possible', () => {
    expect(find(['They trialled ZENDESK  last week.'])).toEqual([
      {
        at: '2025-06-01T10:00:00.000Z',
        channel: 'call',
        summary: 'They trialled ZENDESK  last week.',
        competitor: 'Zendesk',
        possible: false,
      },
    ]);
  });

  it.each([
    ['They’re evaluating Freshworks, pricing is hard to justify', 'Freshworks'],
    ['The support team piloted freshdesk for a month.', 'Freshworks'],
    ['Their sales side runs on Freshchat already.', 'Freshworks'],
    ['IT prefers ServiceNow for everything.', 'ServiceNow'],
    ['Finance got a number for Service Cloud.', 'Salesforce'],
    ['finance got a number for service   cloud.', 'Salesforce'],
    ['They already pay for Salesforce.', 'Salesforce'],
    ['Marketing uses hubspot and likes Service Hub.', 'HubSpot'],
    ['Asked whether we integrate with HELP SCOUT.', 'Help Scout'],
    ['Their old tool was HelpScout.', 'Help Scout'],
    ['Zoho quoted them per agent.', 'Zoho Desk'],
    ['Zoho Desk came up twice.', 'Zoho Desk'],
    ['The Shopify team swears by Gorgias.', 'Gorgias'],
    ['A board member sits on the Kustomer advisory board.', 'Kustomer'],
    ['The CTO used Intercom at his last company.', 'Intercom'],
    ['They looked at Front for the shared inbox.', 'Front'],
    ['Gladly reached out to them directly.', 'Gladly'],
  ])('finds the vendor in “%s”', (summary, vendor) => {
    expect(named(summary)).toEqual([vendor]);
  });

  it('lists each vendor once per touchpoint, in the order the touchpoint names them', () => {
    expect(
      named('Weighing Intercom against Zendesk, and Zendesk again; also Freshdesk and Freshchat.'),
    ).toEqual(['Intercom', 'Zendesk', 'Freshworks']);
  });

  it('keeps touchpoint order across touchpoints', () => {
    const found = findCompetitorMentions(
      [
        touchpoint('Weighing Gorgias against Kustomer.', '2025-06-02T10:00:00.000Z'),
        touchpoint('Asked about Zendesk pricing.', '2025-05-02T10:00:00.000Z'),
      ],
      { competitors, ownNames },
    );
    expect(found.map((m) => m.competitor)).toEqual(['Gorgias', 'Kustomer', 'Zendesk']);
  });

  it.each([
    'Zendesks are everywhere in their industry.',
    'The frontline agents liked the new layout.',
    'They met at the front desk and would gladly add seats.',
    'Reviewed their Salesforcey workflow names.',
    'Intercoms in the office were being replaced.',
    'Quarterly check-in.',
  ])('finds no vendor in “%s”', (summary) => {
    expect(named(summary)).toEqual([]);
  });
});

describe('an edited competitor list', () => {
  const edited: Competitor[] = [{ name: 'Acme Helpdesk', aliases: ['Acme', 'AcmeChat'], matchCase: false }];

  it('finds only the vendors it lists, under their names', () => {
    const summaries = ['Acme came in with a quote.', 'They like acmechat.', 'Evaluating Zendesk as well.'];
    expect(find(summaries, edited).map((m) => [m.competitor, m.possible])).toEqual([
      ['Acme Helpdesk', false],
      ['Acme Helpdesk', false],
      ['Zendesk', true],
    ]);
    expect(find(summaries).map((m) => [m.competitor, m.possible])).toEqual([['Zendesk', false]]);
  });

  it('finds listed vendors in no touchpoint when the list is empty', () => {
    expect(find(['Zendesk and Intercom came up.'], [])).toEqual([]);
  });
});

describe('possible competitors from cue phrases', () => {
  it.each([
    ['They are switching to Tidio next quarter.', 'Tidio'],
    ['Thinking of moving to Re Amaze Cloud before renewal.', 'Re Amaze Cloud'],
    ['Got a quote from LiveAgent for 40 seats.', 'LiveAgent'],
    ['Procurement is evaluating HappyFox this month.', 'HappyFox'],
    ['The team trialled Trengo for a week.', 'Trengo'],
    ['The team is trialling Dixa.', 'Dixa'],
    ['They trialed Richpanel over the summer.', 'Richpanel'],
    ['Procurement is comparing us with Jira Service Management on price.', 'Jira Service Management'],
    ['Said Tidio offered three months free to switch.', 'Tidio'],
    ['Booked a demo of Hiver on Thursday.', 'Hiver'],
    ['Looking at Monday.com for the whole company.', 'Monday.com'],
    ['Asked for a feature comparison with Kayako.', 'Kayako'],
    ['Signed with Deskpro last week.', 'Deskpro'],
  ])('flags the name in “%s”', (summary, name) => {
    expect(find([summary])).toMatchObject([{ competitor: name, possible: true }]);
  });

  it('cuts a name at the first word that names no vendor', () => {
    expect(named('Evaluating Hiver Monday with the CFO.')).toEqual(['possible Hiver']);
    expect(named('Apparently Kayako offered a discount.')).toEqual(['possible Kayako']);
  });

  it('keeps a listed vendor after a cue phrase as the listed vendor', () => {
    expect(named('They are switching to Zendesk Suite in March.')).toEqual(['Zendesk']);
    expect(named('Got a quote from Freshdesk.')).toEqual(['Freshworks']);
  });

  it('lists listed and possible competitors in the order the touchpoint names them', () => {
    expect(named('Comparing us with Tidio and Zendesk; Tidio offered a discount.')).toEqual([
      'possible Tidio',
      'Zendesk',
    ]);
  });

  it.each([
    'They are looking at Monday for the rollout.',
    'Evaluating Q3 numbers before deciding.',
    'Moving to March for the kickoff.',
    'Got a quote from Finance for the new seats.',
    'Ana offered to send the signed order form.',
    'Ana Silva offered to introduce the new admin.',
    'Switching to Alder Outfitters billing entity.',
    'Booked a demo of Live Chat for the new agents.',
    'Looking at Single Sign-On and Audit Log next.',
    'They are switching to annual billing.',
    'We offered a training session.',
    'Looking at the Reports together on Friday.',
    'Switching to Enterprise next year.',
    'They evaluated options with their team.',
  ])('flags nothing in “%s”', (summary) => {
    expect(named(summary)).toEqual([]);
  });
});
