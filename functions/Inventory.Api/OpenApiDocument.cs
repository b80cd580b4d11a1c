using Inventory.Api.Http;

namespace Inventory.Api;

/// <summary>The OpenAPI 3 description of the routes, kept beside them in <c>openapi.json</c> and served as is.</summary>
public static class OpenApiDocument
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("Inventory.Api.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is missing from the Inventory.Api assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The document's JSON text.</summary>
    public static string Json => Text.Value;

    /// <summary>The document as a response.</summary>
    public static ApiResponse Response() => new(200, ApiResponse.Json, Json);
}
