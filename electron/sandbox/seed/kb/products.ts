import { productSpecs } from '../catalog-data';
import { categories, type Category } from '../store-facts';
import { dollars, paragraphs, type ArticleDraft } from './article';

const warrantyCovers: Record<Category, string> = {
  apparel: '',
  footwear: 'sole separation, broken eyelets and failed stitching',
  electronics: 'batteries that no longer hold a charge, dead pixels, faulty buttons and connection faults',
  home: 'cracks, warping and loose handles that are not caused by misuse',
  outdoor: 'broken poles, failed zips, seam leaks and buckle breakage',
  beauty: '',
  accessories: 'broken hinges, zips and stitching',
};

const sizeGuides: ArticleDraft[] = [
  {
    title: 'Size guide: clothing',
    tags: ['products', 'sizing', 'apparel'],
    body: paragraphs(
      'Our tops run true to size with a relaxed fit. Measure around the fullest part of your chest and compare: XS 32–34 in, S 35–37 in, M 38–40 in, L 41–43 in, XL 44–46 in, XXL 47–49 in.',
      'Chinos are sized by waist in inches with a 32 in inseam. Between sizes? Choose the larger for tops and the smaller for chinos, which have some stretch. Exchanges for another size are always free.',
    ),
  },
  {
    title: 'Size guide: shoes and slippers',
    tags: ['products', 'sizing', 'footwear'],
    body: paragraphs(
      'Shoes use US sizes. Trail shoes fit snugly for stability; go half a size up if you wear thick socks or have wide feet. Chelsea boots stretch slightly with wear, so choose your usual size.',
      'House slippers come in S (US 5–7), M (US 8–10) and L (US 11–13).',
    ),
  },
  {
    title: 'Size guide: bedding',
    tags: ['products', 'sizing', 'home'],
    body: paragraphs(
      'Duvet covers fit standard inserts: Twin 68 × 90 in, Queen 90 × 90 in, King 106 × 90 in. Linen shrinks up to 3% in the first wash, which is already allowed for in these sizes.',
    ),
  },
];

const productTopics: ArticleDraft[] = [
  {
    title: 'Out of stock items and restock alerts',
    tags: ['products', 'stock', 'availability'],
    body: paragraphs(
      'When a size or colour is out of stock, choose "Notify me" on the product page and we email you when it is back. Most variants are restocked within four to six weeks.',
      'We cannot reserve out-of-stock items or take back-orders. An exchange can only be made to a variant that is in stock.',
    ),
  },
  {
    title: 'Product reviews',
    tags: ['products', 'reviews'],
    body: paragraphs(
      'Anyone who bought an item can review it from the order page, up to a year after delivery. Reviews are checked for personal data and offensive language before they appear, usually within two days.',
    ),
  },
  {
    title: 'Why does the colour look different from the photo?',
    tags: ['products', 'colour', 'returns'],
    body: paragraphs(
      'We photograph products in daylight, but screens show colours differently, and natural materials such as linen and leather vary from batch to batch.',
      'If the colour is not what you expected, you can exchange it for free or return it within the return window for its category.',
    ),
  },
];

/** Products: one article per catalog product (options, care, returns, warranty), size guides, warranties. */
export function productArticles(): ArticleDraft[] {
  const perProduct = productSpecs.map((spec): ArticleDraft => {
    const { label, returnDays, warrantyMonths } = categories[spec.category];
    const options = spec.axes.map((axis) => `${axis.name}: ${axis.values.join(', ')}`).join('; ');
    return {
      title: `${spec.name}: options, care and warranty`,
      tags: ['products', spec.category, spec.slug],
      body: paragraphs(
        `${spec.description} Prices start at ${dollars(spec.price - 0.01)}.`,
        `Available options (${options}). Availability differs by option, and the product page shows what is in stock.`,
        `Care: ${spec.care}`,
        warrantyMonths > 0
          ? `Like all our ${label}, it can be returned within ${returnDays} days of delivery and has a ${warrantyMonths}-month warranty against manufacturing faults.`
          : `Like all our ${label}, it can be returned within ${returnDays} days of delivery.`,
      ),
    };
  });
  const warranties = (Object.keys(categories) as Category[])
    .filter((category) => categories[category].warrantyMonths > 0)
    .map((category): ArticleDraft => {
      const { label, warrantyMonths } = categories[category];
      return {
        title: `Warranty on ${label}`,
        tags: ['products', 'warranty', category],
        body: paragraphs(
          `Our ${label} carry a ${warrantyMonths}-month warranty from the delivery date. It covers ${warrantyCovers[category]}.`,
          'It does not cover normal wear, accidents, or damage from misuse or from ignoring the care instructions. To make a claim, contact us with the order number and a photo or video of the fault; we repair, replace or refund the item.',
        ),
      };
    });
  return [...perProduct, ...sizeGuides, ...warranties, ...productTopics];
}
