using System.Collections.Concurrent;
using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Ebay;

/// <summary>
/// Fetches eBay's notification keys from <c>GET /commerce/notification/v1/public_key/{kid}</c> and keeps each for
/// <see cref="EbayOptions.PublicKeyCacheMinutes"/>, so a burst of notifications costs one call per key.
/// </summary>
/// <remarks>
/// Carries the application token of <see cref="EbayTokens"/>.
/// </remarks>
internal sealed class EbayPublicKeyStore(
    IHttpClientFactory httpClientFactory,
    EbayTokens tokens,
    IOptions<EbayOptions> options,
    TimeProvider timeProvider,
    ILogger<EbayPublicKeyStore> logger)
{
    // eBay rotates few keys; the bound only stops a flood of made-up key ids from growing the cache without end.
    private const int MaxKeys = 64;

    private readonly ConcurrentDictionary<string, (EbayPublicKey Key, DateTimeOffset Expires)> _keys =
        new(StringComparer.Ordinal);

    /// <summary>The key, or null when eBay has no key with that id.</summary>
    public async Task<EbayPublicKey?> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_keys.TryGetValue(keyId, out var cached) && cached.Expires > now)
        {
            return cached.Key;
        }

        var client = httpClientFactory.CreateClient(ChannelHttpClients.EbayApi);
        var path = $"commerce/notification/v1/public_key/{Uri.EscapeDataString(keyId)}";
        using var document = await ChannelApi
            .GetJsonAsync(
                client,
                token =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    if (token is not null)
                    {
                        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
                    }

                    return request;
                },
                tokens.Application,
                ChannelNames.Ebay,
                "getPublicKey",
                logger,
                cancellationToken)
            .ConfigureAwait(false);
        var pem = document is null ? null : Payload.OptionalText(document.RootElement, "key");
        if (document is null || pem is null)
        {
            return null;
        }

        var key = new EbayPublicKey(
            pem,
            Payload.OptionalText(document.RootElement, "algorithm"),
            Payload.OptionalText(document.RootElement, "digest"));
        if (_keys.Count >= MaxKeys)
        {
            _keys.Clear();
        }

        var lifetime = TimeSpan.FromMinutes(options.Value.PublicKeyCacheMinutes);
        _keys[keyId] = (key, now + lifetime);
        ChannelLog.PublicKeyFetched(logger, ChannelNames.Ebay, keyId, lifetime.TotalMinutes);
        return key;
    }
}
