using System.Text;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Tests.Support;

/// <summary>Builds webhook requests and reads fixtures.</summary>
public static class Deliveries
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static byte[] Fixture(string channel, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", channel, name));

    public static string FixtureText(string channel, string name) => Encoding.UTF8.GetString(Fixture(channel, name));

    public static WebhookRequest Post(string channel, byte[] body, params (string Name, string Value)[] headers) =>
        new(
            channel,
            "POST",
            headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            body,
            $"https://inventory.example.com/webhooks/{channel}",
            ReceivedAt);

    public static WebhookRequest Post(string channel, string body, params (string Name, string Value)[] headers) =>
        Post(channel, Encoding.UTF8.GetBytes(body), headers);

    public static WebhookRequest Get(string channel, IDictionary<string, string> query, string url) =>
        new(
            channel,
            "GET",
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
            new Dictionary<string, string>(query, StringComparer.OrdinalIgnoreCase),
            ReadOnlyMemory<byte>.Empty,
            url,
            ReceivedAt);
}
