namespace Inventory.Azure.Tests.Emulators;

/// <summary>
/// Test only. The npm Cosmos DB emulator answers a point read of a missing document with 500 unless the request
/// carries this header; with it, a 404 comes back as from the real service.
/// </summary>
internal sealed class CrossPartitionHeaderHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("x-ms-documentdb-query-enablecrosspartition", "True");
        return base.SendAsync(request, cancellationToken);
    }
}
