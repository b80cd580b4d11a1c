using System.Globalization;
using System.Net.Http.Headers;

namespace Inventory.Channels.Walmart;

/// <summary>The headers every Walmart Marketplace call carries: the service name and a new correlation id.</summary>
internal static class WalmartServiceHeaders
{
    public static void Add(HttpRequestMessage request, string serviceName)
    {
        request.Headers.TryAddWithoutValidation("WM_SVC.NAME", serviceName);
        request.Headers.TryAddWithoutValidation(
            "WM_QOS.CORRELATION_ID", Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }
}
