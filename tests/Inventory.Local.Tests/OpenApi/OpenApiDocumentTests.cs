using System.Text.Json;
using Inventory.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Local.Tests.OpenApi;

public sealed class OpenApiDocumentTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public void Document_EveryMappedRoute_IsDescribedWithItsMethod()
    {
        var described = Described();

        var missing = Mapped().Except(described).ToList();

        Assert.True(missing.Count == 0, "Routes missing from openapi.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Document_EveryDescribedRoute_IsMapped()
    {
        var mapped = Mapped();

        var extra = Described().Except(mapped).ToList();

        Assert.True(extra.Count == 0, "openapi.json describes routes that do not exist: " + string.Join(", ", extra));
    }

    [Fact]
    public async Task GetOpenApi_Served_IsTheEmbeddedDocument()
    {
        var response = await host.Client.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative));

        Assert.Equal(OpenApiDocument.Json, response);
    }

    private HashSet<string> Mapped() => host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
        .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
            .Select(m => $"{m} {e.RoutePattern.RawText}"))
        .ToHashSet();

    private static HashSet<string> Described()
    {
        using var document = JsonDocument.Parse(OpenApiDocument.Json);
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
    }
}
