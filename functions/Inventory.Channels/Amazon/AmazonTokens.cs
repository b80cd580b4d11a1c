using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Amazon;

/// <summary>
/// The SP-API access token the listings client and the order lookups share: a Login with Amazon token exchanged from
/// the refresh token (<see cref="AmazonOutboundOptions.LwaRefreshToken"/>), else the fixed
/// <see cref="AmazonOptions.AccessToken"/>.
/// </summary>
internal sealed class AmazonTokens : IDisposable
{
    /// <summary>The settings that enable the exchange, for errors.</summary>
    public const string Hint = "Channels:Amazon:LwaClientId, LwaClientSecret and LwaRefreshToken";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly AmazonOutboundOptions _outbound;
    private readonly TimeProvider _time;
    private readonly ILogger<AmazonTokens> _logger;

    public AmazonTokens(
        IHttpClientFactory httpClientFactory,
        IOptions<AmazonOptions> options,
        IOptions<AmazonOutboundOptions> outbound,
        TimeProvider time,
        ILogger<AmazonTokens> logger)
    {
        _httpClientFactory = httpClientFactory;
        _outbound = outbound.Value;
        _time = time;
        _logger = logger;
        SellingPartner = new ChannelAccessToken(
            time,
            TimeSpan.FromSeconds(_outbound.TokenRefreshMarginSeconds),
            _outbound is { LwaClientId.Length: > 0, LwaClientSecret.Length: > 0, LwaRefreshToken.Length: > 0 }
                ? ExchangeAsync
                : null,
            options.Value.AccessToken,
            $"Amazon has no credentials: set {Hint}.");
    }

    /// <summary>The token every SP-API call carries in <c>x-amz-access-token</c>.</summary>
    public ChannelAccessToken SellingPartner { get; }

    public void Dispose() => SellingPartner.Dispose();

    private async Task<AccessToken> ExchangeAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_outbound.TokenUrl, UriKind.Absolute));
        return await TokenEndpoint.RequestAsync(
            _httpClientFactory.CreateClient(ChannelHttpClients.AmazonToken),
            request,
            [
                new("grant_type", "refresh_token"),
                new("refresh_token", _outbound.LwaRefreshToken!),
                new("client_id", _outbound.LwaClientId!),
                new("client_secret", _outbound.LwaClientSecret!),
            ],
            ChannelNames.Amazon,
            Hint,
            _time,
            _logger,
            cancellationToken).ConfigureAwait(false);
    }
}
