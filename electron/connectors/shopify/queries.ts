// Admin GraphQL documents (API version 2025-07), each asking only for the fields map.ts reads.

const orderFields = `
fragment OrderFields on Order {
  id
  name
  email
  processedAt
  cancelledAt
  displayFinancialStatus
  displayFulfillmentStatus
  paymentGatewayNames
  customer { id }
  totalPriceSet { shopMoney { amount currencyCode } }
  shippingAddress { firstName lastName company phone address1 address2 city provinceCode zip countryCodeV2 }
  fulfillments(first: 10) { displayStatus estimatedDeliveryAt }
  lineItems(first: 100) { nodes { sku name quantity originalUnitPriceSet { shopMoney { amount } } } }
}`;

const productFields = `
fragment ProductFields on Product {
  id
  title
  description
  variants(first: 100) { nodes { sku price availableForSale selectedOptions { name value } } }
}`;

export const connectionTest = `
query ConnectionTest {
  shop { name myshopifyDomain }
  orders(first: 1) { nodes { id } }
  products(first: 1) { nodes { id } }
}`;

export const ordersByQuery = `
query Orders($query: String!, $first: Int!) {
  orders(first: $first, query: $query, sortKey: PROCESSED_AT, reverse: true) { nodes { ...OrderFields } }
}
${orderFields}`;

export const orderCancel = `
mutation OrderCancel($orderId: ID!, $reason: OrderCancelReason!, $staffNote: String) {
  orderCancel(
    orderId: $orderId
    reason: $reason
    refundMethod: { originalPaymentMethodsRefund: false }
    restock: true
    notifyCustomer: false
    staffNote: $staffNote
  ) {
    job { id }
    orderCancelUserErrors { field message code }
  }
}`;

export const orderUpdate = `
mutation OrderUpdate($input: OrderInput!) {
  orderUpdate(input: $input) {
    order { ...OrderFields }
    userErrors { field message }
  }
}
${orderFields}`;

export const returnableLines = `
query ReturnableLines($orderId: ID!) {
  returnableFulfillments(orderId: $orderId, first: 10) {
    nodes {
      returnableFulfillmentLineItems(first: 50) {
        nodes {
          quantity
          fulfillmentLineItem {
            id
            lineItem {
              sku
              product { id }
              discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount currencyCode } }
            }
          }
        }
      }
    }
  }
}`;

export const returnCreate = `
mutation ReturnCreate($returnInput: ReturnInput!) {
  returnCreate(returnInput: $returnInput) {
    return { id name }
    userErrors { field message code }
  }
}`;

export const productById = `
query Product($id: ID!) {
  product(id: $id) { ...ProductFields }
}
${productFields}`;

export const variantsBySku = `
query VariantsBySku($query: String!) {
  productVariants(first: 10, query: $query) {
    nodes { id sku price availableForSale product { ...ProductFields } }
  }
}
${productFields}`;
