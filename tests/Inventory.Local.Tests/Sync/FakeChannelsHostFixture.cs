namespace Inventory.Local.Tests.Sync;

/// <summary>The local host over the fake marketplaces (<c>--fake-channels</c>), so all five channels are configured.
/// </summary>
public sealed class FakeChannelsHostFixture : IAsyncLifetime
{
    public LocalHostFixture Host { get; } = new();

    public Task InitializeAsync()
    {
        Host.Arguments.Add("--fake-channels");
        return Host.InitializeAsync();
    }

    public Task DisposeAsync() => Host.DisposeAsync();
}
