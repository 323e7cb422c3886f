import { carriers, freeShippingFrom, shippingSpeeds, warehouses } from '../store-facts';
import { dollars, paragraphs, steps, type ArticleDraft } from './article';

const delayCauses = [
  {
    cause: 'Severe weather',
    detail:
      'Storms, snow and flooding can close roads and ground cargo flights. Carriers hold parcels at the nearest safe hub until routes reopen, so the tracking page may not change for a day or two.',
    advice: 'Most weather delays clear within two to three business days of the roads reopening.',
  },
  {
    cause: 'High parcel volume',
    detail:
      'Around holidays and big sales, regional hubs receive far more parcels than usual. Sorting queues grow and a parcel can miss its planned truck by a day.',
    advice: 'Volume delays usually add one or two business days; the parcel keeps moving once it is sorted.',
  },
  {
    cause: 'A missed connection',
    detail:
      'Parcels travel between facilities on scheduled trucks and flights. When one leg runs late, the parcel waits for the next departure on that route.',
    advice: 'The tracking page normally shows a new estimated delivery date within 24 hours.',
  },
  {
    cause: 'An address problem',
    detail:
      'If the driver cannot match the address (a missing apartment number, a misspelt street or a new-build home), the carrier holds the parcel while it checks the details.',
    advice:
      'Contact us quickly with the corrected address: we can pass it to the carrier while the parcel is held.',
  },
  {
    cause: 'A damaged label',
    detail:
      'Labels sometimes tear or get wet in transit. The carrier then reprints a label from its records, which takes an extra scan and often an extra day.',
    advice: 'No action is needed from you; if tracking stops for more than three business days, contact us.',
  },
  {
    cause: 'A vehicle breakdown',
    detail:
      'Occasionally a delivery van or truck breaks down on its route. Parcels on board are moved to another vehicle, usually for delivery the next business day.',
    advice: 'Expect delivery one business day later than the original estimate.',
  },
];

