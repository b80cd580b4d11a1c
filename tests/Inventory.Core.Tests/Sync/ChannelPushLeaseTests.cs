using Inventory.Core.Sync;

namespace Inventory.Core.Tests.Sync;

public sealed class ChannelPushLeaseTests
{
    [Fact]
    public void TrySpend_HeldLease_SucceedsOnlyOnce()
    {
        using var sut = new CountingLease();

        var first = sut.TrySpend();
        var second = sut.TrySpend();

        Assert.True(first);
        Assert.False(second);
        Assert.False(sut.IsHeld);
        Assert.Equal(1, sut.Spent);
    }

    [Fact]
    public void Dispose_NotSpent_GivesThePermissionBackOnce()
    {
        var sut = new CountingLease();

        sut.Dispose();
        sut.Dispose();

        Assert.Equal(1, sut.GivenBack);
        Assert.False(sut.TrySpend());
    }

    [Fact]
    public void Dispose_AfterSpending_GivesNothingBack()
    {
        var sut = new CountingLease();
        sut.TrySpend();

        sut.Dispose();

        Assert.Equal(0, sut.GivenBack);
    }

    [Fact]
    public void TrySpend_None_NeverSucceeds()
    {
        var sut = ChannelPushLease.None;

        Assert.False(sut.IsHeld);
        Assert.False(sut.TrySpend());
    }

    private sealed class CountingLease : ChannelPushLease
    {
        public int Spent { get; private set; }

        public int GivenBack { get; private set; }

        protected override void OnSpent() => Spent++;

        protected override void GiveBack() => GivenBack++;
    }
}
