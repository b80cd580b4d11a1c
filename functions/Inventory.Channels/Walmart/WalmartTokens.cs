using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Walmart;

/// <summary>
/// The Marketplace access token the inventory client and the order lookups share: a client-credentials token from
/// <c>POST /v3/token</c> (<see cref="WalmartOutboundOptions.ClientId"/> and secret), else the fixed
/// <see cref="WalmartOptions.AccessToken"/>.
/// </summary>
internal sealed class WalmartTokens : IDisposable
{
    /// <summary>The settings that enable the exchange, for errors.</summary>
    public const string Hint = "Channels:Walmart:ClientId and Channels:Walmart:ClientSecret";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly WalmartOutboundOptions _outbound;
    private readonly TimeProvider _time;
    private readonly ILogger<WalmartTokens> _logger;

    public WalmartTokens(
        IHttpClientFactory httpClientFactory,
        IOptions<WalmartOptions> options,
        IOptions<WalmartOutboundOptions> outbound,
        TimeProvider time,
        ILogger<WalmartTokens> logger)
    {
        _httpClientFactory = httpClientFactory;
        _outbound = outbound.Value;
        _time = time;
        _logger = logger;
        Marketplace = new ChannelAccessToken(
            time,
            TimeSpan.FromSeconds(_outbound.TokenRefreshMarginSeconds),
            _outbound is { ClientId.Length: > 0, ClientSecret.Length: > 0 } ? ExchangeAsync : null,
            options.Value.AccessToken,
            $"Walmart has no credentials: set {Hint}.");
    }

    /// <summary>The token every Marketplace call carries in <c>WM_SEC.ACCESS_TOKEN</c>.</summary>
    public ChannelAccessToken Marketplace { get; }

    public void Dispose() => Marketplace.Dispose();

    private async Task<AccessToken> ExchangeAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/token");
        request.Headers.Authorization = TokenEndpoint.Basic(_outbound.ClientId!, _outbound.ClientSecret!);
        WalmartServiceHeaders.Add(request, _outbound.ServiceName);
        return await TokenEndpoint.RequestAsync(
            _httpClientFactory.CreateClient(ChannelHttpClients.WalmartToken),
            request,
            [new("grant_type", "client_credentials")],
            ChannelNames.Walmart,
            Hint,
            _time,
            _logger,
            cancellationToken).ConfigureAwait(false);
    }
}