const deliveryTopics: ArticleDraft[] = [
  {
    title: 'My package shows delivered but I have not received it',
    tags: ['shipping', 'missing-package', 'delivery'],
    body: paragraphs(
      'Sometimes a carrier marks a parcel as delivered a little before it actually arrives, or leaves it somewhere less obvious. Before anything else, please check these places:',
      steps(
        'Look around the delivery address: porches, side doors, garages, mailrooms and parcel lockers.',
        'Ask neighbours and anyone else at the address whether they took it in.',
        'Check the tracking page for a delivery photo or a note such as "left with reception".',
        'Wait until the end of the next business day: many "missing" parcels turn up by then.',
      ),
      'If the parcel still has not appeared, contact us with the order number. We open a trace with the carrier, which usually takes up to 48 hours. If the carrier cannot find it, we send a replacement or refund the missing items.',
    ),
  },
  {
    title: 'My package was delivered to the wrong address',
    tags: ['shipping', 'delivery', 'wrong-address'],
    body: paragraphs(
      'If the delivery photo or the location on the tracking page shows a different address from yours, contact us with your order number as soon as possible.',
      'First we compare the address on the order with the one the carrier used. If the order address was correct, we ask the carrier to recover the parcel and, if it cannot, we ship a replacement at no cost. If the order address contained a mistake, we can still ask the carrier to redirect the parcel, but a replacement may not be free of charge.',
      'To avoid this next time, check the shipping address at checkout; you can keep several addresses in your account.',
    ),
  },
  {
    title: 'My order arrived damaged',
    tags: ['shipping', 'damaged', 'returns'],
    body: paragraphs(
      'We are sorry your order arrived damaged. Please keep the item and all packaging until the issue is settled, because the carrier may ask to inspect them.',
      steps(
        'Take photos of the damaged item, the box and the shipping label.',
        'Contact us within 14 days of delivery with your order number and the photos.',
        'Choose a replacement or a refund; we email a prepaid return label if the item needs to come back.',
      ),
      'Damaged deliveries never count against your return window, and you never pay return shipping for them.',
    ),
  },
  {
    title: 'Items are missing from my delivery',
    tags: ['shipping', 'missing-items', 'split-shipment'],
    body: paragraphs(
      'Larger orders sometimes ship in more than one box, from more than one warehouse. Check your order details: each parcel has its own tracking number, and the missing item may still be on its way.',
      'If every parcel has arrived and something is still missing, contact us with the order number and the item name. We check the packing record and send the missing item or refund it, usually the same day.',
    ),
  },
  {
    title: 'Changing the shipping address after ordering',
    tags: ['shipping', 'address-change', 'orders'],
    body: paragraphs(
      'You can change the shipping address while the order is still pending or processing, that is, before it leaves our warehouse. Contact us with the order number and the new address and we update it straight away.',
      'Once an order has shipped, the address can no longer be changed on our side. In that case we can ask the carrier to redirect the parcel, which is not always possible and may add a day or two, or you can refuse the delivery and we will refund the order when it comes back to us.',
    ),
  },
  {
    title: 'Cancelling an order',
    tags: ['shipping', 'orders', 'cancellations'],
    body: paragraphs(
      'You can cancel an order while it is pending or processing, that is, before it leaves our warehouse. Open the order in your account and choose "Cancel order", or contact us with the order number and the reason.',
      'The full amount is refunded to the original payment method as soon as the cancellation is confirmed: immediately for gift cards, within 5 to 7 business days for cards.',
      'Once an order has shipped it can no longer be cancelled. You can refuse the delivery, or return the items when they arrive, and we refund them when they are back with us.',
    ),
  },
  {
    title: 'Changing the items in an order',
    tags: ['shipping', 'orders', 'modify-order'],
    body: paragraphs(
      'While an order is pending, we can swap an item for another size or colour of the same product, as long as it is in stock. Contact us with the order number and every change you want: items can be changed only once per order.',
      'If the new items cost more, we charge the difference to the payment method you choose; if they cost less, we refund it. To add a different product, place a new order instead.',
    ),
  },
  {
    title: 'Why did my order arrive in several boxes?',
    tags: ['shipping', 'split-shipment'],
    body: paragraphs(
      `We ship from three warehouses (${warehouses.join(', ')}). To get your items to you as fast as possible, an order can leave from more than one of them, so it arrives in separate boxes on different days.`,
      'You never pay extra shipping for a split order. Each box has its own tracking number, shown on the order page and in your shipping emails.',
    ),
  },
  {
    title: 'Signature-required deliveries',
    tags: ['shipping', 'delivery', 'signature'],
    body: paragraphs(
      'Orders over $500 and all orders of knives ship with signature required. The driver cannot leave these parcels unattended.',
      'If nobody is home, the carrier leaves a notice and tries again the next business day. After three attempts the parcel is held at the local depot for five business days before it is returned to us. You can also redirect it to a pickup point from the carrier’s tracking page.',
    ),
  },
  {
    title: 'Adding delivery instructions',
    tags: ['shipping', 'delivery', 'instructions'],
    body: paragraphs(
      'You can add delivery instructions, such as a gate code or "leave with reception", in the address book of your account. They print on the shipping label of every order sent to that address.',
      'Instructions added after an order has shipped do not reach the label, but most carriers let you add a note from their tracking page.',
    ),
  },
  {
    title: 'Shipping to PO boxes and military addresses',
    tags: ['shipping', 'po-box', 'apo-fpo'],
    body: paragraphs(
      'We deliver to PO boxes and to APO, FPO and DPO addresses with Meridian Post, which is the only one of our carriers that serves them. Choose Standard shipping at checkout; express and overnight are not available to these addresses.',
      'Delivery to military addresses usually takes 10 to 20 business days, and tracking may stop updating once the parcel enters the military mail system.',
    ),
  },
  {
    title: 'Shipping to Alaska and Hawaii',
    tags: ['shipping', 'alaska', 'hawaii'],
    body: paragraphs(
      'We ship to Alaska and Hawaii with Standard and Express shipping. Standard delivery takes 7 to 12 business days because parcels travel by air and sea; Express takes 3 to 5 business days.',
      `The free shipping threshold of ${dollars(freeShippingFrom)} also applies to Alaska and Hawaii for Standard shipping. Some large items, such as tents, can only travel by ground and sea, and their product page says so.`,
    ),
  },
  {
    title: 'Do you ship internationally?',
    tags: ['shipping', 'international', 'customs'],
    body: paragraphs(
      'At the moment we only ship within the United States, including Alaska, Hawaii and military addresses. We do not ship to other countries, and we cannot send orders to freight forwarders.',
      'If you are travelling, you can order to a US address, such as a friend’s home or a hotel that accepts parcels for guests.',
    ),
  },
  {
    title: 'Holiday shipping deadlines',
    tags: ['shipping', 'holidays', 'deadlines'],
    body: paragraphs(
      'To receive an order before a holiday, place it by these days before the holiday itself:',
      steps(
        'Standard shipping: at least 10 days before.',
        'Express shipping: at least 5 days before.',
        'Overnight shipping: by noon Eastern time, 2 business days before.',
      ),
      'Carriers run reduced services on public holidays, and delivery estimates during December include an extra day for the higher volume.',
    ),
  },
  {
    title: 'My order has not arrived yet: what happens when a delivery is late',
    tags: ['shipping', 'delay', 'credits', 'late-delivery'],
    body: paragraphs(
      'Every order shows a "promised by" date. If the carrier will miss it, the tracking page changes to "delayed" and shows a new estimate, and we email you.',
      'If your order has not arrived and you need it by a particular day (before a birthday, a trip or this Friday), contact us with the order number and the date. Depending on where the parcel is, we can ask the carrier for priority handling, send a replacement by express or overnight shipping so it arrives in time, or cancel and refund it if it has not shipped yet.',
      'For late deliveries we may offer a goodwill credit or refund the shipping charge. Gold and platinum members can also ask for a free overnight upgrade on a replacement.',
    ),
  },
  {
    title: 'Rescheduling a delivery or holding a package',
    tags: ['shipping', 'delivery', 'pickup'],
    body: paragraphs(
      'All of our carriers let you choose a different delivery day or send the parcel to a pickup point from their tracking page, usually free of charge. Open the tracking link in your shipping email and look for "change delivery".',
      'If you cannot change it yourself, contact us and we will ask the carrier on your behalf. Parcels can be held for up to five business days.',
    ),
  },
  {
    title: 'Upgrading the shipping speed of an order',
    tags: ['shipping', 'express', 'upgrade'],
    body: paragraphs(
      'You can upgrade the shipping speed of an order while it is pending. Contact us and we charge only the difference between the two shipping prices.',
      'Once an order has shipped, its speed cannot change. If it is running late and you need it sooner, we can send a replacement by a faster service and arrange the return of the first parcel.',
    ),
  },
  {
    title: 'Tracking numbers: where to find them',
    tags: ['shipping', 'tracking'],
    body: paragraphs(
      'We email the tracking number when your order ships, usually within one business day of ordering. You can also find it on the order page in your account and in the shipping confirmation text message if you have those turned on.',
      'Tracking may show "label created" for up to 24 hours before the carrier scans the parcel. If it has not changed after two business days, contact us.',
      `Tracking numbers start with the carrier’s letters: ${carriers.map((c) => `${c.name}, ${c.shape}`).join('; ')}.`,
    ),
  },
];

