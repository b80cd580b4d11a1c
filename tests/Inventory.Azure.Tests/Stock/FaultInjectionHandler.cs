using System.Net;
using System.Text;

namespace Inventory.Azure.Tests.Stock;

/// <summary>
/// Answers chosen requests itself instead of sending them to the emulator: a lost write or a lost race, on demand.
/// </summary>
internal sealed class FaultInjectionHandler(Func<HttpRequestMessage, HttpStatusCode?> fault) : DelegatingHandler
{
    private int _injected;

    public int Injected => Volatile.Read(ref _injected);

    /// <summary>True for a document create (not a query) in the named container.</summary>
    public static bool IsCreate(HttpRequestMessage request, string container) =>
        request.Method == HttpMethod.Post
        && request.RequestUri!.AbsolutePath.EndsWith($"/colls/{container}/docs", StringComparison.Ordinal)
        && !request.Headers.Contains("x-ms-documentdb-isquery");

    /// <summary>True for a document replace in the named container.</summary>
    public static bool IsReplace(HttpRequestMessage request, string container) =>
        request.Method == HttpMethod.Put
        && request.RequestUri!.AbsolutePath.Contains($"/colls/{container}/docs/", StringComparison.Ordinal);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (fault(request) is not { } status)
        {
            return base.SendAsync(request, cancellationToken);
        }

        Interlocked.Increment(ref _injected);
        var body = $$"""{"code":"{{status}}","message":"Injected by the test."}""";
        return Task.FromResult(new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });
    }
}
