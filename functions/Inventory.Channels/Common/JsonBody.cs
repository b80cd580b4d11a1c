using System.Text.Json;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Common;

/// <summary>Parses a raw body into a JSON document without letting a bad body throw.</summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>
    /// The document, or null with <paramref name="problem"/> saying why the body is not a JSON object.
    /// </summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> body, out ValidationFailure? problem)
    {
        problem = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException error)
        {
            problem = new ValidationFailure(
                "body",
                $"The body is not valid JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine}).");
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            problem = new ValidationFailure("body", "The body must be a JSON object.");
            return null;
        }

        return document;
    }

    /// <summary>A malformed result for a body that is not a JSON object.</summary>
    public static WebhookParseResult Malformed(string topic, ValidationFailure problem) =>
        WebhookParseResult.Malformed(topic, problem);
}
