using Microsoft.DurableTask.Client;

namespace Inventory.Functions.Sync;

/// <summary>
/// Keeps the Durable client that <see cref="DurableClientCaptureFunction"/> receives through its binding, for code
/// that runs outside a function invocation (the Service Bus consumer calls the sync requester). The isolated worker
/// offers no other way to get a client into a service; until the first capture, callers wait up to
/// <see cref="WaitLimit"/> and then fail, so the movement is redelivered instead of its sync being lost.
/// </summary>
internal sealed class CapturedDurableClientSource : IDurableClientSource
{
    /// <summary>How long a caller waits for the first capture.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource<DurableTaskClient> _client =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Offer(DurableTaskClient client) => _client.TrySetResult(client);

    public async ValueTask<DurableTaskClient> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _client.Task.WaitAsync(WaitLimit, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException error)
        {
            throw new InvalidOperationException(
                $"No Durable client was handed over within {WaitLimit.TotalSeconds:0} s: the capture timer "
                + $"'{DurableClientCaptureFunction.Name}' has not run. Check that the Durable extension and the timer "
                + "trigger are enabled.", error);
        }
    }
}
