using Microsoft.DurableTask.Client;

namespace Inventory.Functions.Sync;

/// <summary>Hands out the Durable client. The isolated worker only gives one to a function through a binding.</summary>
public interface IDurableClientSource
{
    /// <summary>Returns the client, waiting for it if the host has not handed one over yet.</summary>
    ValueTask<DurableTaskClient> GetAsync(CancellationToken cancellationToken);
}
