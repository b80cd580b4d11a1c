using Inventory.Core.Stock;

namespace Inventory.Channels.Common;

/// <summary>Collects what is wrong with a payload, each problem named by its JSON path.</summary>
internal sealed class PayloadProblems
{
    private readonly List<ValidationFailure> _failures = [];

    public bool Any => _failures.Count > 0;

    public ValidationFailure[] ToArray() => [.. _failures];

    public void Add(string path, string message) => _failures.Add(new ValidationFailure(path, message));
}
