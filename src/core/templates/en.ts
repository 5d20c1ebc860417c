// English template texts. Objectives say where we want to be, in words; key results say how we will
// know, with numbers that match values.ts.
import type { TemplateCatalogue } from './types';

/** Built on call, not at load: Apps Script evaluates the whole bundle before every custom-function call. */
export function enTemplates(): TemplateCatalogue {
  return {
    seo: {
      name: 'SEO',
      description: 'Organic search: rankings, traffic and the qualified leads that search brings in.',
      objectives: [
        {
          text: 'Become the answer people find when they search for what we do',
          keyResults: [
            'Grow monthly organic sessions from 18,000 to 26,000',
            'Rank on the first page of Google for 12 of our 20 priority keywords, up from 5',
            'Grow qualified leads from organic search from 140 to 210 a month',
          ],
        },
        {
          text: 'Give every visitor from search a fast, credible site worth staying on',
          keyResults: [
            'Cut the bounce rate of organic landing pages from 62% to 45%',
            'Bring the mobile load time (LCP) of our top 50 pages down from 3.2 s to 1.8 s',
            'Grow the number of domains linking to us from 340 to 450',
            'Raise the conversion rate of organic visitors from 1.4% to 2.2%',
          ],
        },
      ],
    },
    social: {
      name: 'Social media',
      description: 'Audience growth and engagement on the platforms where our buyers spend their time.',
      objectives: [
        {
          text: 'Build a community that looks forward to every post',
          keyResults: [
            'Grow Instagram followers from 24,000 to 31,000',
            'Raise the average engagement rate per post from 2.1% to 3.5%',
            'Grow monthly shares and saves from 1,800 to 3,000',
          ],
        },
        {
          text: 'Turn attention on social into real visits and sign-ups',
          keyResults: [
            'Grow monthly website sessions from social from 6,500 to 10,000',
            'Grow sign-ups attributed to social from 120 to 200 a month',
            'Cut the average reply time to comments and messages from 9 h to 2 h',
          ],
        },
      ],
    },
    content: {
      name: 'Content marketing',
      description: 'Articles, guides, video and the newsletter: content that attracts, teaches and converts.',
      objectives: [
        {
          text: 'Be the most useful voice in our industry',
          keyResults: [
            'Grow monthly blog readers from 40,000 to 55,000',
            'Grow newsletter subscribers from 8,200 to 10,500',
            'Earn 120 new backlinks to our articles this quarter, up from 60 last quarter',
          ],
        },
        {
          text: 'Make every piece we publish pull its weight',
          keyResults: [
            'Raise the average time on page from 1.8 min to 3 min',
            'Grow e-book downloads from 900 to 1,500 this quarter',
            'Raise the share of marketing-qualified leads (MQLs) that come from content from 18% to 30%',
          ],
        },
      ],
    },
    email: {
      name: 'Email marketing',
      description: 'Campaigns and automated journeys that get opened, clicked and bought from.',
      objectives: [
        {
          text: 'Send emails people are glad to open',
          keyResults: [
            'Raise the average open rate from 24% to 30%',
            'Raise the click-through rate from 3% to 5%',
            'Cut the unsubscribe rate per campaign from 0.6% to 0.3%',
          ],
        },
        {
          text: 'Make email our most profitable channel',
          keyResults: [
            'Grow monthly revenue from email from $42,000 to $60,000',
            'Raise the conversion rate of the welcome series from 4% to 7%',
            'Grow the list of active subscribers from 35,000 to 42,000',
          ],
        },
      ],
    },
    paidAds: {
      name: 'Paid advertising',
      description: 'Search, social and display campaigns that buy growth at a cost the business can carry.',
      objectives: [
        {
          text: 'Make every advertising dollar work harder',
          keyResults: [
            'Cut the cost per lead from $48 to $35',
            'Raise the return on ad spend (ROAS) from 2.4 to 3.5',
            'Raise the click-through rate (CTR) of search ads from 3.1% to 4.5%',
          ],
        },
        {
          text: 'Reach new audiences without giving up efficiency',
          keyResults: [
            'Win 1,200 new customers from paid channels this quarter, up from 800 last quarter',
            'Bring the customer acquisition cost (CAC) to $150 or less, from $172',
            'Grow monthly impressions in new audience segments from 400,000 to 900,000',
          ],
        },
      ],
    },
    pr: {
      name: 'Public relations',
      description: 'Earned media, reputation and the stories other people tell about the brand.',
      objectives: [
        {
          text: 'Become the brand journalists call first',
          keyResults: [
            'Grow earned media articles from 15 to 30 a quarter',
            'Grow coverage in top-tier publications from 1 to 5 outlets',
            'Grow our share of voice against the main competitors from 12% to 20%',
          ],
        },
        {
          text: 'Earn a reputation people trust and talk about',
          keyResults: [
            'Raise the average online review rating from 4.1 to 4.5',
            'Cut negative media mentions from 40 to 25 a month',
            'Grow monthly searches for the brand name from 9,000 to 12,000',
          ],
        },
      ],
    },
    partnerships: {
      name: 'Partnerships',
      description: 'Strategic alliances, co-marketing and referral partners that open new markets.',
      objectives: [
        {
          text: 'Build a partner network that opens doors we cannot open alone',
          keyResults: [
            'Grow the number of active partners from 18 to 30',
            'Grow partner-sourced revenue from $90,000 to $150,000 a quarter',
            'Grow customer referrals from partners from 60 to 110 a quarter',
          ],
        },
        {
          text: 'Be the partner everyone wants to work with',
          keyResults: [
            'Raise partner satisfaction from 7.2 to 8.5 out of 10',
            'Run 6 joint campaigns with partners this quarter, up from 2 last quarter',
            'Cut yearly partner churn from 15% to 8%',
          ],
        },
      ],
    },
    customerSuccess: {
      name: 'Customer success',
      description: 'Satisfaction, retention and lifetime value of the customers we already have.',
      objectives: [
        {
          text: 'Make customers so successful that they never think of leaving',
          keyResults: [
            'Cut monthly customer churn from 3.8% to 2.5%',
            'Raise the net promoter score (NPS) from 32 to 45',
            'Grow net revenue retention from 98% to 106%',
          ],
        },
        {
          text: 'Give every customer help that feels fast and personal',
          keyResults: [
            'Bring the first response time on support tickets to 60 min or less, from 180 min',
            'Cut the average time to resolve a ticket from 26 h to 12 h',
            'Raise customer satisfaction (CSAT) from 4.2 to 4.6 out of 5',
            'Raise the share of new customers who finish onboarding within 30 days from 55% to 75%',
          ],
        },
      ],
    },
    mobile: {
      name: 'Mobile marketing',
      description: 'App store visibility, installs, activation and retention on mobile devices.',
      objectives: [
        {
          text: 'Make our app the one people pick in the store',
          keyResults: [
            'Grow monthly app installs from 12,000 to 18,000',
            'Raise the conversion rate of our store listing from 27% to 35%',
            'Raise the average store rating from 4.0 to 4.5',
          ],
        },
        {
          text: 'Turn new installs into loyal everyday users',
          keyResults: [
            'Raise day-30 retention from 18% to 25%',
            'Grow monthly active users from 45,000 to 60,000',
            'Reach a crash-free session rate of at least 99.5%, from 98.6%',
            'Cut the app start time from 2,400 ms to 1,200 ms',
          ],
        },
      ],
    },
    productMarketing: {
      name: 'Product marketing',
      description: 'Positioning, launches and the demand that turns a product into market share.',
      objectives: [
        {
          text: 'Launch our new product as the obvious choice in its market',
          keyResults: [
            'Collect 1,000 pre-launch sign-ups, up from 250 today',
            'Grow monthly demo requests from 160 to 240',
            'Reach $120,000 of monthly recurring revenue from the new product, from $0',
          ],
        },
        {
          text: 'Tell a product story that customers repeat in their own words',
          keyResults: [
            'Raise the win rate against our main competitor from 22% to 30%',
            'Raise the share of surveyed buyers who can name our main benefit from 35% to 60%',
            'Cut sales questions about what the product does from 320 to 200 a month',
          ],
        },
      ],
    },
    abTesting: {
      name: 'A/B testing',
      description: 'Experiments on pages, emails and offers, and decisions taken from their data.',
      objectives: [
        {
          text: 'Decide with experiments, not opinions',
          keyResults: [
            'Run 24 A/B tests on key landing pages this quarter, up from 8 last quarter',
            'Raise the share of tests that reach statistical significance from 40% to 70%',
            'Cut the time from test idea to launch from 12 days to 5 days',
          ],
        },
        {
          text: 'Turn every lesson into a site that converts better',
          keyResults: [
            'Raise the website conversion rate from 2.3% to 3%',
            'Raise the average order value from $68 to $75',
            'Raise the click-through rate of the home page call to action (CTA) from 2% to 5%',
            'Cut checkout abandonment from 71% to 60%',
          ],
        },
      ],
    },
  };
}
