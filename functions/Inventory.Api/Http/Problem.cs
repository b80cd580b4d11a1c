using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Http;

/// <summary>RFC 7807 problem bodies: what failed, a sentence about it, and the fields at fault.</summary>
public static class Problem
{
    /// <summary>Builds a problem response.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="title">A short, fixed summary of the kind of problem.</param>
    /// <param name="detail">This occurrence: what was wrong and what to do.</param>
    /// <param name="errors">Field-level problems, keyed by field path.</param>
    /// <param name="extensions">Further members, such as the quantity state and amounts of a shortage.</param>
    public static ApiResponse Of(
        int status,
        string title,
        string detail,
        IReadOnlyList<ValidationFailure>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = $"https://httpstatuses.io/{status}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (errors is { Count: > 0 })
        {
            body["errors"] = errors
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }

        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            body[key] = value;
        }

        return new ApiResponse(status, ApiResponse.ProblemJson, JsonSerializer.Serialize(body, InventoryJson.Options));
    }

    /// <summary>400: the request is not valid.</summary>
    public static ApiResponse Invalid(string detail, IReadOnlyList<ValidationFailure> errors) =>
        Of(StatusCodes.Status400BadRequest, "The request is not valid", detail, errors);

    /// <summary>404: the thing named does not exist.</summary>
    public static ApiResponse NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>Maps a refused movement: 422 for a shortage, 409 for a reused id, 400 for bad input.</summary>
    public static ApiResponse From(MovementRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return rejection.Code switch
        {
            RejectionCode.InsufficientQuantity => Of(
                StatusCodes.Status422UnprocessableEntity,
                "Not enough stock",
                rejection.Message,
                extensions: new Dictionary<string, object?>
                {
                    ["state"] = rejection.State,
                    ["current"] = rejection.Current,
                    ["requested"] = rejection.Requested,
                }),
            RejectionCode.IdReused => Of(StatusCodes.Status409Conflict, "Movement id already used", rejection.Message,
                rejection.Failures),
            _ => Invalid(rejection.Message, rejection.Failures),
        };
    }
}
