using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Inventory.Functions.Sync;

/// <summary>
/// Runs at start-up and every five minutes only to receive a Durable client through its binding and hand it to
/// <see cref="CapturedDurableClientSource"/>. A workaround: the isolated worker has no injectable Durable client.
/// </summary>
internal sealed class DurableClientCaptureFunction(CapturedDurableClientSource source)
{
    public const string Name = "SyncDurableClientCapture";

    [Function(Name)]
    public void Run(
        [TimerTrigger("0 */5 * * * *", RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient client) => source.Offer(client);
}
