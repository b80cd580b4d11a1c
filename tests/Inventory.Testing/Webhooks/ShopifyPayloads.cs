using System.Globalization;
using System.Text;

namespace Inventory.Testing.Webhooks;

/// <summary>Shopify webhook bodies in the documented shapes, built for one order line at a time.</summary>
public static class ShopifyPayloads
{
    /// <summary>An <c>orders/create</c> body with one line. The movement id is <c>shopify:order:{orderId}:line:{lineId}:commit</c>.</summary>
    public static byte[] OrderCreated(long orderId, long lineId, string sku, int quantity) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""
            {"id":{{orderId}},"name":"#{{orderId}}","created_at":"2026-11-20T10:15:00-05:00","currency":"USD","line_items":[{"id":{{lineId}},"variant_id":{{lineId + 1000}},"sku":"{{sku}}","quantity":{{quantity}},"gift_card":false}]}
            """));

    /// <summary>An <c>orders/fulfilled</c> body: one successful fulfilment of the line.</summary>
    public static byte[] OrderFulfilled(long orderId, long fulfillmentId, long lineId, string sku, int quantity) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""
            {"id":{{orderId}},"fulfillment_status":"fulfilled","line_items":[{"id":{{lineId}},"sku":"{{sku}}","quantity":{{quantity}}}],"fulfillments":[{"id":{{fulfillmentId}},"order_id":{{orderId}},"status":"success","created_at":"2026-11-21T09:00:00Z","line_items":[{"id":{{lineId}},"sku":"{{sku}}","quantity":{{quantity}}}]}]}
            """));

    /// <summary>A <c>refunds/create</c> body: one returned and restocked unit count of a fulfilled line.</summary>
    public static byte[] RefundRestocked(long refundId, long orderId, long lineId, string sku, int quantity) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$$"""
            {"id":{{{refundId}}},"order_id":{{{orderId}}},"created_at":"2026-11-25T14:30:00Z","refund_line_items":[{"id":1,"line_item_id":{{{lineId}}},"quantity":{{{quantity}}},"restock_type":"return","line_item":{"id":{{{lineId}}},"sku":"{{{sku}}}","fulfillment_status":"fulfilled"}}]}
            """));

    /// <summary>The movement id an <see cref="OrderCreated"/> body yields.</summary>
    public static string CommitId(long orderId, long lineId) =>
        string.Create(CultureInfo.InvariantCulture, $"shopify:order:{orderId}:line:{lineId}:commit");
}
