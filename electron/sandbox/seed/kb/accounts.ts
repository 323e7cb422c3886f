import { tierBenefits } from '../store-facts';
import { paragraphs, steps, type ArticleDraft } from './article';

const tierThresholds = {
  bronze: 'every customer',
  silver: '$1,000',
  gold: '$5,000',
  platinum: '$10,000',
} as const;

const accountTopics: ArticleDraft[] = [
  {
    title: 'Resetting your password',
    tags: ['account', 'password', 'login'],
    body: paragraphs(
      steps(
        'Choose "Forgot password" on the sign-in page.',
        'Enter the email address of your account; we send a reset link that works for one hour.',
        'Pick a new password of at least 10 characters.',
      ),
      'If the email does not arrive within a few minutes, check your spam folder and make sure you used the address the account was created with. Resetting the password signs you out on every other device.',
    ),
  },
  {
    title: 'Changing the email address on your account',
    tags: ['account', 'email', 'profile'],
    body: paragraphs(
      'Go to Account → Profile, enter the new email address and confirm with your password. We send a confirmation link to the new address; the change takes effect once you click it.',
      'Order confirmations for orders placed before the change keep the old address. If you no longer have access to the old address, contact us and we will verify your identity another way.',
    ),
  },
  {
    title: 'Turning on two-step verification',
    tags: ['account', 'security', '2fa'],
    body: paragraphs(
      'Two-step verification asks for a code from your phone when you sign in on a new device. Turn it on under Account → Security and choose an authenticator app or text messages.',
      'Save the backup codes we show you: they are the only way in if you lose your phone. If you are locked out without them, contact us; we verify your identity before removing two-step verification.',
    ),
  },
  {
    title: 'My account is locked',
    tags: ['account', 'login', 'security'],
    body: paragraphs(
      'After five failed sign-in attempts, the account locks for 30 minutes to protect it. You can wait, or reset the password, which unlocks it immediately.',
      'If you did not try to sign in, reset your password and turn on two-step verification, then contact us so we can review recent activity.',
    ),
  },
  {
    title: 'Deleting your account',
    tags: ['account', 'privacy', 'deletion'],
    body: paragraphs(
      'You can ask us to delete your account under Account → Privacy or by contacting us. We confirm by email and delete it within 30 days.',
      'Open orders, returns and refunds must be finished first. We keep order and payment records for as long as tax law requires, but they are no longer linked to a profile you can sign in to. Unused store credit is lost when the account is deleted.',
    ),
  },
  {
    title: 'Downloading your data',
    tags: ['account', 'privacy', 'data'],
    body: paragraphs(
      'Under Account → Privacy you can request a copy of the personal data we hold: profile, addresses, orders, returns and support conversations. We email a download link within 7 days.',
      'The download link is valid for 14 days and requires you to sign in.',
    ),
  },
  {
    title: 'Managing saved addresses',
    tags: ['account', 'address', 'shipping'],
    body: paragraphs(
      'Your address book holds up to 10 addresses. Mark one as the default to have it preselected at checkout, and add delivery instructions to any of them.',
      'Editing an address in the address book does not change orders that have already been placed; to change the address of an open order, see "Changing the shipping address after ordering".',
    ),
  },
  {
    title: 'Managing saved payment methods',
    tags: ['account', 'payments', 'billing'],
    body: paragraphs(
      'Add, remove or set a default payment method under Account → Payment methods. We only display the card brand and the last four digits.',
      'A payment method used by an open order cannot be removed until that order has shipped or been cancelled.',
    ),
  },
  {
    title: 'Email preferences and unsubscribing',
    tags: ['account', 'email', 'notifications'],
    body: paragraphs(
      'Use the unsubscribe link at the bottom of any marketing email, or choose what you receive under Account → Notifications.',
      'Order, shipping, return and refund emails are service messages: they are always sent, because they tell you about your purchases.',
    ),
  },
  {
    title: 'Text message notifications',
    tags: ['account', 'sms', 'notifications'],
    body: paragraphs(
      'Turn on text messages under Account → Notifications to get shipping and delivery updates on your phone. Standard message rates apply.',
      'Reply STOP to any message to turn them off. We never send marketing by text without a separate opt-in.',
    ),
  },
  {
    title: 'Finding your order history',
    tags: ['account', 'orders'],
    body: paragraphs(
      'Sign in and open Account → Orders to see every order, its status, tracking and returns. Orders placed as a guest with the same email address appear there too once you confirm them.',
      'You can filter the list by status and search by order number or product name.',
    ),
  },
  {
    title: 'Linking guest orders to your account',
    tags: ['account', 'orders', 'guest-checkout'],
    body: paragraphs(
      'If you ordered as a guest and later create an account with the same email address, we offer to link those orders automatically.',
      'Orders placed with a different email address can be linked by our team after we verify you placed them.',
    ),
  },
  {
    title: 'Merging two accounts',
    tags: ['account', 'merge'],
    body: paragraphs(
      'We can merge two accounts that belong to you. Contact us from the email address of the account you want to keep and name the other account.',
      'Orders, addresses, store credit and loyalty spend move to the kept account; saved payment methods do not, so add them again afterwards.',
    ),
  },
  {
    title: 'Updating your phone number',
    tags: ['account', 'phone', 'profile'],
    body: paragraphs(
      'Change your phone number under Account → Profile. If you use text messages for two-step verification, confirm the new number with a code before the old one stops working.',
    ),
  },
  {
    title: 'Signing in with a social account',
    tags: ['account', 'login'],
    body: paragraphs(
      'You can link a social sign-in to your account under Account → Security, and use it instead of your password.',
      'If you created the account with a social sign-in and want a password too, use "Forgot password" with the account email to set one.',
    ),
  },
  {
    title: 'How we use your personal data',
    tags: ['account', 'privacy'],
    body: paragraphs(
      'We use your details to deliver orders, handle returns and refunds, answer support requests and, if you agree, to send offers. Carriers receive only your name, address and phone number.',
      'We never sell personal data. Support conversations are kept for two years to help us resolve repeat issues quickly.',
    ),
  },
  {
    title: 'Recognising fake emails and messages',
    tags: ['account', 'security', 'phishing'],
    body: paragraphs(
      'We will never ask for your password, full card number or security code by email, text or phone. Our emails only link to our own website.',
      'If a message asks you to pay a fee to release a parcel or to "verify" your account, do not click it. Forward it to us and delete it.',
    ),
  },
  {
    title: 'Understanding loyalty tiers',
    tags: ['account', 'loyalty', 'tiers'],
    body: paragraphs(
      'Your tier depends on your total spend with us, after returns: silver from $1,000, gold from $5,000 and platinum from $10,000. Tiers are reviewed every night and never go down.',
      'See the article for each tier for its benefits. Your current tier is shown at the top of your account page.',
    ),
  },
];

/** Accounts: sign-in and security, profile, privacy, notifications, loyalty tiers. */
export function accountArticles(): ArticleDraft[] {
  const tiers = (Object.keys(tierBenefits) as (keyof typeof tierBenefits)[]).map((tier): ArticleDraft => ({
    title: `${tier[0]!.toUpperCase()}${tier.slice(1)} tier benefits`,
    tags: ['account', 'loyalty', tier],
    body: paragraphs(
      tier === 'bronze'
        ? 'Every customer starts at bronze.'
        : `You reach ${tier} once your total spend passes ${tierThresholds[tier]}.`,
      `${tier[0]!.toUpperCase()}${tier.slice(1)} members get ${tierBenefits[tier]}.`,
      'Benefits apply automatically at checkout and to returns; you do not need a code.',
    ),
  }));
  return [...accountTopics, ...tiers];
}