const regions = [
  { name: 'Pacific Northwest', states: 'Washington, Oregon and Idaho', standard: '3 to 5', from: 'Reno' },
  { name: 'California and Nevada', states: 'California and Nevada', standard: '2 to 4', from: 'Reno' },
  { name: 'Southwest', states: 'Arizona, New Mexico, Utah and Colorado', standard: '3 to 5', from: 'Reno' },
  {
    name: 'Texas and the South Central states',
    states: 'Texas, Oklahoma and Louisiana',
    standard: '4 to 6',
    from: 'Columbus',
  },
  {
    name: 'Midwest',
    states: 'Illinois, Ohio, Michigan, Indiana, Wisconsin and Minnesota',
    standard: '2 to 4',
    from: 'Columbus',
  },
  {
    name: 'Southeast',
    states: 'Georgia, Florida, Tennessee and the Carolinas',
    standard: '3 to 5',
    from: 'Columbus',
  },
  {
    name: 'Northeast',
    states: 'New York, New Jersey, Pennsylvania and New England',
    standard: '2 to 4',
    from: 'Allentown',
  },
];

/** Shipping: speeds and fees, carriers and tracking, delays, delivery problems, regions. */
export function shippingArticles(): ArticleDraft[] {
  const speeds = shippingSpeeds.map((speed): ArticleDraft => ({
    title: `${speed.name} shipping: cost and delivery time`,
    tags: ['shipping', speed.name.toLowerCase(), 'delivery-time', 'fees'],
    body: paragraphs(
      `${speed.name} shipping delivers in ${speed.days} after the order leaves our warehouse. Orders placed before 1 pm Eastern on a business day usually leave the same day.`,
      speed.name === 'Standard'
        ? `Standard shipping costs ${dollars(speed.fee)}, and it is free on orders of ${dollars(freeShippingFrom)} or more after discounts.`
        : `${speed.name} shipping costs ${dollars(speed.fee)} per order, whatever the order value. Gold members get express shipping free, and platinum members get free overnight upgrades on late orders.`,
      'The promised-by date on your order confirmation already includes the time we need to pack the order. Weekends and public holidays are not business days.',
    ),
  }));
  const carrierTracking = carriers.map((carrier): ArticleDraft => ({
    title: `Tracking a ${carrier.name} shipment`,
    tags: ['shipping', 'tracking', carrier.name.toLowerCase().replace(/\s+/g, '-')],
    body: paragraphs(
      `${carrier.name} tracking numbers are ${carrier.shape}. Open the tracking link in your shipping email, or enter the number on the order page of your account, to see each scan: pickup, hub arrivals and departures, out for delivery and delivered.`,
      `${carrier.name} updates tracking every time the parcel is scanned, which can be up to a day apart while it travels between hubs. A parcel that shows no new scan for three business days may be delayed; contact us and we will check with ${carrier.name}.`,
      `If ${carrier.name} marks the parcel as delayed, the tracking page shows the reason and a new estimated date.`,
    ),
  }));
  const delays = delayCauses.map((delay): ArticleDraft => ({
    title: `Why is my order delayed? ${delay.cause}`,
    tags: ['shipping', 'delay', 'tracking'],
    body: paragraphs(
      delay.detail,
      delay.advice,
      'When a parcel will miss its promised date, we email you with the new estimate. If you need it by a particular day, contact us: we can ask for priority handling, send a replacement by a faster service, or refund the shipping charge.',
    ),
  }));
  const regional = regions.map((region): ArticleDraft => ({
    title: `Delivery times to the ${region.name}`,
    tags: ['shipping', 'delivery-time', 'regions'],
    body: paragraphs(
      `Most orders to ${region.states} ship from our ${region.from} warehouse. Standard shipping usually arrives in ${region.standard} business days, express in 2 to 3, and overnight on the next business day when ordered before 1 pm Eastern.`,
      'Rural addresses can take a day longer, and split orders may ship part of the items from another warehouse.',
    ),
  }));
  return [...speeds, ...carrierTracking, ...delays, ...deliveryTopics, ...regional];
}
