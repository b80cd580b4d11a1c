using System.Globalization;
using Inventory.Api.Http;
using Inventory.Core.Catalog;
using Inventory.Core.Operations;
using Inventory.Core.Stock;
using Inventory.Core.Sync.Reconciliation;
using Inventory.Core.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Operations;

/// <summary>
/// The operations API: stock reads, the ledger, adjustments, counts, transfers, purchase orders, listing mappings,
/// unmapped lines and their replay, and oversells. Every POST honours Idempotency-Key; errors are RFC 7807 problem
/// bodies.
/// </summary>
public sealed class OperationsEndpoint(
    IStockStore store,
    StockOperations operations,
    IListingMap listings,
    IUnmappedLineStore unmapped,
    UnmappedLineReplay replay,
    IdempotentPost idempotent,
    IOptions<ApiOptions> options,
    TimeProvider time,
    OversellCauseAnalyzer causes)
{
    /// <summary><c>GET /api/stock/{sku}</c>.</summary>
    public async Task<ApiResponse> GetStockAsync(HttpContext context, string sku)
    {
        ArgumentNullException.ThrowIfNull(context);
        var positions = await store.GetPositionsAsync(sku, context.RequestAborted).ConfigureAwait(false);
        return positions.Count == 0
            ? Problem.NotFound($"SKU '{sku}' has no stock at any location yet.")
            : ApiResponse.Ok(StockView.Of(sku, positions));
    }

    /// <summary><c>GET /api/stock/{sku}/ledger?pageSize=&amp;continuation=</c>.</summary>
    public async Task<ApiResponse> GetLedgerAsync(HttpContext context, string sku)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        var pageSize = 50;
        if (query.TryGetValue("pageSize", out var size)
            && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize)
                || pageSize is < 1 or > 1000))
        {
            return Problem.Invalid("pageSize must be a whole number from 1 to 1000.",
                [new ValidationFailure("pageSize", $"'{size}' is not between 1 and 1000.")]);
        }

        try
        {
            var continuation = query.TryGetValue("continuation", out var token) ? token.ToString() : null;
            var page = await store.GetLedgerAsync(sku, pageSize, continuation, context.RequestAborted)
                .ConfigureAwait(false);
            return ApiResponse.Ok(new { sku, entries = page.Entries, continuation = page.Continuation });
        }
        catch (ArgumentException error)
        {
            return Problem.Invalid(error.Message, [new ValidationFailure("continuation", error.Message)]);
        }
    }

    /// <summary><c>POST /api/stock/adjustments</c>.</summary>
    public Task<ApiResponse> PostAdjustmentAsync(HttpContext context) =>
        PostAsync<AdjustmentRequest>(context, (request, id, token) => operations.AdjustAsync(request, id, token));

    /// <summary><c>POST /api/stock/counts</c>.</summary>
    public Task<ApiResponse> PostCountAsync(HttpContext context) =>
        PostAsync<CountRequest>(context, (request, id, token) => operations.CountAsync(request, id, token));

    /// <summary><c>POST /api/transfers</c>.</summary>
    public Task<ApiResponse> PostTransferAsync(HttpContext context) =>
        PostAsync<TransferRequest>(context, (request, id, token) => operations.ShipTransferAsync(request, id, token),
            StatusCodes.Status201Created);

    /// <summary><c>POST /api/transfers/{id}/receipt</c>.</summary>
    public Task<ApiResponse> PostTransferReceiptAsync(HttpContext context, string transferId) =>
        PostAsync<TransferReceiptRequest>(context,
            (request, id, token) => operations.ReceiveTransferAsync(transferId, request, id, token),
            notFound: $"There is no transfer '{transferId}'.");

    /// <summary><c>POST /api/purchase-orders</c>.</summary>
    public Task<ApiResponse> PostPurchaseOrderAsync(HttpContext context) =>
        PostAsync<PurchaseOrderRequest>(context,
            (request, id, token) => operations.PlacePurchaseOrderAsync(request, id, token),
            StatusCodes.Status201Created);

    /// <summary><c>POST /api/purchase-orders/{id}/receipts</c>.</summary>
    public Task<ApiResponse> PostPurchaseOrderReceiptAsync(HttpContext context, string orderId) =>
        PostAsync<PurchaseOrderReceiptRequest>(context,
            (request, id, token) => operations.ReceivePurchaseOrderAsync(orderId, request, id, token),
            notFound: $"There is no purchase order '{orderId}'.");

    /// <summary><c>PUT /api/channels/{channel}/listings/{externalId}</c> with <c>{ "sku": "..." }</c>.</summary>
    public async Task<ApiResponse> PutListingAsync(HttpContext context, string channel, string externalId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes,
            context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge();
        }

        var (request, problem) = RequestBody.ParseJson<ListingRequest>(body);
        if (problem is not null)
        {
            return problem;
        }

        var failures = MovementValidator.Validate(new Movement
        {
            Id = "listing", Kind = MovementKind.Adjustment, Sku = request!.Sku ?? string.Empty, Location = "any",
            Quantity = 1, Reason = "listing",
        }).Where(f => f.Field == "sku").ToList();
        if (failures.Count > 0)
        {
            return Problem.Invalid("The listing needs a valid SKU.", failures);
        }

        var mapping = new ListingMapping(channel.ToLowerInvariant(), externalId, request.Sku!, time.GetUtcNow());
        await listings.SetAsync(mapping, context.RequestAborted).ConfigureAwait(false);
        return ApiResponse.Ok(mapping);
    }

    /// <summary><c>GET /api/unmapped?limit=</c>.</summary>
    public async Task<ApiResponse> GetUnmappedAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = await unmapped.ListAsync(Limit(context), context.RequestAborted).ConfigureAwait(false);
        return ApiResponse.Ok(new { lines });
    }

    /// <summary>
    /// <c>POST /api/unmapped/replay?limit=</c>: queues the movements of the kept lines whose listing is mapped now
    /// (see <see cref="UnmappedLineReplay"/>). Safe to repeat; honours Idempotency-Key like every POST.
    /// </summary>
    public async Task<ApiResponse> PostUnmappedReplayAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes,
            context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge();
        }

        var limit = Limit(context);
        var (response, replayed) = await idempotent.RunAsync(context, body, async _ =>
        {
            var result = await replay.ReplayAsync(limit, context.RequestAborted).ConfigureAwait(false);
            return ApiResponse.Ok(new
            {
                replayed = result.Replayed,
                stillUnmapped = result.StillUnmapped,
                notReplayable = result.NotReplayable,
            });
        }).ConfigureAwait(false);
        if (replayed)
        {
            context.Response.Headers[IdempotentPost.ReplayedHeader] = "true";
        }

        return response;
    }

    /// <summary>
    /// <c>GET /api/oversells?since=&amp;sku=&amp;limit=</c>; since defaults to 30 days ago. Each incident carries the
    /// cause the records tell (<see cref="OversellCauseAnalyzer"/>).
    /// </summary>
    public async Task<ApiResponse> GetOversellsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        var since = time.GetUtcNow().AddDays(-30);
        if (query.TryGetValue("since", out var text)
            && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since))
        {
            return Problem.Invalid("since must be an ISO 8601 date or time.",
                [new ValidationFailure("since", $"'{text}' is not a date.")]);
        }

        var sku = query.TryGetValue("sku", out var s) ? s.ToString() : null;
        var incidents = await store.ListOversellsAsync(new OversellQuery(since, sku, Limit(context)),
            context.RequestAborted).ConfigureAwait(false);
        var withCauses = new List<object>(incidents.Count);
        foreach (var incident in incidents)
        {
            var cause = await causes.AnalyzeAsync(incident, context.RequestAborted).ConfigureAwait(false);
            withCauses.Add(new
            {
                incident.MovementId,
                incident.Sku,
                incident.Location,
                incident.Channel,
                incident.Shortfall,
                incident.AvailableBefore,
                incident.AvailableAfter,
                incident.Kind,
                incident.OccurredAt,
                incident.RecordedAt,
                Cause = cause,
            });
        }

        return ApiResponse.Ok(new { incidents = withCauses });
    }

    private async Task<ApiResponse> PostAsync<TRequest>(
        HttpContext context,
        Func<TRequest, string, CancellationToken, Task<OperationOutcome>> run,
        int successStatus = StatusCodes.Status200OK,
        string? notFound = null)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes,
            context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge();
        }

        var (response, replayed) = await idempotent.RunAsync(context, body, async operationId =>
        {
            var (request, problem) = RequestBody.ParseJson<TRequest>(body);
            if (problem is not null)
            {
                return problem;
            }

            var outcome = await run(request!, operationId, context.RequestAborted).ConfigureAwait(false);
            return ToResponse(outcome, successStatus, notFound);
        }).ConfigureAwait(false);

        if (replayed)
        {
            context.Response.Headers[IdempotentPost.ReplayedHeader] = "true";
        }

        return response;
    }

    private static ApiResponse ToResponse(OperationOutcome outcome, int successStatus, string? notFound)
    {
        if (outcome.NotFound)
        {
            return Problem.NotFound(notFound ?? "Not found.");
        }

        if (outcome.Failures.Count > 0)
        {
            return Problem.Invalid(
                "The request is not valid: " + string.Join(" ", outcome.Failures.Select(f => $"{f.Field}: {f.Message}")),
                outcome.Failures);
        }

        if (outcome.Rejection is { } rejection)
        {
            return Problem.From(rejection);
        }

        var movements = outcome.Movements.Select(StockView.Movement).ToList();
        return outcome.Document is null
            ? ApiResponse.Ok(movements.Count == 1 ? movements[0] : new { movements }, successStatus)
            : ApiResponse.Ok(new { document = outcome.Document, movements }, successStatus);
    }

    private static int Limit(HttpContext context) =>
        int.TryParse(context.Request.Query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            ? Math.Clamp(limit, 1, 1000)
            : 100;

    private ApiResponse TooLarge() => Problem.Of(StatusCodes.Status413PayloadTooLarge, "Body too large",
        $"The request body is larger than {options.Value.MaxRequestBodyBytes} bytes.");

    private sealed record ListingRequest(string? Sku);
}
