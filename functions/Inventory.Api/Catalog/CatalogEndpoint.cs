using Inventory.Api.Http;
using Inventory.Core.Catalog;
using Inventory.Core.Stock;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Catalog;

/// <summary><c>PUT/GET /api/catalog/skus/{sku}</c>: what planning knows of a SKU (cost, price, supplier, lead time).</summary>
public sealed class CatalogEndpoint(ICatalogStore catalog, IOptions<ApiOptions> options)
{
    /// <summary>Reads a catalog item.</summary>
    public async Task<ApiResponse> GetAsync(HttpContext context, string sku)
    {
        ArgumentNullException.ThrowIfNull(context);
        var item = await catalog.GetAsync(sku, context.RequestAborted).ConfigureAwait(false);
        return item is null ? Problem.NotFound($"SKU '{sku}' is not in the catalog.") : ApiResponse.Ok(item);
    }

    /// <summary>Creates or replaces a catalog item.</summary>
    public async Task<ApiResponse> PutAsync(HttpContext context, string sku)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes,
            context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, "Body too large",
                $"The catalog item is larger than {options.Value.MaxRequestBodyBytes} bytes.");
        }

        var (request, problem) = RequestBody.ParseJson<CatalogRequest>(body);
        if (problem is not null)
        {
            return problem;
        }

        var failures = Validate(sku, request!);
        if (failures.Count > 0)
        {
            return Problem.Invalid(
                "The catalog item is not valid: " + string.Join(" ", failures.Select(f => $"{f.Field}: {f.Message}")),
                failures);
        }

        var item = new CatalogItem(sku, request!.Title ?? sku, request.UnitCost ?? 0m, request.Price ?? 0m,
            request.Supplier ?? string.Empty, request.LeadTimeDays ?? 0, request.LeadTimeStdDevDays ?? 0,
            request.MinimumOrderQuantity ?? 1, request.CasePack ?? 1);
        await catalog.PutAsync([item], context.RequestAborted).ConfigureAwait(false);
        return ApiResponse.Ok(item);
    }

    private static List<ValidationFailure> Validate(string sku, CatalogRequest request)
    {
        var failures = MovementValidator.Validate(new Movement
        {
            Id = "catalog", Kind = MovementKind.Adjustment, Sku = sku, Location = "any", Quantity = 1, Reason = "catalog",
        }).Where(f => f.Field == "sku").ToList();

        void Check(bool bad, string field, string message)
        {
            if (bad)
            {
                failures.Add(new ValidationFailure(field, message));
            }
        }

        Check(request.UnitCost is < 0, "unitCost", "The unit cost must be zero or more.");
        Check(request.Price is < 0, "price", "The price must be zero or more.");
        Check(request.LeadTimeDays is < 0 or > 3650, "leadTimeDays", "The lead time must be 0 to 3650 days.");
        Check(request.LeadTimeStdDevDays is < 0 or > 3650, "leadTimeStdDevDays",
            "The lead time's standard deviation must be 0 to 3650 days.");
        Check(request.MinimumOrderQuantity is < 1, "minimumOrderQuantity", "The minimum order quantity is at least 1.");
        Check(request.CasePack is < 1, "casePack", "A case holds at least 1 unit.");
        Check(request.Title is { Length: > 200 }, "title", "The title must be at most 200 characters.");
        return failures;
    }

    private sealed record CatalogRequest(
        string? Title,
        decimal? UnitCost,
        decimal? Price,
        string? Supplier,
        double? LeadTimeDays,
        double? LeadTimeStdDevDays,
        int? MinimumOrderQuantity,
        int? CasePack);
}
