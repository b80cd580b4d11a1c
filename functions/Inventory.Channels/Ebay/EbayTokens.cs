using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Ebay;

/// <summary>
/// The eBay access tokens the inventory client, the order lookups and the notification key store share, each from
/// <c>POST /identity/v1/oauth2/token</c>, else the fixed <see cref="EbayOptions.AccessToken"/>. eBay scopes a token
/// to what it was asked for, so each purpose has its own: user tokens refreshed from the seller's refresh token for
/// inventory (<see cref="EbayOutboundOptions.Scopes"/>) and orders (<see cref="EbayOutboundOptions.OrderScopes"/>),
/// and an application token (client credentials) for the Notification API's public keys.
/// </summary>
internal sealed class EbayTokens : IDisposable
{
    /// <summary>The settings that enable the user-token exchange, for errors.</summary>
    public const string Hint = "Channels:Ebay:ClientId, ClientSecret and RefreshToken";

    private const string ApplicationScope = "https://api.ebay.com/oauth/api_scope";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly EbayOutboundOptions _outbound;
    private readonly TimeProvider _time;
    private readonly ILogger<EbayTokens> _logger;

    public EbayTokens(
        IHttpClientFactory httpClientFactory,
        IOptions<EbayOptions> options,
        IOptions<EbayOutboundOptions> outbound,
        TimeProvider time,
        ILogger<EbayTokens> logger)
    {
        _httpClientFactory = httpClientFactory;
        _outbound = outbound.Value;
        _time = time;
        _logger = logger;
        var margin = TimeSpan.FromSeconds(_outbound.TokenRefreshMarginSeconds);
        var fixedToken = options.Value.AccessToken;
        var client = _outbound is { ClientId.Length: > 0, ClientSecret.Length: > 0 };
        var user = client && _outbound.RefreshToken is { Length: > 0 };
        var missing = $"eBay has no credentials: set {Hint}.";
        Inventory = new ChannelAccessToken(
            time, margin, user ? ct => RefreshAsync(_outbound.Scopes, ct) : null, fixedToken, missing);
        Orders = new ChannelAccessToken(
            time, margin, user ? ct => RefreshAsync(_outbound.OrderScopes, ct) : null, fixedToken, missing);
        Application = new ChannelAccessToken(
            time, margin, client ? ApplicationAsync : null, fixedToken,
            "eBay has no credentials: set Channels:Ebay:ClientId and ClientSecret.");
    }

    /// <summary>The user token of the Inventory API calls.</summary>
    public ChannelAccessToken Inventory { get; }

    /// <summary>The user token of the Fulfillment API's order lookups.</summary>
    public ChannelAccessToken Orders { get; }

    /// <summary>The application token of the Notification API's <c>getPublicKey</c>.</summary>
    public ChannelAccessToken Application { get; }

    public void Dispose()
    {
        Inventory.Dispose();
        Orders.Dispose();
        Application.Dispose();
    }

    private Task<AccessToken> RefreshAsync(string scopes, CancellationToken cancellationToken) =>
        RequestAsync(
            [new("grant_type", "refresh_token"), new("refresh_token", _outbound.RefreshToken!), new("scope", scopes)],
            Hint,
            cancellationToken);

    private Task<AccessToken> ApplicationAsync(CancellationToken cancellationToken) =>
        RequestAsync(
            [new("grant_type", "client_credentials"), new("scope", ApplicationScope)],
            "Channels:Ebay:ClientId and ClientSecret",
            cancellationToken);

    private async Task<AccessToken> RequestAsync(
        KeyValuePair<string, string>[] form, string hint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "identity/v1/oauth2/token");
        request.Headers.Authorization = TokenEndpoint.Basic(_outbound.ClientId!, _outbound.ClientSecret!);
        return await TokenEndpoint.RequestAsync(
            _httpClientFactory.CreateClient(ChannelHttpClients.EbayToken),
            request,
            form,
            ChannelNames.Ebay,
            hint,
            _time,
            _logger,
            cancellationToken).ConfigureAwait(false);
    }
}
