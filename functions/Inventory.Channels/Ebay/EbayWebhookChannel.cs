using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Ebay;

/// <summary>
/// eBay Notification API: <c>ORDER_CONFIRMATION</c> commits and <c>ITEM_MARKED_SHIPPED</c> ships the order's lines,
/// fetched from the Fulfillment API because the notification names only the order. Other topics are unsupported.
/// </summary>
/// <remarks>
/// Movement ids: <c>ebay:order:{orderId}:line:{lineItemId}:commit</c> and <c>...:ship</c>. eBay sends one
/// confirmation per line item, so business keys (not <c>notificationId</c>) make the repeats collapse. A shipped
/// notification also yields the commit, which is a no-op when the confirmation came first.
/// Verification fetches the signing key, so an unreachable key API makes <see cref="VerifyAsync"/> throw a
/// <see cref="ChannelApiException"/> (answer 503, eBay retries) rather than refuse an authentic delivery.
/// </remarks>
internal sealed class EbayWebhookChannel(
    IOptions<EbayOptions> options,
    IListingMap listingMap,
    EbayPublicKeyStore keys,
    EbayOrderClient orderClient,
    ILogger<EbayWebhookChannel> logger) : IWebhookChannel
{
    private const string SignatureHeader = "X-EBAY-SIGNATURE";
    private const string Confirmation = "ORDER_CONFIRMATION";
    private const string Shipped = "ITEM_MARKED_SHIPPED";

    public string Name => ChannelNames.Ebay;

    public async ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(options.Value.VerificationToken))
        {
            return ChannelLog.Refuse(
                logger,
                Name,
                "eBay is not configured (Channels:Ebay:VerificationToken is empty); set it to accept deliveries.");
        }

        var presented = request.Header(SignatureHeader);
        if (presented is null)
        {
            return ChannelLog.Refuse(logger, Name, $"The {SignatureHeader} header is missing.");
        }

        var header = EbaySignatureHeader.TryParse(presented);
        if (header is null)
        {
            return ChannelLog.Refuse(
                logger, Name, $"The {SignatureHeader} header is not base64 JSON with kid and signature.");
        }

        if (header.Algorithm is not null && !header.Algorithm.Equals("ecdsa", StringComparison.OrdinalIgnoreCase))
        {
            return ChannelLog.Refuse(logger, Name, $"The {SignatureHeader} algorithm is not ECDSA.");
        }

        var key = await keys.GetAsync(header.KeyId, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return ChannelLog.Refuse(logger, Name, $"eBay has no public key with the id in {SignatureHeader}.");
        }

        var digest = (header.Digest ?? key.Digest ?? "SHA1").ToUpperInvariant() switch
        {
            "SHA1" => HashAlgorithmName.SHA1,
            "SHA256" => HashAlgorithmName.SHA256,
            _ => default,
        };
        if (digest == default)
        {
            return ChannelLog.Refuse(logger, Name, $"The {SignatureHeader} digest is neither SHA1 nor SHA256.");
        }

        return VerifySignature(key.Pem, request.Body.Span, header.Signature, digest)
            ? WebhookVerification.Authentic
            : ChannelLog.Refuse(logger, Name, $"The {SignatureHeader} signature does not match the body.");
    }

    public async ValueTask<WebhookParseResult> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = JsonBody.TryParse(request.Body, out var bodyProblem);
        if (document is null)
        {
            return ChannelLog.Report(logger, Name, JsonBody.Malformed("unknown", bodyProblem!));
        }

        var root = document.RootElement;
        var problems = new PayloadProblems();
        var topic = Payload.Object(root, "metadata", string.Empty, problems) is { } metadata
            ? Payload.Id(metadata, "topic", "metadata", problems)
            : null;
        if (topic is null)
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Malformed("unknown", problems.ToArray()));
        }

        if (topic is not (Confirmation or Shipped))
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Unsupported(topic));
        }

        var collector = new MovementCollector(Name, topic, listingMap, request, problems);
        if (Payload.Object(root, "notification", string.Empty, problems) is { } notification)
        {
            await OrderAsync(topic, notification, collector, cancellationToken).ConfigureAwait(false);
        }

        return ChannelLog.Report(logger, Name, collector.ToResult());
    }

    public ValueTask<ChallengeAnswer?> AnswerChallengeAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = options.Value.VerificationToken;
        if (string.IsNullOrEmpty(token))
        {
            ChannelLog.ChallengeRefused(logger, Name, "Channels:Ebay:VerificationToken is not set");
            return ValueTask.FromResult<ChallengeAnswer?>(Problem(
                503, "eBay is not configured: set Channels:Ebay:VerificationToken to the token given to eBay."));
        }

        if (!request.Query.TryGetValue("challenge_code", out var code) || string.IsNullOrEmpty(code))
        {
            ChannelLog.ChallengeRefused(logger, Name, "the challenge_code query parameter is missing");
            return ValueTask.FromResult<ChallengeAnswer?>(
                Problem(400, "The challenge_code query parameter is required."));
        }

        var endpoint = string.IsNullOrEmpty(options.Value.EndpointUrl) ? request.Url : options.Value.EndpointUrl;
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["challengeResponse"] = ChallengeResponse(code, token, endpoint),
        });
        ChannelLog.ChallengeAnswered(logger, Name);
        return ValueTask.FromResult<ChallengeAnswer?>(new ChallengeAnswer(200, "application/json", body));
    }

    /// <summary>Hex SHA-256 of challenge code, verification token and endpoint URL, in that order.</summary>
    internal static string ChallengeResponse(string challengeCode, string verificationToken, string endpointUrl) =>
        Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(challengeCode + verificationToken + endpointUrl)));

    private static ChallengeAnswer Problem(int status, string message) =>
        new(
            status,
            "application/json",
            JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }));

    private static bool VerifySignature(string pem, ReadOnlySpan<byte> body, byte[] signature, HashAlgorithmName digest)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(NormalizePem(pem));
            return ecdsa.VerifyData(body, signature, digest, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>eBay has been seen to send the PEM on one line; rebuild the lines a PEM reader expects.</summary>
    private static string NormalizePem(string pem)
    {
        const string Begin = "-----BEGIN PUBLIC KEY-----";
        const string End = "-----END PUBLIC KEY-----";
        var start = pem.IndexOf(Begin, StringComparison.Ordinal);
        var end = pem.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return pem;
        }

        var base64 = string.Concat(pem[(start + Begin.Length)..end].Where(c => !char.IsWhiteSpace(c)));
        return $"{Begin}\n{base64}\n{End}\n";
    }

    private async ValueTask OrderAsync(
        string topic, JsonElement notification, MovementCollector collector, CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var occurredAt = Payload.Timestamp(notification, "eventDate", "notification", problems);
        var data = Payload.Object(notification, "data", "notification", problems);
        var orderId = data is { } d ? Payload.Id(d, "orderId", "notification.data", problems) : null;
        if (orderId is null)
        {
            return;
        }

        var onlyLine = Payload.OptionalText(data!.Value, "lineItemId");
        var lines = await orderClient.GetLinesAsync(orderId, cancellationToken).ConfigureAwait(false)
            ?? throw new ChannelApiException($"The eBay Fulfillment API does not know order {orderId}.");
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (onlyLine is not null && line.LineItemId != onlyLine)
            {
                continue;
            }

            var commit = new MovementStep(
                MovementKind.OrderLineCommitted,
                MovementIds.Create(Name, "order", orderId, "line", line.LineItemId, "commit"),
                line.Quantity);
            IReadOnlyList<MovementStep> steps = topic == Shipped
                ?
                [
                    commit,
                    new MovementStep(
                        MovementKind.OrderLineShipped,
                        MovementIds.Create(Name, "order", orderId, "line", line.LineItemId, "ship"),
                        line.Quantity),
                ]
                : [commit];
            await collector.AddLineAsync(
                new ChannelLine(line.LineItemId, line.Sku, line.LegacyItemId, line.Quantity, $"lineItems[{index}]"),
                options.Value.Location,
                orderId,
                occurredAt,
                steps,
                cancellationToken).ConfigureAwait(false);
        }
    }
}
